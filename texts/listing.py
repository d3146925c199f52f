"""Adopted texts as their list shows them, read as rows rather than page models.

The list shows of each text its title, address, kind, reference, adoption date and
session, and its document (type, size, address): one ``values()`` query for the page
shown, instead of ten page models (each with its body and document). Each holds the
language of its text (an untranslated copy shows its source's: core/languages.py).

A document in a collection with a view restriction (Wagtail's collection privacy: a
password, a login, groups) is never linked from the list: only its text page says it
exists, and Wagtail's document view asks for the password or login there.
"""

import datetime
import os
from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from core.languages import text_language
from texts.choices import TextKind

# What the list shows of each text (texts/adopted_text_index_page.html).
LISTED_FIELDS = ("pk", "title", "url_path", "kind", "reference", "adoption_date", "session")
DOCUMENT_FIELDS = ("document_id", "document__file", "document__file_size")


@dataclass(frozen=True, slots=True)
class ListedText:
    """An adopted text as the list shows it."""

    pk: int
    title: str
    url: str | None
    kind: str
    reference: str
    adoption_date: datetime.date
    session: str
    lang: str  # the language of the title, reference and session
    document: "ListedDocument | None" = None  # a public document only

    @property
    def kind_label(self):
        return TextKind(self.kind).label if self.kind in TextKind.values else self.kind


@dataclass(frozen=True, slots=True)
class ListedDocument:
    """A text's document as the list links it: address, type ("PDF"), size in bytes."""

    url: str
    file_type: str
    size: int | None  # unknown for a file Wagtail has not measured


def document_restricted():
    """True for a row whose document's collection, or one of its ancestors, has a view
    restriction (an expression for the rows query)."""
    # The restricted collection's path begins the document's collection's (treebeard's
    # materialised paths: an ancestor's path is a prefix of its descendants').
    document_path = OuterRef("document__collection__path")
    prefix = Substr(document_path, 1, Length("collection__path"))
    return Exists(CollectionViewRestriction.objects.filter(collection__path=prefix))


def listed_document(row):
    """The ``ListedDocument`` of a row, or None (no document, or a restricted one)."""
    if row["document_id"] is None or row["document_restricted"] or not row["document__file"]:
        return None
    # An unsaved model for Wagtail's own address (its serve view, or the file's, as the
    # WAGTAILDOCS_SERVE_METHOD setting says), without a query (a collection given: its
    # default is the root collection, read from the database).
    document = get_document_model()(
        id=row["document_id"], file=row["document__file"], collection_id=None
    )
    extension = os.path.splitext(row["document__file"])[1][1:]
    return ListedDocument(
        url=document.url, file_type=extension.upper(), size=row["document__file_size"]
    )


def listed_text_rows(texts, urls):
    """The texts of the queryset ``texts`` (ordered, sliced) as ``ListedText``; ``urls``
    gives their addresses (core/page_urls.py)."""
    return [
        ListedText(
            pk=row["pk"],
            title=row["title"],
            url=urls(row["pk"], row["url_path"]),
            kind=row["kind"],
            reference=row["reference"],
            adoption_date=row["adoption_date"],
            session=row["session"],
            lang=row["lang"],
            document=listed_document(row),
        )
        for row in texts.annotate(
            lang=text_language(), document_restricted=document_restricted()
        ).values(*LISTED_FIELDS, *DOCUMENT_FIELDS, "lang", "document_restricted")
    ]
