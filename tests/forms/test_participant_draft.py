"""A join application becomes a draft participant profile from the admin."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages

from forms.models import Submission
from participants.models import ParticipantKind, ParticipantPage
from tests.factories import ParticipantIndexPageFactory


@pytest.fixture
def participants_index(home):
    return ParticipantIndexPageFactory(parent=home)


def application(join_pages, **answers):
    data = {
        "name_of_the_authority": "Ville-Exemple",
        "kind_of_authority": "Region",
        "country": "République tchèque",
        "contact_person": "Jana Example",
        "email": "jana@example.org",
        "population": "2 300",
        "consent": True,
        **answers,
    }
    return Submission.objects.create(
        page=join_pages["en"], form_data=data, language="fr", applicant_email=data["email"]
    )


def test_an_application_becomes_a_draft_profile(admin_client, join_pages, participants_index):
    submission = application(join_pages)
    listing = admin_client.get(f"/admin/forms/submissions/{join_pages['en'].pk}/")
    assert "Make a draft profile" in listing.content.decode()

    response = admin_client.post(f"/admin/participant-drafts/{submission.pk}/")
    page = ParticipantPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert said == ["Draft profile “Ville-Exemple” created: complete it and submit it."]
    assert not page.live
    assert page.get_parent().pk == participants_index.pk
    assert (page.title, page.kind, page.country.code) == (
        "Ville-Exemple",
        ParticipantKind.REGION,
        "CZ",
    )
    assert (page.population, page.contact_name, page.contact_email) == (
        2300,
        "Jana Example",
        "jana@example.org",
    )
    submission.refresh_from_db()
    assert submission.participant_page_id == page.pk
    # made by the one who clicked: the draft's owner and its revision's author
    admin = response.wsgi_request.user
    assert page.owner_id == admin.pk
    assert page.latest_revision.user_id == admin.pk

    again = admin_client.post(f"/admin/participant-drafts/{submission.pk}/")
    assert again["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert ParticipantPage.objects.count() == 1
    listing = admin_client.get(f"/admin/forms/submissions/{join_pages['en'].pk}/")
    assert "Open the draft profile" in listing.content.decode()


def test_an_unknown_country_is_refused_with_a_message(admin_client, join_pages, participants_index):
    submission = application(join_pages, country="Atlantis")
    response = admin_client.post(f"/admin/participant-drafts/{submission.pk}/", follow=True)
    assert "is not recognised" in response.content.decode()
    assert not ParticipantPage.objects.exists()


def test_a_get_changes_nothing(admin_client, join_pages, participants_index):
    submission = application(join_pages)
    assert admin_client.get(f"/admin/participant-drafts/{submission.pk}/").status_code == 405
    assert not ParticipantPage.objects.exists()


def test_the_list_links_each_application_to_its_own_draft_or_button(
    admin_client, join_pages, participants_index
):
    made = application(join_pages, name_of_the_authority="Made-Town")
    waiting = application(join_pages, name_of_the_authority="Waiting-Town")
    admin_client.post(f"/admin/participant-drafts/{made.pk}/")
    draft = ParticipantPage.objects.get()
    html = admin_client.get(f"/admin/forms/submissions/{join_pages['en'].pk}/").content.decode()
    page = BeautifulSoup(html, "html.parser")
    assert [th.get_text(strip=True) for th in page.select("thead th")][-1] == (
        "Participant profile"
    )
    # Named like Wagtail's own columns (its heading's id), and not a sort link.
    last = page.select("thead th")[-1]
    assert (last.get("id"), last.select("a")) == ("participant", [])
    links = [a["href"] for a in page.select("tbody a") if "/admin/pages/" in a["href"]]
    assert links == [f"/admin/pages/{draft.pk}/edit/"]
    (button_form,) = page.select("tbody form")
    assert button_form["action"] == f"/admin/participant-drafts/{waiting.pk}/"
    assert len(button_form.select_one("input[name=csrfmiddlewaretoken]")["value"]) >= 32
