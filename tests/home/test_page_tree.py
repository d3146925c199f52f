"""Where home and standard pages may stand, and creating one through the admin."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage


def test_home_page_stands_under_the_root_only():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert StandardPage in HomePage.allowed_subpage_models()


def test_standard_page_stands_under_home_or_standard_pages():
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert StandardPage.allowed_subpage_models() == [StandardPage]


def test_one_home_page_per_parent(home, root_page):
    assert not HomePage.can_create_at(root_page)
    assert StandardPage.can_create_at(home)
    assert not StandardPage.can_create_at(root_page)


@pytest.fixture
def admin_client_logged_in(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-123456789")
    client.force_login(user)
    return client


def test_editor_creates_a_standard_page_in_the_admin(admin_client_logged_in, home):
    url = f"/admin/pages/add/home/standardpage/{home.pk}/"
    data = nested_form_data(
        {
            "title": "Objectives",
            "slug": "objectives",
            "introduction": "What the Alliance aims for.",
            "body": streamfield(
                [("paragraph", rich_text("<p>To promote the exchange of good practices.</p>"))]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="objectives")
    assert page.live
    assert page.get_parent().pk == home.pk
    assert "good practices" in str(page.body)


def test_admin_refuses_a_standard_page_without_title(admin_client_logged_in, home):
    url = f"/admin/pages/add/home/standardpage/{home.pk}/"
    data = nested_form_data({"title": "", "slug": "x", "body": streamfield([])})
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 200
    assert not StandardPage.objects.filter(slug="x").exists()
