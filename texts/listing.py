"""Adopted texts as their list shows them, read as rows rather than page models.

The list shows of each text its title, address, kind, reference, adoption date and
session: one ``values()`` query for the page shown, instead of ten page models (each
with its body and document). Each holds the language of its text (an untranslated copy
shows its source's: core/languages.py).
"""

import datetime
from dataclasses import dataclass

from core.languages import text_language
from texts.choices import TextKind

# What the list shows of each text (texts/adopted_text_index_page.html).
LISTED_FIELDS = ("pk", "title", "url_path", "kind", "reference", "adoption_date", "session")


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

    @property
    def kind_label(self):
        return TextKind(self.kind).label if self.kind in TextKind.values else self.kind


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
        )
        for row in texts.annotate(lang=text_language()).values(*LISTED_FIELDS, "lang")
    ]
