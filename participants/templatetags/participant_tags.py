"""The live participant counter, for the home page and the participants page; the home
page's map teaser; the items of the participants list."""

from html import escape

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from core import generation
from core.languages import ListMarks
from core.visibility import private_q
from participants.counter import participant_count
from participants.map_projection import HEIGHT, WIDTH
from participants.map_teaser import dots_markup, teaser_dots
from participants.models import ParticipantIndexPage

register = template.Library()


@register.inclusion_tag("participants/components/participant_counter.html", takes_context=True)
def participant_counter(context):
    """ "N cities and regions from M countries", linking to the participants page."""
    page = context.get("page")
    request = context.get("request")
    locale_id = getattr(page, "locale_id", None)
    if locale_id is None:
        return {"count": participant_count(None), "index_url": ""}

    def build():
        index = (
            ParticipantIndexPage.objects.live()
            .exclude(private_q())
            .filter(locale_id=locale_id)
            .first()
        )
        return {
            "count": participant_count(page.locale),
            "index_url": (index.get_url(request) or "") if index is not None else "",
        }

    counter = generation.cached(request, "participant-counter", [locale_id], build)
    if isinstance(page, ParticipantIndexPage):
        return {**counter, "index_url": ""}  # no link to the page the visitor is on
    return counter


@register.inclusion_tag("participants/components/map_teaser.html", takes_context=True)
def participant_map_teaser(context):
    """The outline of Europe with a dot for each place of this language's participants,
    drawn without JavaScript or tiles (nothing when no participant has a place)."""
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    if locale_id is None:
        return {"dots": []}
    request = context.get("request")
    dots = generation.cached(
        request,
        "participant-teaser",
        [locale_id],
        lambda: mark_safe(dots_markup(teaser_dots(locale_id))),  # numbers only
    )
    return {"dots": dots, "width": WIDTH, "height": HEIGHT}


@register.simple_tag
def map_tiles():
    """The tile server the public maps draw from (settings MAP_TILE_URL and attribution)."""
    return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}


@register.simple_tag
def participant_items(participants):
    """The ``<li>`` of each participant of a list (``ListedParticipant``), its name and
    summary marked with their language when it is not the visitor's.

    Written here in one pass rather than as a template loop: the list of every
    participant holds 130 of them, and the loop (three tags and six lookups an item)
    took half the page's time.
    """
    marks = ListMarks()
    items = []
    for participant in participants:
        lang = marks.attr(participant.lang)
        summary = f"<p{lang}>{escape(participant.summary)}</p>" if participant.summary else ""
        items.append(
            f'<li class="participant-list__item">{participant.picture}'
            f'<a href="{escape(participant.url)}"{lang}>{escape(participant.title)}</a>'
            f"{marks.note(participant.lang)}"
            f' <span class="participant-list__kind">{escape(participant.kind_label)}</span>'
            f"{summary}</li>"
        )
    return mark_safe("\n".join(items))  # every value escaped above
