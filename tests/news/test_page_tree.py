"""Where news pages may stand, and creating them through the admin."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, PrizeAnnouncementPage
from prize.models import PrizeCallPage


def test_news_index_stands_under_a_home_page_and_holds_news():
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
    assert set(NewsIndexPage.allowed_subpage_models()) == {
        NewsPage,
        PrizeAnnouncementPage,
        PrizeCallPage,
    }


def test_news_items_stand_under_the_news_index_only_and_hold_nothing():
    for model in (NewsPage, PrizeAnnouncementPage):
        assert model.allowed_parent_page_models() == [NewsIndexPage]
        assert model.allowed_subpage_models() == []


def test_home_page_may_hold_a_news_index():
    assert NewsIndexPage in HomePage.allowed_subpage_models()


def test_one_news_index_per_home_page(news_index, home):
    assert not NewsIndexPage.can_create_at(home)
    assert NewsPage.can_create_at(news_index)
    assert PrizeAnnouncementPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(home)


def test_news_index_cannot_stand_under_a_standard_page(home):
    from tests.factories import StandardPageFactory

    about = StandardPageFactory(parent=home)
    assert not NewsIndexPage.can_create_at(about)
    assert NewsIndexPage not in StandardPage.allowed_subpage_models()


@pytest.fixture
def admin_client_logged_in(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-123456789")
    client.force_login(user)
    return client


def test_editor_creates_a_news_page_in_the_admin(admin_client_logged_in, news_index):
    url = f"/admin/pages/add/news/newspage/{news_index.pk}/"
    data = nested_form_data(
        {
            "title": "A seminar in Strasbourg",
            "slug": "seminar",
            "date": "2024-05-02",
            "introduction": "Participants met to exchange good practices.",
            "image": "",
            "image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>The programme.</p>"))]),
            "topic_links": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = NewsPage.objects.get(slug="seminar")
    assert page.live
    assert page.get_parent().pk == news_index.pk
    assert str(page.date) == "2024-05-02"


def test_editor_creates_a_prize_announcement_with_joint_winners(admin_client_logged_in, news_index):
    url = f"/admin/pages/add/news/prizeannouncementpage/{news_index.pk}/"
    winner = {
        "place": "1",
        "kind": "city",
        "country": "FR",
        "project_title": "",
        "text": rich_text("<p>Generic text.</p>"),
        "participant_page": "",
        "practice_page": "",
    }
    data = nested_form_data(
        {
            "title": "Prize announced",
            "slug": "prize-announced",
            "date": "2024-05-02",
            "introduction": "The prize was awarded.",
            "image": "",
            "image_alt": "",
            "edition": "9",
            "award_date": "2024-05-01",
            "body": streamfield([]),
            "topic_links": inline_formset([]),
            "winners": inline_formset(
                [{**winner, "name": "First town"}, {**winner, "name": "Second town"}]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = PrizeAnnouncementPage.objects.get(slug="prize-announced")
    assert page.edition == 9
    assert [(w.name, w.place) for w in page.winners.all()] == [
        ("First town", 1),
        ("Second town", 1),
    ]
    assert {w.locale.language_code for w in page.winners.all()} == {"en"}


def test_admin_refuses_a_prize_announcement_without_award_date(admin_client_logged_in, news_index):
    url = f"/admin/pages/add/news/prizeannouncementpage/{news_index.pk}/"
    data = nested_form_data(
        {
            "title": "Prize",
            "slug": "prize-x",
            "date": "2024-05-02",
            "introduction": "x",
            "edition": "9",
            "award_date": "",
            "body": streamfield([]),
            "topic_links": inline_formset([]),
            "winners": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 200
    assert not PrizeAnnouncementPage.objects.filter(slug="prize-x").exists()
