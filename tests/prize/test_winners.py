"""Winners: the prize staff mark an application; the announcement and the closed call
show its project (title, authority, country only), and nothing of the others."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import PrizeAnnouncementPageFactory, PrizeWinnerFactory
from tests.prize.conftest import make_application
from workflow.roles import EDITORS, FORM_MANAGERS

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


@pytest.fixture
def closed_call(make_call, news_index):
    announcement = PrizeAnnouncementPageFactory(parent=news_index, title="Winners of 2027")
    PrizeWinnerFactory(page=announcement)
    now = timezone.now()
    call = make_call(opens_at=now - 90 * DAY, closes_at=now - DAY, announcement=announcement)
    return call, announcement


def test_staff_mark_a_winner_and_the_announcement_links_its_project(
    client, roles, closed_call, make_user
):
    call, announcement = closed_call
    winner = make_application(call, "Mediators in every school", contact_email="w@example.org")
    make_application(call, "Not awarded project")
    assert "Mediators in every school" not in client.get(announcement.url).content.decode()

    staff = make_user("fiona", FORM_MANAGERS)
    client.force_login(staff)
    client.post(reverse("prize_winner", args=[winner.pk]), {"winner": "1"})
    client.logout()

    page = client.get(announcement.url).content.decode()
    assert f'href="{call.url}#project-{winner.pk}"' in page
    assert "Mediators in every school" in page
    assert "Not awarded project" not in page
    assert "w@example.org" not in page
    call_page = client.get(call.url).content.decode()
    assert f'id="project-{winner.pk}"' in call_page
    assert "Not awarded project" not in call_page


def test_an_editor_cannot_mark_a_winner(client, roles, closed_call, make_user):
    call, _announcement = closed_call
    application = make_application(call)
    client.force_login(make_user("erik", EDITORS))

    client.post(reverse("prize_winner", args=[application.pk]), {"winner": "1"})

    application.refresh_from_db()
    assert not application.is_winner
