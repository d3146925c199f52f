"""The jury and the prize staff in the admin: a juror sees the applications of the
editions they judge only, scores within bounds; the staff see the ranking and export it.
Every user is logged in with one role, made by setup_translators; never a superuser."""

import csv
import io

import pytest
from django.urls import reverse

from forms.models import Submission
from prize.access import PRIZE_JURY_GROUP
from prize.models import Juror, Score
from tests.prize.conftest import make_application
from workflow.roles import EDITORS, FORM_MANAGERS, MODERATORS, translators_group_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_editions(roles, make_call, make_user):
    this_year = make_call(edition=2027)
    other = make_call(edition=2025)
    juror = make_user("jules", PRIZE_JURY_GROUP)
    Juror.objects.create(call=this_year, user=juror)
    mine = make_application(this_year, "Mediators in every school")
    theirs = make_application(other, "Housing first in Other Town")
    return {"call": this_year, "other": other, "juror": juror, "mine": mine, "theirs": theirs}


def refused(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def scores_of(criteria, points, comment="Good"):
    data = {}
    for criterion, value in zip(criteria, points, strict=True):
        data[f"points_{criterion.pk}"] = value
        data[f"comment_{criterion.pk}"] = comment
    return data


def test_juror_sees_the_applications_of_their_edition_and_its_document(client, two_editions):
    client.force_login(two_editions["juror"])
    mine = two_editions["mine"]

    listing = client.get(reverse("prize_call", args=[two_editions["call"].pk]))
    document = client.get(reverse("prize_document", args=[mine.pk]))

    assert "Mediators in every school" in listing.content.decode()
    assert document.status_code == 200
    assert b"".join(document.streaming_content).startswith(b"%PDF-")
    assert "attachment" in document["Content-Disposition"]


def status(client, url):
    """The final status (a 404 outside the language prefixes is redirected into one)."""
    return client.get(url, follow=True).status_code


def test_juror_gets_404_for_another_edition(client, two_editions):
    client.force_login(two_editions["juror"])
    theirs = two_editions["theirs"]

    assert status(client, reverse("prize_call", args=[two_editions["other"].pk])) == 404
    assert status(client, reverse("prize_application", args=[theirs.pk])) == 404
    assert status(client, reverse("prize_document", args=[theirs.pk])) == 404
    calls = client.get(reverse("prize_calls")).content.decode()
    assert "2027" in calls and "2025" not in calls


def test_jury_group_without_being_named_juror_sees_nothing(client, two_editions, make_user):
    client.force_login(make_user("nadia", PRIZE_JURY_GROUP))

    assert refused(client.get(reverse("prize_calls")))
    assert refused(client.get(reverse("prize_document", args=[two_editions["mine"].pk])))


def test_juror_sees_no_form_submission_nor_the_ranking(client, two_editions, home):
    client.force_login(two_editions["juror"])

    assert refused(client.get(reverse("wagtailforms:index")))
    assert refused(client.get(reverse("prize_export", args=[two_editions["call"].pk])))
    assert not two_editions["juror"].has_perm("forms.view_submission")
    assert Submission.objects.count() == 0


@pytest.mark.parametrize(
    "groups",
    [[EDITORS], [MODERATORS], [translators_group_name("fr")]],
    ids=["editor", "moderator", "translator"],
)
def test_other_roles_see_nothing_of_the_prize(client, two_editions, make_user, groups):
    client.force_login(make_user("someone", *groups))
    mine = two_editions["mine"]

    for url in [
        reverse("prize_calls"),
        reverse("prize_call", args=[two_editions["call"].pk]),
        reverse("prize_application", args=[mine.pk]),
        reverse("prize_document", args=[mine.pk]),
        reverse("prize_export", args=[two_editions["call"].pk]),
    ]:
        assert refused(client.get(url)), url
    assert "Prize applications" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_anonymous_visitor_cannot_fetch_a_document(client, two_editions):
    response = client.get(reverse("prize_document", args=[two_editions["mine"].pk]))

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_juror_scores_within_the_criteria_bounds(client, two_editions):
    client.force_login(two_editions["juror"])
    mine = two_editions["mine"]
    criteria = list(two_editions["call"].criteria.all())  # max 10, then max 5
    url = reverse("prize_application", args=[mine.pk])

    too_many = client.post(url, scores_of(criteria, [11, 5]))
    negative = client.post(url, scores_of(criteria, [-1, 5]))
    assert too_many.status_code == negative.status_code == 200
    assert Score.objects.count() == 0

    saved = client.post(url, scores_of(criteria, [10, 0]))
    assert saved.status_code == 302
    assert sorted(Score.objects.values_list("points", flat=True)) == [0, 10]

    client.post(url, scores_of(criteria, [7, 3], comment="Changed my mind"))
    assert sorted(Score.objects.values_list("points", flat=True)) == [3, 7]


def test_staff_cannot_score_without_being_a_juror(client, two_editions, make_user):
    client.force_login(make_user("fiona", FORM_MANAGERS))
    criteria = list(two_editions["call"].criteria.all())
    url = reverse("prize_application", args=[two_editions["mine"].pk])

    assert refused(client.post(url, scores_of(criteria, [5, 5])))
    assert Score.objects.count() == 0


def test_ranking_orders_by_the_mean_of_the_jurors_totals(client, roles, make_call, make_user):
    call = make_call()
    first, second = make_user("ana", PRIZE_JURY_GROUP), make_user("bo", PRIZE_JURY_GROUP)
    low = make_application(call, "Low project")
    high = make_application(call, "High project")
    unscored = make_application(call, "Unscored project")
    criteria = list(call.criteria.all())
    for juror, application, points in [
        (first, low, [2, 1]),  # low: totals 3 and 5, mean 4
        (second, low, [4, 1]),
        (first, high, [9, 5]),  # high: one total, 14
    ]:
        for criterion, value in zip(criteria, points, strict=True):
            Score.objects.create(
                application=application, criterion=criterion, juror=juror, points=value
            )
    client.force_login(make_user("fiona", FORM_MANAGERS))

    page = client.get(reverse("prize_call", args=[call.pk])).content.decode()
    export = client.get(reverse("prize_export", args=[call.pk])).content.decode()

    assert page.index("High project") < page.index("Low project") < page.index("Unscored")
    rows = list(csv.reader(io.StringIO(export)))
    assert [row[:4] for row in rows[1:]] == [
        ["1", "14.00", "1", "High project"],
        ["2", "4.00", "2", "Low project"],
        ["3", "", "0", "Unscored project"],
    ]
    assert unscored.pk


def test_staff_name_jurors_from_the_jury_group_only(client, roles, make_call, make_user):
    call = make_call()
    jury_member = make_user("jules", PRIZE_JURY_GROUP)
    editor = make_user("erik", EDITORS)
    client.force_login(make_user("fiona", FORM_MANAGERS))
    url = reverse("prize_jurors", args=[call.pk])

    assert client.post(url, {"add": editor.pk}, follow=True).status_code in (404, 405)
    client.post(url, {"add": jury_member.pk})
    assert list(call.jurors.values_list("user__username", flat=True)) == ["jules"]
    client.post(url, {"remove": jury_member.pk})
    assert not call.jurors.exists()
