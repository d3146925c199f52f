"""Applicants' personal data: only the form managers (and superusers) see, export or delete
the submissions, make a profile of an application, or see where the forms' mails go.

Every test is logged in as one role only, made by ``setup_translators``; never a superuser.
"""

import io

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from openpyxl import load_workbook

from forms.admin_views import may_add_participants
from forms.models import FormsSettings, Submission
from participants.models import ParticipantPage
from tests.factories import ParticipantIndexPageFactory
from workflow.roles import EDITORS, FORM_MANAGERS, MODERATORS, translators_group_name

MARKER = "Applicant-Marker-4711"
FRENCH_TRANSLATORS = translators_group_name("fr")
NOT_MANAGERS = {
    "translator": [FRENCH_TRANSLATORS],
    "editor": [EDITORS],
    "moderator": [MODERATORS],
    "all three": [FRENCH_TRANSLATORS, EDITORS, MODERATORS],
}


@pytest.fixture
def forms_and_roles(home, join_pages, cooperation_pages):
    """Both forms in English and French, one application to each, a participants page,
    and the groups."""
    ParticipantIndexPageFactory(parent=home)
    call_command("setup_translators", stdout=io.StringIO())
    join = Submission.objects.create(
        page=join_pages["en"],
        form_data={"name_of_the_authority": MARKER, "country": "Czechia", "consent": True},
        language="fr",
        applicant_email="jana@example.org",
    )
    cooperation = Submission.objects.create(
        page=cooperation_pages["en"],
        form_data={"name_of_the_ngo": MARKER, "country": "Czechia", "consent": True},
        language="en",
        applicant_email="sam@example.org",
    )
    return {"join": join_pages, "cooperation": cooperation_pages}, [join, cooperation]


def submission_urls(page, submission):
    base = f"/admin/forms/submissions/{page.pk}/"
    delete = f"{base}delete/?selected-submissions={submission.pk}"
    return {
        "list": base,
        "csv": f"{base}?export=csv",
        "xlsx": f"{base}?export=xlsx",
        "delete": delete,
    }


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode(errors="replace")


def assert_refused(response):
    """A 403, or Wagtail's redirect to the admin home with its permission-denied message."""
    assert response.status_code in (302, 403), response.status_code
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
    assert MARKER not in body(response)


@pytest.mark.parametrize("role", NOT_MANAGERS)
def test_other_roles_see_export_and_delete_no_submission(client, forms_and_roles, make_user, role):
    pages, submissions = forms_and_roles
    client.force_login(make_user("someone", *NOT_MANAGERS[role]))
    for kind, submission in zip(("join", "cooperation"), submissions, strict=True):
        for language in ("en", "fr"):
            urls = submission_urls(pages[kind][language], submission)
            for name, url in urls.items():
                assert_refused(client.get(url)), (kind, language, name)
            assert_refused(client.post(urls["delete"]))
    assert Submission.objects.count() == 2

    index = client.get("/admin/forms/")
    assert index.status_code in (200, 302)
    assert "/admin/forms/submissions/" not in body(index)


@pytest.mark.parametrize("role", NOT_MANAGERS)
def test_other_roles_get_no_profile_from_an_application(client, forms_and_roles, make_user, role):
    _pages, (join, _cooperation) = forms_and_roles
    user = make_user("someone", *NOT_MANAGERS[role])
    client.force_login(user)
    assert_refused(client.post(f"/admin/participant-drafts/{join.pk}/"))
    assert not ParticipantPage.objects.exists()
    join.refresh_from_db()
    assert join.participant_page_id is None


def test_an_editor_who_may_add_participants_still_gets_no_profile(
    client, forms_and_roles, make_user
):
    _pages, (join, _cooperation) = forms_and_roles
    editor = make_user("erik", EDITORS)
    assert may_add_participants(editor)  # the old guard alone would let them
    client.force_login(editor)
    assert_refused(client.post(f"/admin/participant-drafts/{join.pk}/"))
    assert not ParticipantPage.objects.exists()


def test_a_form_manager_sees_exports_and_deletes(client, forms_and_roles, make_user):
    pages, submissions = forms_and_roles
    client.force_login(make_user("fiona", FORM_MANAGERS))
    index = client.get("/admin/forms/")
    assert index.status_code == 200
    for kind, submission in zip(("join", "cooperation"), submissions, strict=True):
        page = pages[kind]["en"]
        assert f"/admin/forms/submissions/{page.pk}/" in body(index)
        urls = submission_urls(page, submission)
        for language in ("en", "fr"):
            listing = client.get(submission_urls(pages[kind][language], submission)["list"])
            assert listing.status_code == 200
            assert MARKER in body(listing)
        csv_export = client.get(urls["csv"])
        assert csv_export.status_code == 200
        assert csv_export["Content-Type"].startswith("text/csv")
        assert MARKER in body(csv_export)
        xlsx_export = client.get(urls["xlsx"])
        assert xlsx_export.status_code == 200
        sheet = load_workbook(io.BytesIO(body_bytes(xlsx_export))).active
        assert MARKER in [cell.value for row in sheet.iter_rows() for cell in row]
        confirm = client.get(urls["delete"])
        assert confirm.status_code == 200
        assert client.post(urls["delete"]).status_code == 302
        assert not Submission.objects.filter(pk=submission.pk).exists()


def body_bytes(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_form_manager_alone_may_not_make_profiles(client, forms_and_roles, make_user):
    pages, (join, _cooperation) = forms_and_roles
    client.force_login(make_user("fiona", FORM_MANAGERS))
    listing = client.get(f"/admin/forms/submissions/{pages['join']['en'].pk}/")
    assert "Make a draft profile" not in body(listing)
    response = client.post(f"/admin/participant-drafts/{join.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/forms/submissions/{pages['join']['en'].pk}/"
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert said == ["You may not create participant profiles."]
    assert not ParticipantPage.objects.exists()


def test_a_form_manager_who_edits_makes_profiles(client, forms_and_roles, make_user):
    pages, (join, _cooperation) = forms_and_roles
    client.force_login(make_user("fiona", FORM_MANAGERS, EDITORS))
    listing = client.get(f"/admin/forms/submissions/{pages['join']['en'].pk}/")
    assert "Make a draft profile" in body(listing)
    response = client.post(f"/admin/participant-drafts/{join.pk}/")
    page = ParticipantPage.objects.get()
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert page.title == MARKER


def settings_url():
    return f"/admin/settings/forms/formssettings/{FormsSettings.load().pk}/"


def edit_form(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return body(response)


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_other_roles_do_not_see_where_the_mails_go(client, forms_and_roles, make_user, role):
    pages, _submissions = forms_and_roles
    client.force_login(make_user("someone", *NOT_MANAGERS[role]))
    for kind in ("join", "cooperation"):
        form = edit_form(client, pages[kind]["en"])
        assert 'name="consent_label"' in form  # the page's editor, with its other fields
        assert 'name="from_address"' not in form
    assert_refused(client.get(settings_url()))


def test_a_form_manager_sets_where_the_mails_go(client, forms_and_roles, make_user):
    pages, _submissions = forms_and_roles
    client.force_login(make_user("fiona", FORM_MANAGERS))
    for kind in ("join", "cooperation"):
        assert 'name="from_address"' in edit_form(client, pages[kind]["en"])
    settings = client.get(settings_url())
    assert settings.status_code == 200
    assert 'name="staff_email"' in body(settings)
    assert 'name="retention_days"' not in body(settings)  # superusers only


def test_deleting_takes_the_delete_permission_too(client, forms_and_roles, make_user):
    from django.contrib.auth.models import Group, Permission

    _pages, (join, _cooperation) = forms_and_roles
    readers = Group.objects.create(name="Readers")
    readers.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(content_type__app_label="forms", codename="view_submission"),
    )
    client.force_login(make_user("rita", "Readers"))
    urls = submission_urls(join.page, join)
    assert MARKER in body(client.get(urls["list"]))
    assert_refused(client.get(urls["delete"]))
    assert_refused(client.post(urls["delete"]))
    assert Submission.objects.filter(pk=join.pk).exists()
