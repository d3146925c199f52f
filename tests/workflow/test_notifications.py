"""Issue 16: translators are mailed when an English page is published, once per publish,
in their own interface language, unless they turned it off; a mail failure is only logged."""

import logging

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from workflow.models import TranslationMailPreference
from workflow.roles import translators_group_name

from .test_translator_path import approve

FAILING = "tests.forms.failing_mail.FailingBackend"


@pytest.fixture
def about(demo):
    return Page.objects.get(locale__language_code="en", url_path__endswith="/about-us/").specific


@pytest.fixture
def translators(make_user):
    marie = make_user("marie", translators_group_name("fr"))
    profile = UserProfile.get_for_user(marie)
    profile.preferred_language = "fr"
    profile.save()
    rada = make_user("rada", translators_group_name("rom"))
    hans = make_user("hans", translators_group_name("de"))
    TranslationMailPreference.objects.create(user=hans, source_published=False)
    make_user("erik", "Editors")
    return marie, rada, hans


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def mails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_each_translator_is_mailed_once_per_publish_in_their_language(
    about, translators, django_capture_on_commit_callbacks
):
    marie, rada, hans = translators
    about.title = "About the Alliance"
    with django_capture_on_commit_callbacks() as callbacks:
        about.save_revision().publish()
    assert mail.outbox == []  # not before the publish is committed
    for callback in callbacks:
        callback()

    assert sorted(message.to[0] for message in mail.outbox) == [marie.email, rada.email]
    [french] = mails_to(marie.email)
    assert french.subject == "[Français] À traduire : « About the Alliance »"
    translation = Page.objects.get(
        translation_key=about.translation_key, locale__language_code="fr"
    )
    assert f"http://testserver/admin/pages/{translation.pk}/edit/" in french.body
    [romani] = mails_to(rada.email)
    assert romani.subject == "[Romani] To translate: “About the Alliance”"
    # Not translated into Romani: the link starts the translation.
    start = reverse("wagtail_localize:submit_page_translation", args=[about.pk])
    assert f"http://testserver{start}?select_locale=rom" in romani.body

    publish(about, django_capture_on_commit_callbacks)
    assert len(mails_to(marie.email)) == 2 and len(mails_to(rada.email)) == 2
    assert not mails_to(hans.email)


def test_publishing_a_translation_mails_nobody(
    about, translators, django_capture_on_commit_callbacks
):
    french = Page.objects.get(translation_key=about.translation_key, locale__language_code="fr")
    publish(french.specific, django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_a_translator_turns_the_mails_off_in_the_account_settings(
    client, about, translators, django_capture_on_commit_callbacks
):
    _marie, rada, _hans = translators
    client.force_login(rada)
    response = client.get(reverse("wagtailadmin_account"))
    assert "Translation mails" in response.content.decode()
    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": "Rada",
            "name_email-last_name": "R",
            "name_email-email": rada.email,
            "locale-preferred_language": "en",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
        },
    )
    assert response.status_code == 302
    assert not TranslationMailPreference.objects.get(user=rada).source_published
    publish(about, django_capture_on_commit_callbacks)
    assert not mails_to(rada.email)


def test_a_failing_mail_server_does_not_stop_the_publish(
    about, translators, make_user, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING
    about.title = "About the Alliance"
    about.save_revision()
    about.get_workflow().start(about, make_user("erik2", "Editors"))
    with caplog.at_level(logging.ERROR, logger="workflow.notifications"):
        with django_capture_on_commit_callbacks(execute=True):
            approve(about, make_user("mona", "Moderators"))
    about.refresh_from_db()
    assert about.live and about.title == "About the Alliance"
    assert not about.workflow_in_progress
    assert "Could not send the translation mail" in caplog.text
