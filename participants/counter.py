"""The live counter: "N cities and regions from M countries", never typed in."""

from dataclasses import dataclass

from django.db.models import Count
from wagtail.models import Locale

from core.visibility import private_q
from participants.models import ParticipantPage


@dataclass(frozen=True)
class ParticipantCount:
    participants: int
    countries: int


def participant_count(locale=None):
    """Live, public participants of ``locale`` (the active one by default), in one query.

    Every participant counts, whatever its kind: all are local or regional authorities.
    """
    if locale is None:
        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            locale = Locale.get_default()
    totals = (
        ParticipantPage.objects.live()
        .exclude(private_q())
        .filter(locale=locale)
        .aggregate(participants=Count("pk"), countries=Count("country", distinct=True))
    )
    return ParticipantCount(totals["participants"], totals["countries"])
