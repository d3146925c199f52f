"""The awarded projects on a prize announcement: the applications the prize staff marked
as winners, of the calls that name this announcement (in any language)."""

from django import template
from django.conf import settings

from prize.models import Application, PrizeCallPage

register = template.Library()


@register.inclusion_tag("prize/components/awarded_projects.html", takes_context=True)
def awarded_projects(context, announcement):
    calls = list(
        PrizeCallPage.objects.live().filter(
            locale__language_code=settings.LANGUAGE_CODE,
            announcement__translation_key=announcement.translation_key,
        )
    )
    if not calls:
        return {"links": []}
    winners = list(
        Application.objects.filter(call__in=calls, is_winner=True).order_by("project_title")
    )
    request = context.get("request")
    urls = {}  # one look-up per call (usually one), not per winner
    for call in calls if winners else []:
        shown = call.localized
        urls[call.pk] = shown.get_url(request) if shown.live else None
    links = []
    for winner in winners:
        url = urls.get(winner.call_id)
        links.append((winner, f"{url}#project-{winner.pk}" if url else None))
    return {"links": links}
