"""Where adopted-text pages may stand, and creating one through the admin."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import HomePage
from texts.models import AdoptedTextIndexPage, AdoptedTextPage


def test_texts_index_stands_under_a_home_page_and_holds_texts():
    assert AdoptedTextIndexPage.allowed_parent_page_models() == [HomePage]
    assert AdoptedTextIndexPage.allowed_subpage_models() == [AdoptedTextPage]
    assert AdoptedTextPage.allowed_parent_page_models() == [AdoptedTextIndexPage]
    assert AdoptedTextPage.allowed_subpage_models() == []


def test_one_texts_index_per_home_page(texts_index, home):
    assert not AdoptedTextIndexPage.can_create_at(home)
    assert AdoptedTextPage.can_create_at(texts_index)
    assert not AdoptedTextPage.can_create_at(home)


@pytest.fixture
def admin_client_logged_in(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-123456789")
    client.force_login(user)
    return client


def form(**overrides):
    data = {
        "title": "On an example subject",
        "slug": "example-subject",
        "kind": "recommendation",
        "reference": "Example reference 1",
        "adoption_date": "2014-03-26",
        "session": "Example session",
        "summary": rich_text("<p>What the text says.</p>"),
        "document": "",
        "related_links": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_creates_an_adopted_text_in_the_admin(admin_client_logged_in, texts_index):
    url = f"/admin/pages/add/texts/adoptedtextpage/{texts_index.pk}/"
    response = admin_client_logged_in.post(url, form())
    assert response.status_code == 302, response.content.decode()[:3000]
    page = AdoptedTextPage.objects.get(slug="example-subject")
    assert page.live
    assert page.kind == "recommendation"
    assert str(page.adoption_date) == "2014-03-26"


def test_admin_refuses_an_unknown_kind(admin_client_logged_in, texts_index):
    url = f"/admin/pages/add/texts/adoptedtextpage/{texts_index.pk}/"
    response = admin_client_logged_in.post(url, form(kind="decree"))
    assert response.status_code == 200
    assert not AdoptedTextPage.objects.filter(slug="example-subject").exists()
