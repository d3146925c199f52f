"""The live participant counter, for the home page and the participants page."""

from django import template
from django.conf import settings

from participants.counter import participant_count
from participants.models import ParticipantIndexPage

register = template.Library()


@register.inclusion_tag("participants/components/participant_counter.html", takes_context=True)
def participant_counter(context):
    """ "N cities and regions from M countries", linking to the participants page."""
    page = context.get("page")
    locale = getattr(page, "locale", None)
    count = participant_count(locale)
    index = None
    if locale is not None and not isinstance(page, ParticipantIndexPage):
        index = ParticipantIndexPage.objects.live().public().filter(locale=locale).first()
    return {"count": count, "index": index, "request": context.get("request")}


@register.simple_tag
def map_tiles():
    """The tile server the public maps draw from (settings MAP_TILE_URL and attribution)."""
    return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}
