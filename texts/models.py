"""Texts adopted by the Congress: resolutions, recommendations and declarations."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core import generation
from core.listings import paginate, parse_choice, parse_year, search_terms
from core.models import BasePage
from core.page_urls import UrlsBelow
from core.visibility import private_q
from texts.choices import TextKind
from texts.facets import facet_counts
from texts.listing import listed_text_rows

TEXTS_PER_PAGE = 20
SEARCH_MAX_LENGTH = 100
INTRO_FEATURES = ["bold", "italic", "link"]
SUMMARY_FEATURES = ["bold", "italic", "link", "ul", "ol"]


def listed_texts(locale):
    """Live, public adopted texts of ``locale``, the most recent first."""
    if locale is None:
        return AdoptedTextPage.objects.none()
    return (
        AdoptedTextPage.objects.live()
        .exclude(private_q())
        .filter(locale=locale)
        .order_by("-adoption_date", "-pk")
    )


def search_pks(queryset, query):
    """Primary keys of the pages of ``queryset`` matching ``query`` (Wagtail search).

    Wagtail's database backend works on SQLite and PostgreSQL alike.
    """
    terms = search_terms(query)
    if not terms:
        return []
    return [page.pk for page in queryset.search(terms, operator="and")]


class AdoptedTextIndexPage(BasePage):
    """The texts adopted by the Congress, filterable by kind and year, searchable."""

    introduction = RichTextField(
        _("introduction"),
        features=INTRO_FEATURES,
        blank=True,
        help_text=_("A short paragraph shown above the list of texts."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["texts.AdoptedTextPage"]
    # Its <main> is mostly lists and interface, in the visitor's language; an untranslated
    # copy's own text is marked in the template (core/models.py, BasePage.main_language).
    main_language = None
    # The filters this page and its sub-routes read: the page cache keys on these only.
    cache_query_parameters = ("kind", "year", "q", "page")
    max_count_per_parent = 1

    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("adopted texts index page")
        verbose_name_plural = _("adopted texts index pages")

    def texts(self):
        """The texts under this page, in its language (the language being shown)."""
        return listed_texts(self.locale_id).descendant_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        texts = self.texts()
        # The years to filter by change only with the content: once per generation.
        years = generation.cached(
            request,
            "text-years",
            [self.pk],
            lambda: [day.year for day in texts.dates("adoption_date", "year", order="DESC")],
        )
        kind = parse_choice(request.GET.get("kind"), TextKind.values)
        year = parse_year(request.GET.get("year"), years)
        query = (request.GET.get("q") or "").strip()[:SEARCH_MAX_LENGTH]
        if query:
            texts = texts.filter(pk__in=search_pks(self.texts(), query))
        kind_counts, year_counts = facet_counts(request, self, texts, kind, year, query)
        if kind:
            texts = texts.filter(kind=kind)
        if year is not None:
            texts = texts.filter(
                adoption_date__gte=datetime.date(year, 1, 1),
                adoption_date__lte=datetime.date(year, 12, 31),
            )
        # A count per filter choice is kept; free text is too varied to keep.
        count_key = None if query else [self.pk, kind, year]
        texts_page = paginate(request, texts, TEXTS_PER_PAGE, count_key=count_key)
        urls = UrlsBelow.page(self, request)
        shown = texts_page.object_list
        if count_key is None:
            texts_page.object_list = listed_text_rows(shown, urls)
        else:  # the texts shown depend on the same inputs, the page and their addresses
            parts = [*count_key, texts_page.number, urls.base_url]
            texts_page.object_list = generation.cached(
                request,
                "text-list",
                parts,
                lambda: listed_text_rows(shown, urls),
                lru=generation.recent_lists,
            )
        context.update(
            texts_page=texts_page,
            kinds=[(value, label, kind_counts[value]) for value, label in TextKind.choices],
            years=[(each, each, year_counts[each]) for each in years],
            selected_kind=kind,
            selected_year=year,
            query=query,
            filtered=bool(kind or year or query),
        )
        return context


class AdoptedTextPage(BasePage):
    """One text adopted by the Congress, with the full text as a document."""

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=TextKind.choices,
        default=TextKind.RESOLUTION,
        help_text=_("Resolution, recommendation or declaration."),
    )
    reference = models.CharField(
        _("reference"),
        max_length=100,
        help_text=_('The official reference, e.g. "Resolution 366 (2014)".'),
    )
    adoption_date = models.DateField(
        _("adoption date"), help_text=_("The day the Congress adopted the text.")
    )
    session = models.CharField(
        _("session"),
        max_length=100,
        blank=True,
        help_text=_('The Congress session that adopted it, e.g. "26th Session".'),
    )
    summary = RichTextField(
        _("summary"),
        features=SUMMARY_FEATURES,
        help_text=_("What the text says, in a few sentences."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The full text (PDF or other document). A translation may use its own."),
    )

    parent_page_types = ["texts.AdoptedTextIndexPage"]
    subpage_types = []

    search_fields = BasePage.search_fields + [
        index.SearchField("reference", boost=2),
        index.AutocompleteField("reference"),
        index.SearchField("session"),
        index.SearchField("summary"),
        index.FilterField("kind"),
        index.FilterField("adoption_date"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("reference")]),
                FieldRowPanel([FieldPanel("adoption_date"), FieldPanel("session")]),
            ],
            heading=_("Adoption"),
        ),
        FieldPanel("summary"),
        FieldPanel("document"),
        InlinePanel(
            "related_links",
            label=_("Related texts"),
            help_text=_("Other adopted texts on the same subject."),
        ),
    ]

    class Meta:
        verbose_name = _("adopted text")
        verbose_name_plural = _("adopted texts")
        # The filters of the texts index: kind and year; the list is sorted by date.
        indexes = [
            models.Index(fields=["kind"], name="text_kind_idx"),
            models.Index(fields=["adoption_date"], name="text_adoption_date_idx"),
        ]

    def related_texts(self):
        """The related texts that are live, in the active language where translated."""
        texts = []
        for link in self.related_links.select_related("text"):
            text = link.text.localized
            if text.live:
                texts.append(text)
        return texts


class AdoptedTextRelation(Orderable):
    """A link from an adopted text to a related one (the same in every language)."""

    page = ParentalKey(AdoptedTextPage, on_delete=models.CASCADE, related_name="related_links")
    text = models.ForeignKey(
        AdoptedTextPage,
        verbose_name=_("related text"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose another adopted text."),
    )

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("related text")
        verbose_name_plural = _("related texts")
