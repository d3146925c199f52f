"""The call for applications of one edition of the Dosta!-Congress Prize."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.models import BasePage
from prize.admin_form import PrizeCallPageForm
from prize.choices import CallState

ELIGIBILITY_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]
MAX_POINTS_CEILING = 100


class PrizeCallPage(RoutablePageMixin, BasePage):
    """A prize edition's call: when it is open, who may apply, the published criteria
    and the application form. Applications are stored against the source-language page."""

    base_form_class = PrizeCallPageForm
    honeypot = True  # forms/spam.py's checks guard the application form

    edition = models.PositiveSmallIntegerField(
        _("edition"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The year of this edition of the prize, e.g. 2027."),
    )
    opens_at = models.DateTimeField(_("opens"), help_text=_("Paris time (Europe/Paris)."))
    closes_at = models.DateTimeField(_("closes"), help_text=_("Paris time (Europe/Paris)."))
    introduction = models.TextField(_("introduction"), blank=True)
    eligibility = RichTextField(_("eligibility"), features=ELIGIBILITY_FEATURES, blank=True)
    announcement = models.ForeignKey(
        "news.PrizeAnnouncementPage",
        verbose_name=_("announcement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The news item announcing the winners, once published."),
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    override_translatable_fields = [
        SynchronizedField("edition", overridable=False),
        SynchronizedField("opens_at", overridable=False),
        SynchronizedField("closes_at", overridable=False),
        SynchronizedField("announcement"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("eligibility"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("edition"),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
            ],
            heading=_("Call"),
        ),
        FieldPanel("introduction"),
        FieldPanel("eligibility"),
        InlinePanel("criteria", label=_("criteria"), min_num=1),
        FieldPanel("announcement"),
    ]

    class Meta:
        verbose_name = _("prize call")
        verbose_name_plural = _("prize calls")

    def __str__(self):
        return f"{self.title} ({self.edition})"

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The call must close after it opens.")})

    def state(self, now=None):
        now = now or timezone.now()
        if now < self.opens_at:
            return CallState.BEFORE
        if now >= self.closes_at:
            return CallState.AFTER
        return CallState.OPEN

    @property
    def last_minute(self):
        """The last minute the form takes, as people read a deadline (closing minus one)."""
        return self.closes_at - datetime.timedelta(minutes=1)

    def get_context(self, request, *args, **kwargs):
        from prize.views import call_context

        context = super().get_context(request, *args, **kwargs)
        context.update(call_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        from prize.views import private_if_open

        return private_if_open(self, super().serve(request, *args, **kwargs))

    @path("apply/", name="apply")
    def apply(self, request):
        from prize.views import apply

        return apply(self, request)


class PrizeCriterion(TranslatableMixin, Orderable):
    """A published criterion: name and description translated, points the same everywhere."""

    page = ParentalKey(PrizeCallPage, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    max_points = models.PositiveSmallIntegerField(
        _("maximum points"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_POINTS_CEILING)],
    )

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("max_points")]
    override_translatable_fields = [SynchronizedField("max_points", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["sort_order"]

    def __str__(self):
        return self.name
