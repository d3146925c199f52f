"""The awarded projects on a prize announcement: the applications the prize staff marked
as winners, of the calls that name this announcement (in any language)."""

from django import template
from wagtail.models import Locale

from prize.models import Application, PrizeCallPage

register = template.Library()


@register.inclusion_tag("prize/components/awarded_projects.html", takes_context=True)
def awarded_projects(context, announcement):
    calls = PrizeCallPage.objects.live().filter(
        locale=Locale.get_default(), announcement__translation_key=announcement.translation_key
    )
    winners = list(
        Application.objects.filter(call__in=calls, is_winner=True)
        .select_related("call")
        .only("pk", "project_title", "authority", "country", "call")
        .order_by("project_title")
    )
    request = context.get("request")
    links = []
    for winner in winners:
        call = winner.call.localized
        url = call.get_url(request) if call.live else None
        links.append((winner, f"{url}#project-{winner.pk}" if url else None))
    return {"links": links}
