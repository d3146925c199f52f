"""Query budgets of the call page (open, with its form; closed, with its winners): bounded
whatever the number of criteria and winners (CaptureQueriesContext)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from prize.models import PrizeCriterion
from tests.factories import PrizeAnnouncementPageFactory, PrizeWinnerFactory
from tests.prize.conftest import make_application, publish

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)
# Measured (PostgreSQL, a second request): the open call 5, the closed call with its
# winners 7, the announcement with the awarded projects 7.
CALL_BUDGET = 7
ANNOUNCEMENT_BUDGET = 7


def queries(client, url):
    client.get(url)  # the first request fills what is kept per generation
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_criteria(call, count):
    for number in range(count):
        call.criteria.add(PrizeCriterion(name=f"Criterion {number}", max_points=5))
    publish(call)


def test_the_open_call_page_costs_the_same_for_2_and_8_criteria(client, call):
    few = queries(client, call.url)
    add_criteria(call, 6)
    many = queries(client, call.url)

    assert many == few
    assert many <= CALL_BUDGET


def test_the_closed_call_and_its_announcement_cost_the_same_for_1_and_5_winners(
    client, make_call, news_index
):
    announcement = PrizeAnnouncementPageFactory(parent=news_index)
    PrizeWinnerFactory(page=announcement)
    now = timezone.now()
    call = make_call(opens_at=now - 9 * DAY, closes_at=now - DAY, announcement=announcement)
    make_application(call, "Winner 0", is_winner=True)
    few = (queries(client, call.url), queries(client, announcement.url))
    for number in range(1, 5):
        make_application(call, f"Winner {number}", is_winner=True)
    many = (queries(client, call.url), queries(client, announcement.url))

    assert many == few
    assert many[0] <= CALL_BUDGET
    assert many[1] <= ANNOUNCEMENT_BUDGET
