"""News items as the lists show them, read as rows rather than page models.

The news index, the home page's latest news and the feeds show of each item its title,
address, date, introduction, image, topics and whether it announces the prize. Ten
Wagtail page models (each with its body) and two prefetches cost more than the rest of
the news index; here the items are one ``values()`` query, their topics one more, and
their images one more only when some item has one, and their renditions one more.
Each item and topic holds the language of its text (``lang``): an untranslated copy
shows its source's text (core/languages.py).
"""

import datetime
from dataclasses import dataclass
from typing import NamedTuple

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model

from core.languages import text_language
from core.renditions import with_renditions

# What the lists show of each item (news/components/news_items.html, the feeds).
LISTED_FIELDS = (
    "pk",
    "title",
    "url_path",
    "date",
    "introduction",
    "image_id",
    "image_alt",
    "image_decorative",
    "content_type_id",
    "last_published_at",
)


class ListedTopic(NamedTuple):
    name: str
    lang: str  # the language of the name (a topic not yet translated: the source's)


@dataclass(frozen=True, slots=True)
class ListedNews:
    """A news item as a list shows it."""

    pk: int
    title: str
    url: str | None
    date: datetime.date
    introduction: str
    image: object  # the image, or None
    image_alt: str  # empty for a decorative image
    is_prize_announcement: bool
    topics: tuple  # ListedTopic, in the editor's order
    last_published_at: datetime.datetime | None
    lang: str  # the language of the title, introduction and image text


def listed_news_items(items, urls):
    """The news items of the queryset ``items`` (ordered, sliced), as ``ListedNews``.

    ``urls``: their addresses, from below a page above them all (the news index, the
    home page of the language: core/page_urls.py).
    """
    rows = list(items.annotate(lang=text_language()).values(*LISTED_FIELDS, "lang"))
    if not rows:
        return []
    pks = [row["pk"] for row in rows]
    topics = {}
    # The models are looked up by name: they import this module (news/models/pages.py).
    topic_links = apps.get_model("news", "NewsPageTopic")
    links = topic_links.objects.filter(page_id__in=pks).order_by("sort_order", "pk")
    rows_of_topics = links.values_list("page_id", "topic__name", "topic__locale__language_code")
    for page_id, name, lang in rows_of_topics:
        topics.setdefault(page_id, []).append(ListedTopic(name, lang))
    image_ids = {row["image_id"] for row in rows if row["image_id"]}
    images = {}
    if image_ids:
        # With their cards' renditions (core/renditions.py), in one more query.
        images = with_renditions(get_image_model().objects.all(), "card").in_bulk(image_ids)
    prize_type = ContentType.objects.get_by_natural_key("news", "prizeannouncementpage").pk
    listed = []
    for row in rows:
        listed.append(
            ListedNews(
                pk=row["pk"],
                title=row["title"],
                url=urls(row["pk"], row["url_path"]),
                date=row["date"],
                introduction=row["introduction"],
                image=images.get(row["image_id"]),
                image_alt="" if row["image_decorative"] else row["image_alt"],
                is_prize_announcement=row["content_type_id"] == prize_type,
                topics=tuple(topics.get(row["pk"], ())),
                last_published_at=row["last_published_at"],
                lang=row["lang"],
            )
        )
    return listed
