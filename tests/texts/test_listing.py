"""The adopted-texts index: kind and year filters, search, bad values, query counts."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

from tests.factories import AdoptedTextIndexPageFactory, AdoptedTextPageFactory
from texts.models import AdoptedTextRelation


def titles(response):
    return re.findall(
        r'class="text-item__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


@pytest.fixture
def texts(texts_index):
    AdoptedTextPageFactory(
        parent=texts_index,
        title="On housing",
        kind="resolution",
        adoption_date=datetime.date(2014, 3, 26),
        summary="<p>Access to decent housing for Roma families.</p>",
    )
    AdoptedTextPageFactory(
        parent=texts_index,
        title="On schools",
        kind="recommendation",
        adoption_date=datetime.date(2015, 10, 20),
        summary="<p>School attendance and mediators.</p>",
    )
    AdoptedTextPageFactory(
        parent=texts_index,
        title="On participation",
        kind="declaration",
        adoption_date=datetime.date(2014, 10, 15),
        summary="<p>Participation in local life.</p>",
    )


def test_texts_are_listed_most_recent_first(client, texts_index, texts):
    response = client.get(texts_index.url)
    assert response.status_code == 200
    assert titles(response) == ["On schools", "On participation", "On housing"]


def test_kind_filter(client, texts_index, texts):
    response = client.get(texts_index.url, {"kind": "recommendation"})
    assert titles(response) == ["On schools"]
    assert '<option value="recommendation" selected>' in response.content.decode()


def test_year_filter(client, texts_index, texts):
    response = client.get(texts_index.url, {"year": "2014"})
    assert titles(response) == ["On participation", "On housing"]


def test_search_finds_words_of_the_summary(client, texts_index, texts):
    response = client.get(texts_index.url, {"q": "housing families"})
    assert titles(response) == ["On housing"]
    response = client.get(texts_index.url, {"q": "mediators", "year": "2014"})
    assert titles(response) == []
    assert "No text matches your search." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [{"kind": "zzz"}, {"year": "abc"}, {"page": "999"}, {"year": "1800"}, {"q": "x" * 500}],
)
def test_bad_filter_values_give_a_normal_page(client, texts_index, texts, query):
    response = client.get(texts_index.url, query)
    assert response.status_code == 200
    if "q" not in query:
        assert len(titles(response)) == 3


def test_drafts_private_texts_and_other_languages_are_not_listed(
    client, texts_index, texts, locales, translate_page
):
    draft = AdoptedTextPageFactory(parent=texts_index, title="Draft")
    draft.unpublish()
    private = AdoptedTextPageFactory(parent=texts_index, title="Private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret-123"
    )
    french_index = translate_page(texts_index, locales["fr"], title="Textes", slug="textes")
    AdoptedTextPageFactory(parent=french_index, title="En français")
    assert titles(client.get(texts_index.url)) == ["On schools", "On participation", "On housing"]
    assert titles(client.get(french_index.url)) == ["En français"]


def test_pagination_keeps_the_filters(client, texts_index):
    for _n in range(25):
        AdoptedTextPageFactory(parent=texts_index, kind="resolution")
    response = client.get(texts_index.url, {"kind": "resolution"})
    assert len(titles(response)) == 20
    assert 'href="?kind=resolution&amp;page=2"' in response.content.decode()


def test_adopted_text_page_renders_with_document_and_related_texts(
    client, texts_index, settings, tmp_path
):
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(
        title="Full text", file=ContentFile(b"%PDF-1.4 example", name="text.pdf")
    )
    other = AdoptedTextPageFactory(parent=texts_index, title="An older text")
    page = AdoptedTextPageFactory(
        parent=texts_index,
        title="A text",
        reference="Example reference 9",
        session="Example session",
        document=document,
    )
    AdoptedTextRelation.objects.create(page=page, text=other)
    response = client.get(page.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>A text</h1>" in content
    assert "Read the full text of Example reference 9" in content
    assert f'href="{document.url}"' in content
    assert f'<a href="{other.url}">An older text</a>' in content
    assert "<dd>Resolution</dd>" in content


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_number_of_queries_does_not_grow_with_the_texts(client, home):
    index = AdoptedTextIndexPageFactory(parent=home)
    for _n in range(5):
        AdoptedTextPageFactory(parent=index)
    urls = [index.url, f"{index.url}?kind=resolution&year=2015", f"{index.url}?q=example"]
    with_five = [count_queries(client, url) for url in urls]
    for _n in range(45):
        AdoptedTextPageFactory(parent=index)
    with_fifty = [count_queries(client, url) for url in urls]
    print("queries (index, filtered, search) with 5 and 50 texts:", with_five, with_fifty)
    assert with_five == with_fifty, (with_five, with_fifty)
