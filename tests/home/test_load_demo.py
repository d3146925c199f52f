"""load_demo builds the demo site from the seeds, translated into French, and is idempotent."""

from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation

from core.models import AllianceSettings
from home.models import HomePage, StandardPage


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("locale__language_code", "url_path", "live", "alias_of_id")
        ),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "sites": list(Site.objects.values_list("hostname", "root_page_id")),
        "locales": Locale.objects.count(),
    }


def test_load_demo_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert snapshot() == before


def test_demo_has_the_seed_pages(demo):
    home = HomePage.objects.get(locale__language_code="en")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert "fights discrimination against Roma" in home.mission
    assert "Roma and Travellers" in home.terminology_note
    slugs = set(StandardPage.objects.child_of(home).values_list("slug", flat=True))
    assert slugs == {"about-us", "objectives", "contact"}
    assert AllianceSettings.load().email == "alliance@coe.int"


def test_every_locale_has_the_whole_tree(demo):
    english = Page.objects.filter(locale__language_code="en", depth__gt=1).count()
    for code, _name in settings.LANGUAGES:
        assert Page.objects.filter(locale__language_code=code, depth__gt=1).count() == english


def test_french_pages_are_real_translations_a_translator_can_edit(demo):
    french = Locale.objects.get(language_code="fr")
    pages = Page.objects.filter(locale=french, depth__gt=1).type(HomePage, StandardPage)
    assert pages.count() == 4
    assert not pages.filter(alias_of__isnull=False).exists()
    assert set(pages.values_list("title", flat=True)) == {
        "Alliance européenne des villes et des régions pour l'inclusion des Roms",
        "À propos",
        "Objectifs",
        "Contact",
    }
    for translation in Translation.objects.filter(target_locale=french):
        total, translated = translation.get_progress()
        assert total == translated > 0


def test_demo_pages_render(client, demo):
    for url in ["/en/", "/en/about-us/", "/fr/a-propos/", "/fr/objectifs/", "/cs/contact/"]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Historique" in client.get("/fr/a-propos/").content.decode()
