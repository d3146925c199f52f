"""Participants of the Alliance (cities, regions, other local authorities) and their index.

The location is kept twice: ``location`` is the point string wagtailgeowidget's map widget
reads and writes (``SRID=4326;POINT(longitude latitude)``), and ``latitude`` /
``longitude`` are decimal columns derived from it on save, so listings, the GeoJSON and the
practice map read plain numbers without parsing strings.
"""

from decimal import Decimal, InvalidOperation
from typing import NamedTuple
from urllib.parse import urlencode

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.http import JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField
from wagtailgeowidget import geocoders
from wagtailgeowidget.helpers import geosgeometry_str_to_struct
from wagtailgeowidget.panels import GeoAddressPanel

from core import generation
from core.blocks import BaseStreamBlock
from core.countries import country_name
from core.images import IMAGE_SYNCHRONIZED, PageImageMixin
from core.languages import text_language
from core.models import BasePage
from core.page_urls import UrlsBelow
from core.visibility import private_q
from participants import profile
from participants.choices import ParticipantKind
from participants.panels import SiteLeafletPanel
from participants.views import participant_filters, participants_geojson

SRID = 4326
COORDINATE_PLACES = Decimal("0.000001")


def parse_location(value):
    """(latitude, longitude) as Decimals from a wagtailgeowidget point string, or None."""
    struct = geosgeometry_str_to_struct(value or "")
    if struct is None:
        return None
    try:
        longitude = Decimal(struct["x"]).quantize(COORDINATE_PLACES)
        latitude = Decimal(struct["y"]).quantize(COORDINATE_PLACES)
    except InvalidOperation:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def location_string(latitude, longitude):
    return f"SRID={SRID};POINT({longitude} {latitude})"


# The permission to show a participant's contact on its public page (Moderators have it).
PUBLISH_CONTACT = "publish_participant_contact"


class ParticipantIndexPage(RoutablePageMixin, BasePage):
    """The participants of one language: a map, and the same list grouped by country."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short text shown above the map."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["participants.ParticipantPage"]
    # Its <main> is mostly lists and interface, in the visitor's language; an untranslated
    # copy's own text is marked in the template (core/models.py, BasePage.main_language).
    main_language = None
    # The filters this page and its sub-routes read: the page cache keys on these only.
    cache_query_parameters = ("country", "kind")
    max_count_per_parent = 1

    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("participant index page")
        verbose_name_plural = _("participant index pages")

    def participants(self):
        """Live, public participants under this page (so of this page's language)."""
        return (
            ParticipantPage.objects.child_of(self)
            .live()
            .exclude(private_q())
            .order_by("title")
            .select_related("locale")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(participant_filters(self, request))
        query = urlencode(
            [
                (name, context[f"selected_{name}"])
                for name in ("country", "kind")
                if context[f"selected_{name}"]
            ]
        )
        url = self.get_url(request) + self.reverse_subpage("geojson")
        context["geojson_url"] = f"{url}?{query}" if query else url
        return context

    @path("geojson/", name="geojson")
    def geojson(self, request):
        """The (filtered) participants as a GeoJSON FeatureCollection for the map."""
        filters = participant_filters(self, request)
        return JsonResponse(
            participants_geojson(filters["participants"], request),
            content_type="application/geo+json",
            json_dumps_params={"ensure_ascii": False},
        )


class PracticeLink(NamedTuple):
    title: str
    url: str | None
    lang: str  # the language of the title (core/languages.py)


class ParticipantPage(PageImageMixin, BasePage):
    """A city, region or other local authority taking part in the Alliance."""

    kind = models.CharField(
        _("kind"),
        max_length=16,
        choices=ParticipantKind.choices,
        default=ParticipantKind.CITY,
        help_text=_("What sort of local or regional authority this is."),
    )
    country = CountryField(_("country"), help_text=_("The country the authority is in."))
    address = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_(
            "Postal address or place name. Typing it looks the place up on the map below "
            "(OpenStreetMap's Nominatim)."
        ),
    )
    location = models.CharField(
        _("location"),
        max_length=255,
        blank=True,
        help_text=_("Drag the marker or type 'latitude,longitude'. Shown on the maps."),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True, editable=False
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True, editable=False
    )
    date_joined = models.DateField(
        _("date joined"),
        null=True,
        blank=True,
        help_text=_("When the authority joined the Alliance. Leave empty if unknown."),
    )
    population = models.PositiveIntegerField(
        _("population"),
        null=True,
        blank=True,
        help_text=_("Number of inhabitants, approximately. Leave empty if unknown."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The authority's own website."))
    contact_name = models.CharField(
        _("contact person or office"),
        max_length=255,
        blank=True,
        help_text=_("Who to contact about the authority's work for Roma inclusion."),
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("A public address, not a personal one.")
    )
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=40,
        blank=True,
        help_text=_("A public telephone number, with its country code (e.g. +33 3 88 41 20 00)."),
    )
    publish_contact = models.BooleanField(
        _("publish the contact"),
        default=False,
        help_text=_(
            "Show the contact person, email and phone on the public page. Tick only once "
            "the authority has agreed to it."
        ),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in the list of participants."),
    )
    description = StreamField(
        BaseStreamBlock(),
        verbose_name=_("description"),
        blank=True,
        help_text=_("The authority, its Roma communities and its work."),
    )

    parent_page_types = ["participants.ParticipantIndexPage"]
    subpage_types = []

    # A place's address and point, its website and its contact are the same in every
    # language (the contact person or office's name is translated).
    override_translatable_fields = [
        SynchronizedField("address", overridable=False),
        SynchronizedField("location", overridable=False),
        SynchronizedField("website", overridable=False),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("contact_phone", overridable=False),
        *IMAGE_SYNCHRONIZED,
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("country"),
        index.FilterField("kind"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("country")], heading=_("Authority")),
        MultiFieldPanel(
            [
                GeoAddressPanel("address", geocoder=geocoders.NOMINATIM),
                SiteLeafletPanel("location", address_field="address"),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldPanel("date_joined"), FieldPanel("population"), FieldPanel("website")],
            heading=_("Facts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                # Only those who may approve it (Moderators): the field is left out of
                # everyone else's form, so a post cannot change it either.
                FieldPanel("publish_contact", permission=f"participants.{PUBLISH_CONTACT}"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("summary"),
        FieldPanel("description"),
        PageImageMixin.image_panel,
    ]

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        permissions = [(PUBLISH_CONTACT, "Can publish a participant's contact")]
        # The filters of the participants index (participants/views.py).
        indexes = [
            models.Index(fields=["country"], name="participant_country_idx"),
            models.Index(fields=["kind"], name="participant_kind_idx"),
        ]

    def clean(self):
        super().clean()
        if self.location and parse_location(self.location) is None:
            raise ValidationError(
                {"location": _("Give the location as a point on the map (latitude, longitude).")}
            )

    def save(self, *args, **kwargs):
        point = parse_location(self.location)
        self.latitude, self.longitude = point if point else (None, None)
        return super().save(*args, **kwargs)

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def country_name(self):
        return country_name(self.country.code) if self.country else ""

    def practices(self):
        """Live practices of this participant in this page's language."""
        # By name: the practices app builds on this one (a practice names its participant).
        practice_page = apps.get_model("practices", "PracticePage")
        return (
            practice_page.objects.live()
            .exclude(private_q())
            .filter(locale_id=self.locale_id, participant__translation_key=self.translation_key)
            .order_by("title")
        )

    def practice_links(self, request):
        """[(title, url, language)] of ``practices()``, read as rows: the page shows nothing else
        of them, and ten practice models (their StreamFields parsed) cost more than the
        rest of the page."""
        urls = UrlsBelow.home(request)

        def build():
            rows = self.practices().annotate(lang=text_language())
            rows = rows.values_list("pk", "title", "url_path", "lang")
            return [
                PracticeLink(title, urls(pk, url_path), lang) for pk, title, url_path, lang in rows
            ]

        # What ``practices()`` depends on, and the addresses: kept per generation.
        parts = [self.locale_id, self.translation_key, get_language(), urls.base_url]
        return generation.cached(request, "participant-practices", parts, build)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practices"] = self.practice_links(request)
        context["news"] = profile.news_links(self, request)
        context["events"] = profile.event_links(self, request)
        return context
