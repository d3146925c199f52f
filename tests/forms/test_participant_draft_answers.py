"""How a join application's answers fill a draft participant profile (forms/participant_draft.py):
each answer read, cleaned or left blank, with values written by hand."""

import pytest

from forms.models import Submission
from forms.participant_draft import (
    CannotMakeDraft,
    answer,
    country_code,
    make_participant_draft,
    population,
)
from participants.models import ParticipantKind, ParticipantPage
from tests.factories import ParticipantIndexPageFactory, ParticipantPageFactory


def test_an_answer_is_the_first_key_given_trimmed():
    data = {"name": "  Second key  ", "authority": "Third key"}
    assert answer(data, ("name_of_the_authority", "name", "authority")) == "Second key"


def test_an_empty_answer_falls_through_to_the_next_key():
    assert answer({"name": "", "authority": "Kept"}, ("name", "authority")) == "Kept"
    assert answer({"name": None}, ("name",)) == ""


def test_a_list_answer_is_joined_with_commas():
    assert answer({"kind": ["City", "Region"]}, ("kind",)) == "City, Region"


def test_a_number_answer_is_read_as_text():
    assert answer({"population": 12000}, ("population",)) == "12000"


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("cz", "fr", "CZ"),  # an ISO code, in any case
        ("Czechia", "en", "CZ"),
        ("République tchèque", "fr", "CZ"),  # the applicant's language
        ("Greece", "fr", "GR"),  # English when the applicant's language does not know it
        ("Greece", "", "GR"),  # no language given
        ("Atlantis", "fr", ""),
        ("", "fr", ""),
    ],
)
def test_the_country_is_found_by_code_or_by_name(text, language, expected):
    assert country_code(text, language) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2 300", 2300),
        ("about 120,000 people", 120000),
        ("999999999", 999999999),  # nine digits: kept
        ("1234567890", None),  # ten digits: not a town's population
        ("unknown", None),
        ("", None),
    ],
)
def test_the_population_keeps_its_digits_when_plausible(text, expected):
    assert population(text) == expected


@pytest.fixture
def participants_index(home):
    return ParticipantIndexPageFactory(parent=home)


def submission_of(join_pages, **answers):
    data = {
        "name_of_the_authority": "Obrnice",
        "kind_of_authority": "City",
        "country": "CZ",
        "email": "mayor@example.org",
        **answers,
    }
    return Submission.objects.create(
        page=join_pages["en"], form_data=data, language="en", applicant_email=data["email"]
    )


def test_the_kind_is_city_or_region_else_other(join_pages, participants_index):
    kinds = {}
    for number, kind in enumerate(["CITY", "Region", "County"]):
        submission = submission_of(
            join_pages, name_of_the_authority=f"Authority {number}", kind_of_authority=kind
        )
        kinds[kind] = make_participant_draft(submission).kind
    assert kinds == {
        "CITY": ParticipantKind.CITY,
        "Region": ParticipantKind.REGION,
        "County": ParticipantKind.OTHER,
    }


def test_a_bad_website_or_email_is_left_blank_and_a_good_one_kept(join_pages, participants_index):
    bad = make_participant_draft(
        submission_of(join_pages, website="not a site", email="not-an-address")
    )
    assert (bad.website, bad.contact_email) == ("", "")
    good = make_participant_draft(
        submission_of(
            join_pages,
            name_of_the_authority="Heraklion",
            website="https://heraklion.example.org/",
            email="mayor@heraklion.example.org",
        )
    )
    assert (good.website, good.contact_email) == (
        "https://heraklion.example.org/",
        "mayor@heraklion.example.org",
    )


def test_a_taken_slug_gets_the_next_free_number(join_pages, participants_index):
    ParticipantPageFactory(parent=participants_index, title="Obrnice", slug="obrnice")
    assert make_participant_draft(submission_of(join_pages)).slug == "obrnice-2"
    assert make_participant_draft(submission_of(join_pages)).slug == "obrnice-3"


def test_a_name_without_letters_or_digits_gets_the_slug_participant(join_pages, participants_index):
    page = make_participant_draft(submission_of(join_pages, name_of_the_authority="!!!"))
    assert page.slug == "participant"


def test_no_name_is_refused_and_nothing_made(join_pages, participants_index):
    with pytest.raises(CannotMakeDraft, match="no name of the authority"):
        make_participant_draft(submission_of(join_pages, name_of_the_authority=""))
    assert not ParticipantPage.objects.exists()


def test_without_a_participants_page_nothing_is_made(join_pages):
    with pytest.raises(CannotMakeDraft, match="no participants page"):
        make_participant_draft(submission_of(join_pages))
    assert not ParticipantPage.objects.exists()


def test_the_draft_is_a_revision_owned_by_the_user_who_made_it(
    join_pages, participants_index, django_user_model
):
    editor = django_user_model.objects.create_user("editor", password="pw-123456789")
    page = make_participant_draft(submission_of(join_pages), user=editor)
    page.refresh_from_db()
    assert page.owner == editor
    assert not page.live
    assert page.latest_revision.user == editor
    assert page.get_parent().pk == participants_index.pk
