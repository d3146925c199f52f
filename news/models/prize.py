"""Announcements of the Dosta!-Congress Prize and their winners."""

from itertools import groupby

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .pages import NewsPage

WINNER_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]
PLACE_LABELS = {1: _("1st place"), 2: _("2nd place"), 3: _("3rd place")}


class WinnerKind(models.TextChoices):
    CITY = "city", _("City")
    REGION = "region", _("Region")
    OTHER = "other", _("Other local authority")


def place_label(place):
    """ "1st place", "2nd place"... in the active language."""
    if place in PLACE_LABELS:
        return PLACE_LABELS[place]
    return _("Place %(number)d") % {"number": place}


class PlaceGroup:
    """The winners of one place: several when the place is shared (joint winners)."""

    def __init__(self, place, winners):
        self.place = place
        self.winners = winners

    @property
    def label(self):
        return place_label(self.place)

    @property
    def is_shared(self):
        return len(self.winners) > 1


class PrizeAnnouncementPage(NewsPage):
    """A news item announcing one edition of the Dosta!-Congress Prize and its winners."""

    edition = models.PositiveSmallIntegerField(
        _("edition"), help_text=_("The number of this edition of the prize, e.g. 4.")
    )
    award_date = models.DateField(
        _("award date"), help_text=_("The day the prize was awarded to the winners.")
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    search_fields = NewsPage.search_fields + [
        index.RelatedFields(
            "winners",
            [index.SearchField("name"), index.SearchField("project_title")],
        ),
    ]

    content_panels = (
        NewsPage.content_panels[:-2]
        + [
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("edition"), FieldPanel("award_date")])],
                heading=_("Prize"),
            ),
            InlinePanel(
                "winners",
                label=_("Winners"),
                min_num=1,
                help_text=_(
                    "One entry per winner. Winners sharing a place (joint winners) get the same "
                    "place number."
                ),
            ),
        ]
        + NewsPage.content_panels[-2:]
    )

    class Meta:
        verbose_name = _("prize announcement")
        verbose_name_plural = _("prize announcements")

    def places(self):
        """The winners grouped by place, first place first."""
        winners = sorted(self.winners.all(), key=lambda winner: (winner.place, winner.sort_order))
        return [
            PlaceGroup(place, list(group))
            for place, group in groupby(winners, key=lambda winner: winner.place)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["places"] = self.places()
        return context


class PrizeWinner(TranslatableMixin, Orderable):
    """One winner of a prize edition: a city, region or other local authority.

    Name, project title and text are translated; place, kind, country and links are the
    same in every language.
    """

    page = ParentalKey(PrizeAnnouncementPage, on_delete=models.CASCADE, related_name="winners")
    place = models.PositiveSmallIntegerField(
        _("place"),
        default=1,
        help_text=_("1 for the first place. Joint winners share the same number."),
    )
    name = models.CharField(
        _("name"), max_length=255, help_text=_("The city or region, e.g. Obrnice.")
    )
    kind = models.CharField(
        _("kind"),
        max_length=16,
        choices=WinnerKind.choices,
        default=WinnerKind.CITY,
        help_text=_("Whether the winner is a city, a region or another local authority."),
    )
    country = CountryField(_("country"), help_text=_("The country of the winner."))
    project_title = models.CharField(
        _("project title"),
        max_length=255,
        blank=True,
        help_text=_("The name of the awarded project, if it has one."),
    )
    text = RichTextField(
        _("text"),
        features=WINNER_TEXT_FEATURES,
        blank=True,
        help_text=_("What the winner did and why it was awarded."),
    )
    participant_page = models.ForeignKey(
        "participants.ParticipantPage",
        verbose_name=_("participant profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The winner's profile among the Alliance participants, if it has one."),
    )
    practice_page = models.ForeignKey(
        "practices.PracticePage",
        verbose_name=_("practice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The awarded project in the good-practice database, if it is there."),
    )

    panels = [
        FieldRowPanel([FieldPanel("place"), FieldPanel("kind"), FieldPanel("country")]),
        FieldPanel("name"),
        FieldPanel("project_title"),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("participant_page"), FieldPanel("practice_page")]),
    ]

    override_translatable_fields = [
        SynchronizedField("place"),
        SynchronizedField("kind"),
        SynchronizedField("country"),
        SynchronizedField("participant_page"),
        SynchronizedField("practice_page"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("winner")
        verbose_name_plural = _("winners")
        ordering = ["sort_order"]

    def __str__(self):
        return self.name

    @staticmethod
    def _visible(page):
        """``page`` in the active language where translated, if it is live and public; else None."""
        if page is None:
            return None
        page = page.localized
        if not page.live or page.get_view_restrictions().exists():
            return None
        return page

    @property
    def participant_link(self):
        return self._visible(self.participant_page)

    @property
    def practice_link(self):
        return self._visible(self.practice_page)
