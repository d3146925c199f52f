"""Arbitrary input never breaks the site (hypothesis).

Arbitrary strings and numbers (huge, negative, unicode, control characters, very long) go
to every GET filter, search and pagination parameter of every listing and GeoJSON route,
and to every field of both forms. A listing always answers 200 (a bad value is ignored);
a form never answers 500, and stores either one complete, valid submission or nothing.
"""

import datetime
import json

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from forms import demo as forms_demo
from forms import spam
from forms.models import Submission
from news.models import NewsTopic
from news.models.pages import NewsPageTopic
from practices.models import Theme
from tests.factories import (
    AdoptedTextIndexPageFactory,
    AdoptedTextPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)
from tests.forms.conftest import trap_fields

# database=None: no .hypothesis/ directory left in the worktree.
FAST = settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

CONTROL = st.characters(codec=None, categories=("Cc", "Cf", "Zl", "Zp"))
VALUE = st.one_of(
    st.text(max_size=40),
    st.integers().map(str),
    st.integers(min_value=-(10**60), max_value=10**60).map(str),
    st.floats().map(str),
    st.text(alphabet=CONTROL, max_size=20),
    st.text(min_size=1, max_size=8).map(lambda text: text * 1000),  # very long
    st.sampled_from(
        ["", " ", "0", "-1", "1e999", "NaN", "²", "١٢", "2020", "CZ", "city", "education"]
    ),
)

# Every GET parameter each listing reads (the page path is filled in from the fixture).
LISTINGS = {
    "news": ("news", "", ["topic", "year", "page"]),
    "practices": ("practices", "", ["country", "theme", "type", "year", "q", "page"]),
    "practices-geojson": ("practices", "geojson/", ["country", "theme", "type", "year", "q"]),
    "participants": ("participants", "", ["country", "kind"]),
    "participants-geojson": ("participants", "geojson/", ["country", "kind"]),
    "texts": ("texts", "", ["kind", "year", "q", "page"]),
    "search": (None, "/en/search/", ["q", "type", "page"]),
    "events": ("events", "", ["kind", "country", "year"]),
    "events-geojson": ("events", "geojson/", ["kind", "country", "year"]),
}


def params_for(names):
    return st.dictionaries(st.sampled_from(names), VALUE, min_size=1, max_size=len(names))


@pytest.fixture
def listings(home, locales):
    """One index of each kind with an item in it, built once per test function."""
    today = datetime.date.today()
    news = NewsIndexPageFactory(parent=home)
    topic = NewsTopic.objects.create(name="Housing", slug="housing", locale=locales["en"])
    item = NewsPageFactory(parent=news, date=today)
    NewsPageTopic.objects.create(page=item, topic=topic, locale=locales["en"])
    people = ParticipantIndexPageFactory(parent=home)
    city = ParticipantPageFactory(parent=people, country="CZ")
    practices = PracticeIndexPageFactory(parent=home)
    theme = Theme.objects.filter(locale=locales["en"]).first()
    PracticePageFactory(
        parent=practices, participant=city, start_year=2010, themes=[theme] if theme else []
    )
    texts = AdoptedTextIndexPageFactory(parent=home)
    AdoptedTextPageFactory(parent=texts, adoption_date=today)
    events = EventIndexPageFactory(parent=home)
    EventPageFactory(parent=events)
    return {
        "news": news,
        "participants": people,
        "practices": practices,
        "texts": texts,
        "events": events,
    }


@pytest.mark.parametrize("listing", list(LISTINGS))
def test_listings_answer_200_whatever_the_query_string(client, listings, listing):
    key, suffix, names = LISTINGS[listing]
    url = listings[key].url + suffix if key else suffix

    @FAST
    @given(params=params_for(names))
    # Always tried, whatever hypothesis draws: inputs that once broke a listing.
    @example(params=dict.fromkeys(names, "²"))  # a digit int() refuses
    @example(params=dict.fromkeys(names, '"'))  # an unbalanced quote (SQLite full text)
    @example(params=dict.fromkeys(names, "\x00"))  # NUL (PostgreSQL refuses it)
    @example(params=dict.fromkeys(names, "9" * 400))
    def check(params):
        response = client.get(url, params)
        assert response.status_code == 200, (url, params)
        if suffix == "geojson/":
            assert json.loads(response.content)["type"] == "FeatureCollection"

    check()


# Forms -------------------------------------------------------------------------------


def form_fields(page):
    return [field.clean_name for field in page.get_form_fields()] + ["consent"]


PERSON = "the trap fields of the form shown"


def honeypot():
    """A person's trap fields (PERSON: those of the form shown, with its signed token), or
    a robot's (filled trap, made-up token, missing, junk)."""
    return st.one_of(
        st.just(PERSON),
        st.just(PERSON),
        st.fixed_dictionaries({"whf_name": VALUE, "whf_time": VALUE}),
        st.fixed_dictionaries({"whf_name": st.just(""), "whf_time": VALUE}),
        st.just({}),
    )


@pytest.mark.parametrize("spec", ["JOIN", "COOPERATE"])
def test_form_posts_never_fail_and_store_all_or_nothing(client, home, settings, spec):
    settings.FORMS_RATE_LIMIT = None  # every example comes from the same address
    settings.HONEYPOT_TIME_INTERVAL = 0  # the form is sent the moment it is shown
    page = forms_demo.ensure_form_page(home, getattr(forms_demo, spec))
    names = form_fields(page)
    valid = {
        field.clean_name: {
            "email": "person@example.org",
            "url": "https://example.org/",
            "number": "12",
            "radio": "City",
        }.get(field.field_type, "An answer")
        for field in page.get_form_fields()
    } | {"consent": "on"}
    # Each field keeps a valid answer, takes an arbitrary one, or is left out.
    answers = st.fixed_dictionaries(
        {},
        optional={
            name: st.one_of(st.just(valid[name]), VALUE, st.lists(VALUE, max_size=3))
            for name in names
        },
    )
    stats = {"stored": 0, "refused": 0}

    @FAST
    @given(answers=answers, trap=honeypot())
    def check(answers, trap):
        cache.clear()
        if trap == PERSON:
            trap = trap_fields(client, page.url)
        data = {**answers, **trap}
        before = Submission.objects.count()
        response = client.post(page.url, data)
        assert response.status_code < 500, data
        stored = Submission.objects.count() - before
        form = page.get_form(client_post_data(data), page=page, user=None)
        tripped = spam.honeypot_tripped(client_post_data(data), page)
        expected = int(form.is_valid() and not tripped)
        assert stored == expected, data
        assert (response.status_code == 302) == bool(stored), data  # then the thank-you page
        if stored:
            stats["stored"] += 1
            submission = Submission.objects.order_by("-pk").first()
            assert set(submission.form_data) >= set(valid), "a partial record"
            for field in page.get_form_fields():
                if field.required:
                    assert submission.form_data[field.clean_name] not in ("", None, [])
            assert submission.form_data["consent"] is True
        else:
            stats["refused"] += 1

    check()
    assert stats["refused"] > 0  # the examples did try bad data


def client_post_data(data):
    """``data`` as the page receives it: a QueryDict, lists for repeated fields."""
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for name, value in data.items():
        if isinstance(value, list):
            query.setlist(name, [str(item) for item in value])
        else:
            query[name] = str(value)
    return query
