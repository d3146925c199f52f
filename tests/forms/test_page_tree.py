"""Where the form pages stand, creating one in the admin, rendering, drafts and privacy."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from forms.models import CooperationFormPage, JoinFormField, JoinFormPage
from home.models import HomePage, StandardPage
from tests.factories import CooperationFormPageFactory, JoinFormPageFactory

from .conftest import field_block, soup


def test_form_pages_stand_under_the_home_page_only():
    for model in (JoinFormPage, CooperationFormPage):
        assert model.allowed_parent_page_models() == [HomePage]
        assert model.allowed_subpage_models() == []
    assert {JoinFormPage, CooperationFormPage} <= set(HomePage.allowed_subpage_models())


def test_one_form_page_of_each_kind_per_home(home):
    assert JoinFormPage.can_create_at(home)
    JoinFormPageFactory(parent=home)
    assert not JoinFormPage.can_create_at(home)
    assert CooperationFormPage.can_create_at(home)
    standard = StandardPage(title="About", slug="about")
    home.add_child(instance=standard)
    assert not JoinFormPage.can_create_at(standard)


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-123456789")
    client.force_login(user)
    return client


def form_page_post(fields, **extra):
    return nested_form_data(
        {
            "title": "Join the Alliance",
            "slug": "join",
            "intro": rich_text("<p>Apply here.</p>"),
            "privacy_text": rich_text("<p>Only staff see this.</p>"),
            "consent_label": "I agree.",
            "thank_you_text": rich_text("<p>Thanks.</p>"),
            "subject": "",
            "from_address": "",
            "honeypot": "on",
            "form_fields": inline_formset(fields),
            "action-publish": "publish",
            **extra,
        }
    )


def test_editor_creates_a_join_form_in_the_admin(admin_client, home):
    fields = [
        {"label": "Name of the authority", "field_type": "singleline", "required": "on"},
        {"label": "Email", "field_type": "email", "required": "on"},
    ]
    response = admin_client.post(
        f"/admin/pages/add/forms/joinformpage/{home.pk}/", form_page_post(fields)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = JoinFormPage.objects.get(slug="join")
    assert page.live and page.honeypot
    assert list(page.form_fields.values_list("clean_name", flat=True)) == [
        "name_of_the_authority",
        "email",
    ]
    assert set(page.form_fields.values_list("locale_id", flat=True)) == {page.locale_id}


def test_admin_refuses_a_field_named_like_the_consent_checkbox(admin_client, home):
    fields = [{"label": "Consent", "field_type": "checkbox", "required": "on"}]
    response = admin_client.post(
        f"/admin/pages/add/forms/joinformpage/{home.pk}/", form_page_post(fields)
    )
    assert response.status_code == 200
    assert "is reserved" in response.content.decode()
    assert not JoinFormPage.objects.exists()


RESERVED = "The name “consent” is reserved: the form has it already. Please choose another label."


def field_errors(response):
    """The errors of each row of the form's fields, as the editor sees them."""
    formset = response.context["form"].formsets["form_fields"]
    return [dict(form.errors) for form in formset.forms]


def test_a_removed_field_may_have_a_reserved_name(admin_client, home):
    """A row the editor removed (its DELETE box) is not a field of the form: its label
    is not checked, and the page is saved with the other fields."""
    fields = [
        {"label": "Consent", "field_type": "checkbox", "required": "on", "DELETE": "on"},
        {"label": "Email", "field_type": "email", "required": "on"},
    ]
    response = admin_client.post(
        f"/admin/pages/add/forms/joinformpage/{home.pk}/", form_page_post(fields)
    )
    assert response.status_code == 302, field_errors(response)
    page = JoinFormPage.objects.get(slug="join")
    assert list(page.form_fields.values_list("clean_name", flat=True)) == ["email"]


def test_a_reserved_name_after_a_removed_field_is_refused_on_its_own_label(admin_client, home):
    """The rows are all checked, past a removed one; the message sits on the label of the
    row that takes the name, and says which name and what to do."""
    fields = [
        {"label": "Old question", "field_type": "singleline", "DELETE": "on"},
        {"label": "Consent", "field_type": "checkbox", "required": "on"},
    ]
    response = admin_client.post(
        f"/admin/pages/add/forms/joinformpage/{home.pk}/", form_page_post(fields)
    )
    assert response.status_code == 200
    assert field_errors(response)[1] == {"label": [RESERVED]}
    assert not JoinFormPage.objects.exists()


def test_join_form_renders_in_english_and_french(client, join_pages):
    response = client.get("/en/join/")
    assert response.status_code == 200
    html = soup(response)
    assert html.find("html")["lang"] == "en"
    assert html.find("h1").get_text() == "Join the Alliance"
    assert (
        html.find("label", attrs={"for": "id_name_of_the_authority"})
        .get_text()
        .startswith("Name of the authority")
    )
    assert html.find("input", attrs={"name": "whf_name"}) is not None

    response = client.get(join_pages["fr"].url)
    assert join_pages["fr"].url == "/fr/rejoindre/"
    html = soup(response)
    assert html.find("html")["lang"] == "fr"
    assert html.find("h1").get_text() == "Rejoindre l'Alliance"
    # Same names as in English, French labels; choices shown in French, stored in English.
    label = html.find("label", attrs={"for": "id_name_of_the_authority"})
    assert label.get_text().startswith("Nom de la collectivité")
    city = html.find("input", attrs={"name": "kind_of_authority", "value": "City"})
    assert city.find_parent("label").get_text().strip() == "Ville"
    assert "365" in html.find(class_="form__privacy").get_text()


def test_help_text_is_tied_to_its_field(client, join_pages):
    block = field_block(client.get("/en/join/"), "email")
    email = block.find("input", attrs={"name": "email"})
    help_text = block.find(id=email["aria-describedby"])
    assert help_text.get_text() == "We send a confirmation to this address."
    assert email["autocomplete"] == "email"


def test_cooperation_form_renders(client, cooperation_pages):
    response = client.get("/en/cooperate/")
    assert response.status_code == 200
    html = soup(response)
    assert html.find("h1").get_text() == "Cooperate as NGO"
    assert html.find("input", attrs={"name": "website", "type": "url"}) is not None
    assert html.find("input", attrs={"name": "consent", "type": "checkbox"}) is not None
    assert client.get("/fr/cooperer/").status_code == 200


def test_landing_page_preview_renders(join_pages):
    page = join_pages["en"]
    assert (
        "Thank you for your interest"
        in page.serve_preview(_request(page), "landing").rendered_content
    )


def _request(page):
    from django.test import RequestFactory

    request = RequestFactory().get(page.url)
    request.user = AnonymousUser()
    return request


def test_draft_form_page_is_not_served(client, home):
    page = JoinFormPageFactory(parent=home, live=False)
    JoinFormField.objects.create(page=page, label="Name", field_type="singleline")
    assert client.get("/en/join/").status_code == 404


def test_private_form_page_asks_for_a_login(client, home):
    page = CooperationFormPageFactory(parent=home)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/en/cooperate/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]
