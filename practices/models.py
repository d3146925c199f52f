"""The good-practice database: practices, their index (the database), and the themes.

Themes are a translatable snippet. A theme's ``slug`` is the same in every language and is
what practices are filtered by: wagtail-localize copies a page's many-to-many values as
they are (the French practice keeps the English theme rows), so the name shown is looked up
by slug in the visitor's language.
"""

import json
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Subquery
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from core import generation
from core.blocks import BaseStreamBlock, DocumentBlock, ImageBlock
from core.images import IMAGE_SYNCHRONIZED, PageImageMixin
from core.models import BasePage
from core.text import collation_key
from core.visibility import private_q
from participants.localized import in_language, visible_participants
from practices.blocks import PrizeBlock
from practices.choices import MAX_YEAR, MIN_YEAR, PracticeType
from practices.filters import PracticeSearch
from practices.theme_names import ThemeName, cached_theme_names, theme_names

YEAR_VALIDATORS = [MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)]


class Theme(TranslatableMixin, models.Model):
    """A theme practices are filed under (education, housing...). Editors manage them."""

    name = models.CharField(_("name"), max_length=120, help_text=_("As visitors read it."))
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Used in filter addresses; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name


# Each translator edits the themes of their language only (workflow.permissions).
register_snippet(Theme, viewset="workflow.permissions.TranslatableSnippetViewSet")


class PracticePageForm(WagtailAdminPageForm):
    """Offers the themes of the page's own language (and any already chosen)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if "themes" in self.fields and locale_id:
            chosen = [theme.pk for theme in self.instance.themes.all()] if self.instance.pk else []
            self.fields["themes"].queryset = Theme.objects.filter(
                models.Q(locale_id=locale_id) | models.Q(pk__in=chosen)
            )


class PracticeIndexPage(RoutablePageMixin, BasePage):
    """The database of good practices of one language: filters, search, map."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short text shown above the filters.")
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    # Its <main> is mostly lists and interface, in the visitor's language; an untranslated
    # copy's own text is marked in the template (core/models.py, BasePage.main_language).
    main_language = None
    # The filters this page and its sub-routes read: the page cache keys on these only.
    cache_query_parameters = ("q", "country", "theme", "type", "year", "sort", "page")
    max_count_per_parent = 1

    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("practice index page")
        verbose_name_plural = _("practice index pages")

    def practices(self):
        """Live, public practices under this page (so of this page's language)."""
        return PracticePage.objects.child_of(self).live().exclude(private_q())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(PracticeSearch(self, request).context())
        url = self.get_url(request) + self.reverse_subpage("geojson")
        query = urlencode(context["filter_params"])
        context["geojson_url"] = f"{url}?{query}" if query else url
        return context

    @path("geojson/", name="geojson")
    def geojson(self, request):
        """The practices matching the filters, at their participant's location."""
        search = PracticeSearch(self, request)

        def build():
            return json.dumps(search.geojson(), ensure_ascii=False, cls=DjangoJSONEncoder)

        if search.query:  # free text: too many variants to keep
            body = build()
        else:  # every practice of a language, or a choice of filters: once per generation
            filters = urlencode(search.filter_params())
            body = generation.cached(request, "practices-geojson", [self.pk, filters], build)
        return HttpResponse(body, content_type="application/geo+json")


class PracticePage(PageImageMixin, BasePage):
    """One good practice of a participating city or region."""

    participant = models.ForeignKey(
        "participants.ParticipantPage",
        verbose_name=_("participant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practice_pages",
        help_text=_("The city or region that runs the practice. Its location is used on maps."),
    )
    country = CountryField(
        _("country"),
        blank=True,
        help_text=_("Leave empty to use the participant's country."),
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name=_("themes"),
        blank=True,
        related_name="practices",
        help_text=_("Every theme the practice works on."),
    )
    practice_type = models.CharField(
        _("type"),
        max_length=16,
        choices=PracticeType.choices,
        blank=True,
        help_text=_(
            "Demonstrated: results shown; replicated: taken up elsewhere; promising: early. "
            "Leave empty if not assessed."
        ),
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year the practice began. Leave empty if unknown."),
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Leave empty while the practice goes on."),
    )
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences shown in the database's list.")
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The practice: aims, actions, results, lessons."),
    )
    contact_name = models.CharField(
        _("contact"),
        max_length=255,
        blank=True,
        help_text=_("Person, office or organisation to ask about the practice."),
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("A public address, not a personal one.")
    )
    documents = StreamField(
        [("document", DocumentBlock())],
        verbose_name=_("documents"),
        blank=True,
        help_text=_("Reports, leaflets, evaluations to download."),
    )
    images = StreamField(
        [("image", ImageBlock())],
        verbose_name=_("images"),
        blank=True,
        help_text=_("Photographs of the practice, shown as a gallery."),
    )
    prizes = StreamField(
        [("prize", PrizeBlock())],
        verbose_name=_("prizes won"),
        blank=True,
        help_text=_("Prizes and distinctions the practice received."),
    )

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    override_translatable_fields = [
        SynchronizedField("themes", overridable=False),
        *IMAGE_SYNCHRONIZED,
    ]
    base_form_class = PracticePageForm

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("contact_name"),
        index.FilterField("country"),
        index.FilterField("practice_type"),
        index.FilterField("start_year"),
        index.FilterField("end_year"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("participant"), FieldPanel("country")], heading=_("Who runs it")
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("practice_type"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("summary"),
        PageImageMixin.image_panel,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
        FieldPanel("documents"),
        FieldPanel("images"),
        FieldPanel("prizes"),
    ]

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        # One per filter of the practice database (practices/filters.py).
        indexes = [
            models.Index(fields=["country"], name="practice_country_idx"),
            models.Index(fields=["practice_type"], name="practice_type_idx"),
            models.Index(fields=["start_year", "end_year"], name="practice_years_idx"),
        ]

    def clean(self):
        super().clean()
        if not self.country and self.participant_id:
            self.country = self.participant.country
        errors = {}
        if not self.country:
            errors["country"] = _("Choose a country, or a participant to take it from.")
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("The end year cannot come before the start year.")
        if errors:
            raise ValidationError(errors)

    def localized_participant(self):
        """The participant page this page shows (``participants.localized``), or None."""
        if self.participant_id is None:
            return None
        participant_key = Page.objects.filter(pk=self.participant_id).values("translation_key")
        # The participant shares its translation key with its translations: the key first
        # (an index lookup), then this language or the participant itself.
        pages = (
            visible_participants()
            .filter(translation_key=Subquery(participant_key))
            .filter(models.Q(locale_id=self.locale_id) | models.Q(pk=self.participant_id))
        )
        candidates = [(page.pk, page.translation_key, page.locale_id, page) for page in pages]
        if not candidates:
            return None
        wanted = {self.participant_id: candidates[0][1]}  # they all share its key
        return in_language(wanted, candidates, self.locale_id).get(self.participant_id)

    def theme_names(self, names=None):
        """Names of the practice's themes in this page's language, each with its language
        (``names``: {slug: ThemeName}), sorted."""
        if names is None:
            names = theme_names(self.locale_id)
        return sorted(
            (names.get(theme.slug) or ThemeName(theme.name, "") for theme in self.themes.all()),
            key=lambda theme: collation_key(theme.name),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.theme_names(cached_theme_names(request, self.locale_id))
        return context
