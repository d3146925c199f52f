"""The glossary: the terms that read the same everywhere, with the approved translation in
each language, kept as data in ``locale/glossary.csv`` (docs/languages.md, "Glossary").

The file has a column ``id``, a column ``en`` (the English term), a ``note`` for
translators, then one column per language code. A cell holds the approved translation
first, then, after " | ", the other forms a text may use (inflected forms, a short form).
A word ending in ``*`` stands for every word that begins so (``Rad* Evropy`` matches
"Rada Evropy" and "Rady Evropy"); matching ignores case. In the ``en`` cell, the forms are
what makes an English text use the term (``participant*``). The row whose id is
``register`` holds, per language, the note on how the site addresses its readers.

The check: wherever an English text (a catalog's msgid, a demo string, a page's source
text) uses a term, its translation must use one of the language's forms; otherwise the
term "drifts" there. Pure Python (no Django), so scripts and tests can use it alike.
"""

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parent.parent / "locale" / "glossary.csv"
REGISTER = "register"
FIXED_COLUMNS = ("id", "en", "note")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PLACEHOLDER_RE = re.compile(r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[sdif]|%[sd]|\{\w*\}|<[^>]*>")


@dataclass(frozen=True)
class Term:
    id: str
    english: tuple  # the approved English first, then the forms that use the term
    note: str
    translations: dict  # language code -> (approved, form, ...)

    def approved(self, language_code):
        forms = self.translations.get(language_code) or self.english
        return forms[0].replace("*", "")


@dataclass(frozen=True)
class Drift:
    where: str
    term: Term
    language_code: str
    source: str
    translation: str

    @property
    def approved(self):
        return self.term.approved(self.language_code)

    def message(self):
        return (
            f"{self.where}: {self.term.english[0]!r} is not translated as the glossary says "
            f"({self.language_code}: {self.term.approved(self.language_code)!r}) "
            f"in {self.translation[:120]!r}"
        )


class Glossary:
    def __init__(self, terms, register, languages):
        self.terms = terms
        self.register = register  # language code -> note on register
        self.languages = languages
        self._used = {}  # English text -> the terms it uses

    def drifts_in(self, language_code, source, translation):
        """The terms that ``source`` (English) uses and ``translation`` does not."""
        if language_code == "en" or not translation:
            return []
        if SLUG_RE.match(source) and SLUG_RE.match(translation):
            return []  # an address (slug), not text
        translation = PLACEHOLDER_RE.sub(" ", translation)
        return [
            term
            for term in self.terms_used(source)
            if language_code in term.translations
            and not matches_any(term.translations[language_code], translation)
        ]

    def terms_used(self, source):
        """The terms an English text uses (the same for every language: kept)."""
        used = self._used.get(source)
        if used is None:
            text = normalised(PLACEHOLDER_RE.sub(" ", source))
            spans = {term.id: spans_of(term.english, text) for term in self.terms}
            used = self._used[source] = [term for term in self.terms if own_spans(term, spans)]
        return used

    def check(self, language_code, texts):
        """``texts``: (where, English, translation) triples; the drifts found in them."""
        return [
            Drift(where, term, language_code, source, translation)
            for where, source, translation in texts
            for term in self.drifts_in(language_code, source, translation)
        ]


def cell(value):
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


@cache
def form_re(form):
    """A form as a regular expression: whole words, ``*`` for any ending, any spacing."""
    words = []
    for word in form.split():
        stem = word.rstrip("*")
        words.append(re.escape(stem) + (r"\w*" if word.endswith("*") else ""))
    return re.compile(r"(?<!\w)" + r"[\s\u00a0]+".join(words) + r"(?!\w)", re.IGNORECASE)


def normalised(text):
    """Typographic apostrophes as plain ones, so that "l’inclusion" is "l'inclusion"."""
    return text.replace("\u2019", "'").replace("\u02bc", "'")


def spans_of(forms, text):
    return [match.span() for form in forms for match in form_re(normalised(form)).finditer(text)]


def own_spans(term, spans):
    """Where the English text uses ``term`` itself, not as a part of a longer term (the
    Congress within "Dosta!-Congress Prize", "local and regional authorities" within the
    Congress's name): the longer term is checked instead."""
    others = [span for other, found in spans.items() if other != term.id for span in found]
    return [
        (start, end)
        for start, end in spans[term.id]
        if not any(
            low <= start and end <= high and high - low > end - start for low, high in others
        )
    ]


def matches_any(forms, text):
    text = normalised(text)
    return any(form_re(normalised(form)).search(text) for form in forms)


def load(path=GLOSSARY):
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        languages = [name for name in reader.fieldnames if name not in FIXED_COLUMNS]
        terms, register = [], {}
        for row in reader:
            if row["id"].strip() == REGISTER:
                register = {code: (row[code] or "").strip() for code in languages}
                continue
            terms.append(
                Term(
                    id=row["id"].strip(),
                    english=cell(row["en"]),
                    note=(row["note"] or "").strip(),
                    translations={code: cell(row[code]) for code in languages if cell(row[code])},
                )
            )
    return Glossary(terms, register, ["en", *languages])


def gaps(glossary, language_codes):
    """What the file lacks: a term without a translation, a language without its register
    note, one message each."""
    found = []
    for code in language_codes:
        if code == "en":
            continue
        if not glossary.register.get(code):
            found.append(f"{code}: no register note (row {REGISTER!r})")
        found += [
            f"{code}: no translation of {term.id!r}"
            for term in glossary.terms
            if code not in term.translations
        ]
    return found
