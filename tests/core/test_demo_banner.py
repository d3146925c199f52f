"""The demo banner: shown on every page while DemoSettings.is_demo is on (core/demo.py turns
it on in load_demo), gone as soon as it is off, though the chrome is cached."""

import pytest
from django.test import override_settings

from core.models import DemoSettings
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

BANNER = 'class="demo-banner" role="note"'


def set_demo(value):
    settings = DemoSettings.load()
    settings.is_demo = value
    settings.save()


@override_settings(CHROME_CACHE_SECONDS=300)
def test_the_banner_follows_the_setting_through_the_cached_chrome(home, client):
    page = StandardPageFactory(parent=home)
    assert BANNER not in client.get(page.url).content.decode()
    set_demo(True)
    assert BANNER in client.get(page.url).content.decode()
    assert BANNER in client.get(home.url).content.decode()
    set_demo(False)
    assert BANNER not in client.get(page.url).content.decode()


def test_the_banner_is_in_the_visitors_language(home, locales, client):
    set_demo(True)
    french = home.copy_for_translation(locales["fr"], alias=True)
    html = client.get(french.url).content.decode()
    assert "Contenu d’exemple" in html


def test_load_demo_turns_the_banner_on(demo, client):
    assert DemoSettings.objects.get().is_demo
    html = client.get("/uk/").content.decode()
    assert BANNER in html
