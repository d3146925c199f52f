"""Fixtures of the form tests: the demo join form in English and French, valid answers,
and ``send``, which posts them as a browser does (with the trap fields of the form shown)."""

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


@pytest.fixture(autouse=True)
def no_wait(settings):
    """Tests send a form the moment they open it; test_spam puts the wait back."""
    settings.HONEYPOT_TIME_INTERVAL = 0


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
    }
    data.update(overrides)
    return data


def cooperation_answers(**overrides):
    data = {
        "name_of_the_ngo": "Example NGO",
        "country": "Exampleland",
        "website": "https://ngo.example.org/",
        "contact_person": "Sam Example",
        "email": "sam@example.org",
        "your_proposal": "A summer school for young Roma mediators.",
        "consent": "on",
    }
    data.update(overrides)
    return data


def trap_fields_in(html):
    """The trap fields of a form page's ``html`` as shown: what a browser sends back."""
    inputs = BeautifulSoup(html, "html.parser").select(".form-trap input")
    return {element["name"]: element.get("value", "") for element in inputs}


def trap_fields(client, url):
    """The trap fields of the form at ``url``, opened with the test ``client``."""
    return trap_fields_in(client.get(url).content.decode())


def send(client, url, answers, **kwargs):
    """Open the form at ``url``, then send ``answers`` with its trap fields, as a browser
    does. An answer of None leaves its field out (a trap field too)."""
    data = {**trap_fields(client, url), **answers}
    data = {name: value for name, value in data.items() if value is not None}
    return client.post(url, data, **kwargs)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def field_block(response, name):
    """The ``.form-field`` element that holds the input ``name``."""
    element = soup(response).find(attrs={"name": name})
    assert element is not None, f"no input {name}"
    return element.find_parent(class_="form-field")
