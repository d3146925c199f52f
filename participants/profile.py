"""What a participant's profile lists besides its practices: the news that name it and the
events it hosted.

News "name" a participant when a prize announcement counts it among its winners
(``PrizeWinner.participant_page``) or when a news item links to it (a page link in its
text or any other reference Wagtail's reference index records). Events are those listing
it among their hosts. Both follow the participant in any language (by translation key:
a French news item may link to the English profile) and are shown in the profile's
language, live and public only (never a draft or a private page), as rows: two queries,
kept per content generation like the practices.

By name (``apps.get_model``): the news and events apps build on this one.
"""

from typing import NamedTuple

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import get_language
from wagtail.models import Page, ReferenceIndex

from core import generation
from core.languages import text_language
from core.page_urls import UrlsBelow
from core.visibility import private_q

# The most recent ones; a profile is not an archive.
NEWS_LIMIT = 10
EVENTS_LIMIT = 10


class DatedLink(NamedTuple):
    title: str
    url: str | None
    lang: str  # the language of the title (core/languages.py)
    date: object  # a date, or the event's start (an aware datetime)


def news_naming(participant):
    """Live, public news items of ``participant``'s language that name it (see above)."""
    news_page = apps.get_model("news", "NewsPage")
    prize_winner = apps.get_model("news", "PrizeWinner")
    page_type = ContentType.objects.get_for_model(Page)
    translations = Page.objects.filter(translation_key=participant.translation_key)
    awarded = prize_winner.objects.filter(
        participant_page__translation_key=participant.translation_key
    ).values("page__translation_key")
    referring = Page.objects.filter(
        pk__in=ReferenceIndex.objects.filter(
            to_content_type=page_type,
            to_object_id__in=translations.values(pk_text=Cast("pk", CharField())),
            base_content_type=page_type,
        ).values(pk_number=Cast("object_id", Page._meta.pk))
    ).values("translation_key")
    return (
        news_page.objects.live()
        .exclude(private_q())
        .filter(locale_id=participant.locale_id)
        .filter(Q(translation_key__in=awarded) | Q(translation_key__in=referring))
        .order_by("-date", "-pk")
    )


def events_hosted(participant):
    """Live, public events of ``participant``'s language that it hosted (or will host)."""
    event_page = apps.get_model("events", "EventPage")
    hosting = event_page.hosts.through.objects.filter(
        participantpage__translation_key=participant.translation_key
    ).values("eventpage__translation_key")
    return (
        event_page.objects.live()
        .exclude(private_q())
        .filter(locale_id=participant.locale_id, translation_key__in=hosting)
        .order_by("-start", "-pk")
    )


def _links(request, participant, name, items, date_field, limit):
    """The latest ``limit`` of ``items(participant)`` as DatedLinks, kept per content
    generation: the querysets are only built on a miss (building them took half the
    profile's time in the process, 3.2 of 6.7 ms, 2026-12-07)."""
    urls = UrlsBelow.home(request)

    def build():
        rows = items(participant).annotate(lang=text_language())
        rows = rows.values_list("pk", "title", "url_path", "lang", date_field)[:limit]
        return [
            DatedLink(title, urls(pk, url_path), lang, date)
            for pk, title, url_path, lang, date in rows
        ]

    parts = [participant.locale_id, participant.translation_key, get_language(), urls.base_url]
    return generation.cached(request, name, parts, build)


def news_links(participant, request):
    """[DatedLink] of the latest ``news_naming(participant)``."""
    return _links(request, participant, "participant-news", news_naming, "date", NEWS_LIMIT)


def event_links(participant, request):
    """[DatedLink] of the latest ``events_hosted(participant)``."""
    return _links(request, participant, "participant-events", events_hosted, "start", EVENTS_LIMIT)
