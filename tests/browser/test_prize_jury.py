"""A juror (a member of the Prize jury group named for the demo call, not a superuser)
logs in, opens an application of the demo call and scores it."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from prize.access import PRIZE_JURY_GROUP
from prize.models import Juror, PrizeCallPage, Score


@pytest.fixture
def private_root(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def test_a_juror_scores_an_application(live_server, demo_site, private_root, page):
    user = get_user_model().objects.create_user("jules", "jules@example.org", "pw-123456789")
    user.groups.add(Group.objects.get(name=PRIZE_JURY_GROUP))
    assert not user.is_superuser
    call = PrizeCallPage.objects.get(locale__language_code="en")
    Juror.objects.create(call=call, user=user)
    application = call.applications.order_by("pk").first()
    criteria = list(call.criteria.all())

    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("jules")
    page.get_by_label("Password").fill("pw-123456789")
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(f"{live_server.url}/admin/prize/")
    page.get_by_role("link", name=call.title).click()
    page.get_by_role("link", name=application.project_title).click()
    for criterion in criteria:
        page.locator(f"#id_points_{criterion.pk}").fill(str(criterion.max_points - 1))
    page.locator(f"#id_comment_{criteria[0].pk}").fill("Strong participation.")
    page.get_by_role("button", name="Save my scores").click()

    expect(page.get_by_text("Your scores have been saved.")).to_be_visible()
    scores = Score.objects.filter(juror=user, application=application)
    assert sorted(scores.values_list("points", flat=True)) == sorted(
        criterion.max_points - 1 for criterion in criteria
    )
    assert scores.get(criterion=criteria[0]).comment == "Strong participation."
