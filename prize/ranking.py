"""The ranking of a call's applications: each juror's total over the criteria, and the
mean of those totals (jurors who have not scored an application do not count for it)."""

from collections import defaultdict
from dataclasses import dataclass

from prize.models import Score


@dataclass
class Rank:
    application: object
    jurors: int
    mean: float | None


def ranking(call):
    """The applications of ``call``, best mean first; those not scored yet last."""
    totals = defaultdict(lambda: defaultdict(int))
    scores = Score.objects.filter(application__call=call)
    for application_id, juror_id, points in scores.values_list(
        "application_id", "juror_id", "points"
    ):
        totals[application_id][juror_id] += points
    rows = []
    for application in call.applications.order_by("submitted_at", "pk"):
        per_juror = totals.get(application.pk, {})
        mean = sum(per_juror.values()) / len(per_juror) if per_juror else None
        rows.append(Rank(application, len(per_juror), mean))
    rows.sort(key=lambda row: (row.mean is None, -(row.mean or 0)))
    return rows
