"""Fixtures of the form tests: the demo join form in English and French, valid answers."""

import time

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from core.demo_helpers import translate_page
from forms import demo
from forms.models import FormsSettings

STAFF_EMAIL = "staff@example.org"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """The rate limit counts in the cache, which lives as long as the test process."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff_email(db):
    settings = FormsSettings.load()
    settings.staff_email = STAFF_EMAIL
    settings.save()
    return STAFF_EMAIL


@pytest.fixture
def french_home(home, locales, translate_page):
    return translate_page(home, locales["fr"], title="Accueil")


@pytest.fixture
def join_pages(home, french_home, locales, staff_email):
    """The demo join form, and its French translation made through wagtail-localize."""
    english = demo.ensure_form_page(home, demo.JOIN)
    french = translate_page(english, locales["fr"], demo.catalog)
    return {"en": english, "fr": french}


@pytest.fixture
def cooperation_pages(home, french_home, locales, staff_email):
    english = demo.ensure_form_page(home, demo.COOPERATE)
    french = translate_page(english, locales["fr"], demo.catalog)
    return {"en": english, "fr": french}


def honeypot_fields(seconds_ago=60):
    """The trap left empty, and a form shown ``seconds_ago``: what a person sends."""
    return {"whf_name": "", "whf_time": str(int(time.time()) - seconds_ago)}


def join_answers(**overrides):
    data = {
        "name_of_the_authority": "Example City",
        "kind_of_authority": "City",
        "country": "Exampleland",
        "contact_person": "Alex Example",
        "position": "Deputy mayor",
        "email": "alex@example.org",
        "telephone": "+00 1 23 45 67",
        "population": "120000",
        "motivation": "We wish to share our practices.",
        "consent": "on",
        **honeypot_fields(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def cooperation_answers(**overrides):
    data = {
        "name_of_the_ngo": "Example NGO",
        "country": "Exampleland",
        "website": "https://ngo.example.org/",
        "contact_person": "Sam Example",
        "email": "sam@example.org",
        "your_proposal": "A summer school for young Roma mediators.",
        "consent": "on",
        **honeypot_fields(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def field_block(response, name):
    """The ``.form-field`` element that holds the input ``name``."""
    element = soup(response).find(attrs={"name": name})
    assert element is not None, f"no input {name}"
    return element.find_parent(class_="form-field")
