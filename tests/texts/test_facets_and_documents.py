"""The adopted texts' filters show counts; the list links each text's public document
with its type and size, in the visitor's language's number format."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import AdoptedTextPageFactory

SIZE = 1_234_567  # bytes: 1.2 MB


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def document(title, name, collection=None, size=SIZE):
    fields = {"collection": collection} if collection else {}
    return Document.objects.create(
        title=title, file=ContentFile(b"%PDF-1.4 example", name=name), file_size=size, **fields
    )


@pytest.fixture
def texts(texts_index):
    for title, kind, day in [
        ("On housing", "resolution", datetime.date(2014, 3, 26)),
        ("On schools", "recommendation", datetime.date(2015, 10, 20)),
        ("On participation", "declaration", datetime.date(2014, 10, 15)),
        ("On health", "resolution", datetime.date(2015, 3, 2)),
        ("On mediators", "resolution", datetime.date(2015, 6, 9)),
    ]:
        AdoptedTextPageFactory(parent=texts_index, title=title, kind=kind, adoption_date=day)


def counts(response, name):
    return {value: count for value, _label, count in response.context[name]}


def test_kind_and_year_choices_show_how_many_texts_each_would_list(client, texts_index, texts):
    response = client.get(texts_index.url)
    assert counts(response, "kinds") == {"resolution": 3, "recommendation": 1, "declaration": 1}
    assert counts(response, "years") == {2015: 3, 2014: 2}
    content = response.content.decode()
    assert '<option value="resolution">Resolution (3)</option>' in content
    assert '<option value="2014">2014 (2)</option>' in content


def test_counts_apply_the_other_filters(client, texts_index, texts):
    response = client.get(texts_index.url, {"year": "2014"})
    # Kinds counted within 2014; years counted over every kind (their own filter left out).
    assert counts(response, "kinds") == {"resolution": 1, "recommendation": 0, "declaration": 1}
    assert counts(response, "years") == {2015: 3, 2014: 2}
    response = client.get(texts_index.url, {"kind": "resolution"})
    assert counts(response, "years") == {2015: 2, 2014: 1}
    assert '<option value="resolution" selected>Resolution (3)</option>' in (
        response.content.decode()
    )


def test_counts_apply_the_search_words(client, texts_index, texts):
    response = client.get(texts_index.url, {"q": "schools"})
    assert counts(response, "kinds") == {"resolution": 0, "recommendation": 1, "declaration": 0}
    assert counts(response, "years") == {2015: 1, 2014: 0}


def test_the_list_links_each_document_with_its_type_and_size(client, texts_index, media):
    pdf = document("Full text", "housing.pdf")
    odt = document("Full text", "schools.odt", size=None)  # never measured: no size
    AdoptedTextPageFactory(parent=texts_index, title="On housing", reference="R 1", document=pdf)
    AdoptedTextPageFactory(parent=texts_index, title="On schools", reference="R 2", document=odt)
    AdoptedTextPageFactory(parent=texts_index, title="No document", reference="R 3")
    content = client.get(texts_index.url).content.decode()
    assert (
        f'<p class="text-item__document"><a href="{pdf.url}">Download the full text'
        '<span class="visually-hidden">: R 1</span></a> (PDF, 1.2\xa0MB)</p>'
    ) in content
    assert f'<a href="{odt.url}">Download the full text' in content
    assert "(ODT)</p>" in content
    assert content.count('class="text-item__document"') == 2
    # The link answers with the file itself.
    assert client.get(pdf.url).status_code == 200


def test_sizes_in_the_visitors_language(client, texts_index, media, locales, translate_page):
    pdf = document("Texte intégral", "logement.pdf")
    translate_page(texts_index.get_parent(), locales["fr"], title="Accueil")
    french = translate_page(texts_index, locales["fr"], title="Textes", slug="textes")
    AdoptedTextPageFactory(parent=french, title="Sur le logement", reference="R 1", document=pdf)
    content = client.get(french.url).content.decode()
    assert f'<a href="{pdf.url}">Télécharger le texte intégral' in content
    assert "(PDF, 1,2\xa0Mio)" in content  # Django's French: mebioctets


def test_a_document_in_a_private_collection_is_never_linked(client, texts_index, media):
    private = Collection.get_first_root_node().add_child(name="Members only")
    inner = private.add_child(name="Drafts of the bureau")
    guarded = document("Guarded", "guarded.pdf", collection=inner)
    public = document("Public", "public.pdf")
    AdoptedTextPageFactory(parent=texts_index, title="Guarded text", document=guarded)
    AdoptedTextPageFactory(parent=texts_index, title="Public text", document=public)
    assert guarded.url in client.get(texts_index.url).content.decode()
    # A restriction on an ancestor collection guards it: the list (kept per content
    # generation) stops linking it at once.
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="x" * 12
    )
    content = client.get(texts_index.url).content.decode()
    assert guarded.url not in content
    assert "guarded.pdf" not in content
    assert public.url in content
    assert content.count('class="text-item__document"') == 1


def test_documents_add_no_query(client, texts_index, media):
    def queries():
        client.get(texts_index.url)
        with CaptureQueriesContext(connection) as captured:
            client.get(texts_index.url + "?q=example")
        return len(captured)

    AdoptedTextPageFactory(parent=texts_index)
    without = queries()
    for n in range(5):
        AdoptedTextPageFactory(parent=texts_index, document=document(f"D{n}", f"d{n}.pdf"))
    assert queries() == without
