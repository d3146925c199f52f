"""The events index of a language and its events."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField
from wagtailgeowidget import geocoders
from wagtailgeowidget.panels import GeoAddressPanel

from core.blocks import DocumentBlock, ImageBlock
from core.countries import country_name
from core.images import IMAGE_SYNCHRONIZED, PageImageMixin
from core.models import BasePage
from events.admin_form import EventPageForm
from events.blocks import ProgrammeBlock, YearsBlock
from events.choices import DEFAULT_TIME_ZONE, EventKind, EventStatus, Recurrence
from events.times import end_moment, local, time_zone_names, zone
from participants.models import parse_location
from participants.panels import SiteLeafletPanel

REPORT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


def language_codes(value):
    """The language codes of a comma-separated text, lower-cased, in their order."""
    return [code.strip().lower() for code in (value or "").split(",") if code.strip()]


class EventIndexPage(RoutablePageMixin, BasePage):
    """The events of one language: upcoming first, then past ones by year; a map."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short text shown above the filters.")
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    main_language = None
    cache_query_parameters = ("kind", "country", "year")
    max_count_per_parent = 1

    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def get_context(self, request, *args, **kwargs):
        from events.listing import event_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(event_listing(self, request))
        return context

    @path("geojson/", name="geojson")
    def geojson(self, request):
        from events.views import index_geojson

        return index_geojson(self, request)


class EventPage(RoutablePageMixin, PageImageMixin, BasePage):
    """A seminar, conference, study visit, webinar, commemoration or campaign day."""

    base_form_class = EventPageForm
    # forms/spam.py's checks (trap field, time token) guard the registration form.
    honeypot = True

    kind = models.CharField(
        _("kind"), max_length=16, choices=EventKind.choices, default=EventKind.SEMINAR
    )
    status = models.CharField(
        _("status"), max_length=16, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    start = models.DateTimeField(_("start"), help_text=_("In the event's time zone."))
    end = models.DateTimeField(
        _("end"), null=True, blank=True, help_text=_("In the event's time zone.")
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        help_text=_("Where the event takes place, e.g. Europe/Paris or Europe/Prague."),
    )
    all_day = models.BooleanField(_("all day"), default=False)
    recurrence = models.CharField(
        _("recurrence"), max_length=16, choices=Recurrence.choices, default="", blank=True
    )
    # Derived on save: the moment the (first occurrence of the) event is over.
    ends_at = models.DateTimeField(editable=False, null=True, db_index=True)

    venue = models.CharField(_("venue"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=255, blank=True)
    country = CountryField(_("country"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    location = models.CharField(_("location"), max_length=255, blank=True)
    latitude = models.DecimalField(
        max_digits=9, decimal_places=6, null=True, blank=True, editable=False
    )
    longitude = models.DecimalField(
        max_digits=9, decimal_places=6, null=True, blank=True, editable=False
    )
    online_url = models.URLField(_("online link"), blank=True)
    hosts = ParentalManyToManyField(
        "participants.ParticipantPage", verbose_name=_("hosts"), blank=True, related_name="+"
    )
    languages = models.CharField(
        _("languages of the event"),
        max_length=255,
        blank=True,
        help_text=_("Language codes separated by commas, e.g. en, fr."),
    )

    introduction = models.TextField(_("introduction"), blank=True)
    programme = StreamField(ProgrammeBlock(), verbose_name=_("programme"), blank=True)
    report = RichTextField(_("report"), features=REPORT_FEATURES, blank=True)
    slides = StreamField([("document", DocumentBlock())], verbose_name=_("slides"), blank=True)
    photos = StreamField([("image", ImageBlock())], verbose_name=_("photos"), blank=True)
    years = StreamField(YearsBlock(), verbose_name=_("years"), blank=True)

    registration = models.BooleanField(_("takes registrations"), default=False)
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Seats; later registrations go to the waiting list. Empty: no limit."),
    )

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    override_translatable_fields = [
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("address", overridable=False),
        SynchronizedField("location", overridable=False),
        SynchronizedField("online_url", overridable=False),
        SynchronizedField("languages", overridable=False),
        *IMAGE_SYNCHRONIZED,
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("programme"),
        index.FilterField("kind"),
        index.FilterField("country"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("time_zone"), FieldPanel("all_day")]),
                FieldPanel("recurrence"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                GeoAddressPanel("address", geocoder=geocoders.NOMINATIM),
                SiteLeafletPanel("location", address_field="address"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("hosts"),
        FieldPanel("languages"),
        FieldPanel("introduction"),
        PageImageMixin.image_panel,
        FieldPanel("programme"),
        MultiFieldPanel(
            [FieldPanel("registration"), FieldPanel("capacity")], heading=_("Registrations")
        ),
        MultiFieldPanel(
            [FieldPanel("report"), FieldPanel("slides"), FieldPanel("photos")],
            heading=_("Outcome"),
        ),
        FieldPanel("years"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(fields=["kind"], name="event_kind_idx"),
            models.Index(fields=["country"], name="event_country_idx"),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.time_zone not in time_zone_names():
            errors["time_zone"] = _("Give a time zone name such as Europe/Paris.")
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end must not come before the start.")
        if self.location and parse_location(self.location) is None:
            errors["location"] = _("Give the location as a point on the map (latitude, longitude).")
        known = {code for code, _name in settings.LANGUAGES}
        unknown = [code for code in language_codes(self.languages) if code not in known]
        if unknown:
            errors["languages"] = _("Unknown language codes: %(codes)s") % {
                "codes": ", ".join(unknown)
            }
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        point = parse_location(self.location)
        self.latitude, self.longitude = point if point else (None, None)
        if self.start:
            self.ends_at = end_moment(self.start, self.end, self.tz, self.all_day)
        return super().save(*args, **kwargs)

    @property
    def tz(self):
        return zone(self.time_zone)

    @property
    def local_start(self):
        return local(self.start, self.tz)

    @property
    def local_end(self):
        return local(self.end, self.tz) if self.end else None

    @property
    def is_recurring(self):
        return self.recurrence == Recurrence.YEARLY

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def country_name(self):
        return country_name(self.country.code) if self.country else ""

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    def language_names(self):
        """The event's languages, named in the visitor's language where Django can."""
        names = dict(settings.LANGUAGES)
        shown = []
        for code in language_codes(self.languages):
            try:
                shown.append(str(get_language_info(code)["name_translated"]))
            except KeyError:  # a language Django does not know (Romani): the site's name
                if code in names:
                    shown.append(str(names[code]))
        return shown

    def get_context(self, request, *args, **kwargs):
        from events.views import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context

    @path("register/", name="register")
    def register(self, request):
        from events.views import register

        return register(self, request)

    @path("cancel/<str:token>/", name="cancel")
    def cancel(self, request, token):
        from events.views import cancel

        return cancel(self, request, token)
