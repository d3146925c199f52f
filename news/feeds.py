"""RSS 2.0 and Atom feeds of the news, one per language (the language of the URL prefix).

An item not yet translated shows its source's text: it states its language where it is
not the feed's, as each format allows: ``xml:lang`` on an Atom entry, ``dc:language``
(the Dublin Core module of RSS) in an RSS item.
"""

import datetime
from dataclasses import dataclass, replace

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core import chrome, generation
from core.page_urls import UrlsBelow
from core.serving import remember_site
from core.visibility import private_q

from .listing import listed_news_items
from .models import NewsIndexPage
from .models.pages import listed_news

FEED_LENGTH = 20


@dataclass
class FeedContext:
    request: HttpRequest
    locale: Locale | None


DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class RssWithItemLanguages(Rss201rev2Feed):
    """RSS 2.0 whose items state their language (``dc:language``) when it is not the
    feed's."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("language") and item["language"] != self.feed["language"]:
            handler.addQuickElement("dc:language", item["language"])


class AtomWithItemLanguages(Atom1Feed):
    """Atom whose entries say their language (``xml:lang``) when it is not the feed's."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language") and item["language"] != self.feed["language"]:
            attributes["xml:lang"] = item["language"]
        return attributes


class NewsRssFeed(Feed):
    """The latest live, public news items of the active language, newest first.

    Links are absolute, built on the host the feed was requested from.
    """

    feed_type = RssWithItemLanguages
    url_name = "news_feed_rss"

    def get_object(self, request, *args, **kwargs):
        remember_site(request)
        return FeedContext(request=request, locale=chrome.active_locale(request))

    def title(self, obj):
        return _("News of the European Alliance of Cities and Regions for Roma Inclusion")

    def description(self, obj):
        return _(
            "News of the Alliance, its participating cities and regions, and the "
            "Dosta!-Congress Prize."
        )

    def link(self, obj):
        def build():
            index = None
            if obj.locale is not None:
                indexes = NewsIndexPage.objects.live().exclude(private_q())
                index = indexes.filter(locale=obj.locale).first()
            return index.get_url(obj.request) if index is not None else None

        url = generation.cached(
            obj.request, "news-index-url", [getattr(obj.locale, "pk", "")], build
        )
        return obj.request.build_absolute_uri(url or "/")

    def feed_url(self, obj):
        return obj.request.build_absolute_uri(reverse(self.url_name))

    def items(self, obj):
        urls = UrlsBelow.home(obj.request)

        def build():
            return listed_news_items(listed_news(obj.locale)[:FEED_LENGTH], urls)

        # The latest items of a language, below its home page: kept per generation.
        parts = [getattr(obj.locale, "pk", ""), urls.base_url]
        items = generation.cached(obj.request, "feed-items", parts, build)
        absolute = obj.request.build_absolute_uri
        return [replace(item, url=absolute(item.url)) for item in items if item.url]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [topic.name for topic in item.topics]

    def item_extra_kwargs(self, item):
        return {"language": item.lang}


class NewsAtomFeed(NewsRssFeed):
    feed_type = AtomWithItemLanguages
    url_name = "news_feed_atom"

    def subtitle(self, obj):
        return self.description(obj)
