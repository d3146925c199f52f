"""The news index of each language and its news items."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from core import generation
from core.blocks import BaseStreamBlock
from core.images import IMAGE_SYNCHRONIZED, PageImageMixin
from core.listings import paginate, parse_year
from core.models import BasePage
from core.page_urls import UrlsBelow
from core.visibility import private_q
from news.listing import listed_news_items

from .topics import NewsTopic

NEWS_PER_PAGE = 10
INTRO_FEATURES = ["bold", "italic", "link"]


def listed_news(locale):
    """Live, public news items of ``locale`` (prize announcements included), newest first.

    Lists read them as rows with their topics and images (news/listing.py), so a list
    costs the same number of queries whatever its length.
    """
    if locale is None:
        return NewsPage.objects.none()
    return (
        NewsPage.objects.live()
        .exclude(private_q())
        .filter(locale=locale)
        .order_by("-date", "-first_published_at", "-pk")
    )


class NewsIndexPage(BasePage):
    """The news of one language: newest first, filterable by topic and year."""

    introduction = RichTextField(
        _("introduction"),
        features=INTRO_FEATURES,
        blank=True,
        help_text=_("A short paragraph shown above the list of news."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "news.NewsPage",
        "news.PrizeAnnouncementPage",
        "prize.PrizeCallPage",
    ]
    # Its <main> is mostly lists and interface, in the visitor's language; an untranslated
    # copy's own text is marked in the template (core/models.py, BasePage.main_language).
    main_language = None
    # The filters this page and its sub-routes read: the page cache keys on these only.
    cache_query_parameters = ("topic", "year", "page")
    max_count_per_parent = 1

    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def news_items(self):
        """The news under this page, in its language (the language being shown)."""
        return listed_news(self.locale_id).descendant_of(self)

    def topic_choices(self):
        """Topics to filter by: in this page's language, else in the source language."""
        topics = {}
        for topic in NewsTopic.objects.filter(
            models.Q(locale_id=self.locale_id)
            | models.Q(locale__language_code=settings.LANGUAGE_CODE)
        ):
            if topic.translation_key not in topics or topic.locale_id == self.locale_id:
                topics[topic.translation_key] = topic
        return sorted(topics.values(), key=lambda topic: topic.name.casefold())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.news_items()
        # The filters' choices change only with the content: once per generation.
        years = generation.cached(
            request,
            "news-years",
            [self.pk],
            lambda: [day.year for day in items.dates("date", "year", order="DESC")],
        )
        topics = generation.cached(request, "news-topics", [self.pk], self.topic_choices)
        topic_by_slug = {topic.slug: topic for topic in topics}

        selected_topic = topic_by_slug.get((request.GET.get("topic") or "").strip())
        selected_year = parse_year(request.GET.get("year"), years)
        if selected_topic is not None:
            items = items.filter(
                pk__in=NewsPageTopic.objects.filter(
                    topic__translation_key=selected_topic.translation_key
                ).values("page_id")
            )
        if selected_year is not None:
            items = items.filter(
                date__gte=datetime.date(selected_year, 1, 1),
                date__lte=datetime.date(selected_year, 12, 31),
            )
        count_key = [self.pk, selected_topic and selected_topic.slug, selected_year]
        news_page = paginate(request, items, NEWS_PER_PAGE, count_key=count_key)
        # The items shown, kept per generation too: they depend on the same inputs, the
        # page of the list, and the addresses they sit below.
        urls = UrlsBelow.page(self, request)
        shown = news_page.object_list
        news_page.object_list = generation.cached(
            request,
            "news-list",
            [*count_key, news_page.number, urls.base_url],
            lambda: listed_news_items(shown, urls),
            lru=generation.recent_lists,
        )
        context.update(
            news_page=news_page,
            topics=topics,
            topic_choices=[(topic.slug, topic.name) for topic in topics],
            years=years,
            selected_topic=selected_topic,
            selected_year=selected_year,
            filtered=selected_topic is not None or selected_year is not None,
        )
        return context


class NewsPage(PageImageMixin, BasePage):
    """A news item. Prize announcements are news items too (they extend this model)."""

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The date of the news, shown with it; the list is sorted by it."),
    )
    introduction = models.TextField(
        _("introduction"),
        help_text=_("One or two sentences shown under the title, in lists and in the feeds."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The text of the news."),
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    override_translatable_fields = IMAGE_SYNCHRONIZED

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("introduction"),
        PageImageMixin.image_panel,
        FieldPanel("body"),
        InlinePanel(
            "topic_links",
            label=_("Topics"),
            help_text=_("The topics of this news, used by the filters of the news list."),
        ),
    ]

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")
        # The news list is sorted, and filtered by year, on the date.
        indexes = [models.Index(fields=["date"], name="news_date_idx")]

    @property
    def topics(self):
        """The topics, in the editor's order, in one query."""
        links = self.topic_links.select_related("topic").order_by("sort_order")
        return [link.topic for link in links]

    @property
    def is_prize_announcement(self):
        from django.contrib.contenttypes.models import ContentType

        # By name: news/models/prize.py builds on this module.
        prize = ContentType.objects.get_by_natural_key("news", "prizeannouncementpage")
        return self.content_type_id == prize.pk


class NewsPageTopic(TranslatableMixin, Orderable):
    """A topic of a news item. Translatable, so a translation links the translated topic."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(
        NewsTopic,
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Manage topics under Snippets → News topics."),
    )

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order"]
