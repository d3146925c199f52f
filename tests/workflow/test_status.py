"""The translation status report and command count what the tree holds."""

import io

from django.core.management import call_command
from wagtail.models import Page

from workflow.status import MISSING, OUT_OF_DATE, TRANSLATED, translation_status


def status_of(code):
    return next(s for s in translation_status([code]) if s.locale.language_code == code)


def test_counts_match_the_tree(demo):
    english_pages = Page.objects.filter(
        locale__language_code="en", depth__gt=1, alias_of__isnull=True
    ).live()
    french = status_of("fr")
    assert french.total == english_pages.count()
    assert (
        french.translated
        == Page.objects.filter(
            locale__language_code="fr", depth__gt=1, alias_of__isnull=True
        ).count()
    )
    german = status_of("de")
    german_translated = Page.objects.filter(
        locale__language_code="de", depth__gt=1, alias_of__isnull=True
    ).count()
    assert german_translated == 1  # load_demo translates the home page into every language
    assert german.translated == german_translated
    assert german.missing == english_pages.count() - german_translated
    assert german.out_of_date == 0


def test_a_changed_source_marks_its_translation_out_of_date(demo):
    about = Page.objects.get(locale__language_code="en", url_path__endswith="/about-us/").specific
    about.title = "About the Alliance"
    about.save_revision().publish()
    french = status_of("fr")
    states = {item.source.pk: item.state for item in french.pages}
    assert states[about.pk] == OUT_OF_DATE
    assert list(states.values()).count(OUT_OF_DATE) == 1
    assert TRANSLATED in states.values()

    output = io.StringIO()
    call_command("translation_status", "fr", "--pages", stdout=output)
    lines = output.getvalue().splitlines()
    assert lines[1].split() == ["fr", str(french.translated), "1", "0"]
    assert any("out of date" in line and "/about-us/" in line for line in lines)


def test_the_admin_report_shows_the_missing_pages_counted_from_the_tree(demo, admin_client):
    """Expected figure counted here from the tree, not by the function the report calls."""
    english = Page.objects.filter(
        locale__language_code="en", depth__gt=1, alias_of__isnull=True
    ).live()
    translated_keys = Page.objects.filter(
        locale__language_code="de", alias_of__isnull=True
    ).values_list("translation_key", flat=True)
    missing = english.exclude(translation_key__in=list(translated_keys)).count()
    assert missing > 0
    response = admin_client.get("/admin/reports/translation-status/?language=de")
    assert response.status_code == 200
    content = response.content.decode()
    assert f'<td class="status-{MISSING}">{missing}</td>' in content
    assert "/admin/localize/submit/page/" in content  # a link to translate each missing page


def test_the_report_needs_a_login_with_admin_access(client, demo, django_user_model):
    response = client.get("/admin/reports/translation-status/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    # A logged-in account without access to the admin is refused as well.
    client.force_login(django_user_model.objects.create_user("visitor", "v@example.org", "pw"))
    response = client.get("/admin/reports/translation-status/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
