"""One spelling of each name and term in a language: the chosen spellings, kept as data in
``locale/<code>/spellings.csv``, checked over texts (catalog entries, demo strings).

The file's columns (several values in a cell are separated by " | "):

- ``term``: the English name or term; ``spelling``: the chosen spelling, as people read it;
- ``forms``: every form the texts may use (inflected words, or whole phrases for a name);
- ``stems``: how a word of the term's family begins (any case): every such word must sit
  inside one of the ``forms``, so a second spelling is found even if nobody listed it;
- ``variants``: known wrong spellings, reported with the chosen one. A one-letter variant
  is a letter the spelling does not use, found in any word.
- ``note``: for translators.

Pure Python (no Django), so scripts and tests can use it alike.
"""

import csv
import re
from dataclasses import dataclass

PLACEHOLDER_RE = re.compile(r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[sdif]|%[sd]|\{\w*\}|<[^>]*>")
WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Term:
    term: str
    spelling: str
    forms: tuple
    stems: tuple
    variants: tuple
    note: str = ""


def _cell(value):
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def load(path):
    """The terms of a spellings file, in its order."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [
            Term(
                term=row["term"].strip(),
                spelling=row["spelling"].strip(),
                forms=_cell(row["forms"]),
                stems=tuple(stem.lower() for stem in _cell(row["stems"])),
                variants=_cell(row["variants"]),
                note=(row.get("note") or "").strip(),
            )
            for row in csv.DictReader(handle)
        ]


def _phrase_re(phrase):
    words = [re.escape(word) for word in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def contradictions(terms):
    """Rows that contradict each other: a form of one term listed as a variant of another,
    or a form that does not begin with one of its own term's stems."""
    found = []
    variants = {variant.lower(): term for term in terms for variant in term.variants}
    for term in terms:
        for form in term.forms:
            if form.lower() in variants:
                found.append(
                    f"{form!r} is a form of {term.term!r} and a variant of "
                    f"{variants[form.lower()].term!r}"
                )
            words = [word.lower() for word in WORD_RE.findall(form)]
            if term.stems and not any(w.startswith(term.stems) for w in words):
                found.append(f"form {form!r} of {term.term!r} has none of its stems")
    return found


def problems(terms, text):
    """What in ``text`` is not spelled as ``terms`` say, one message each."""
    text = PLACEHOLDER_RE.sub(" ", text)
    found = []
    for term in terms:
        reported = []
        for variant in term.variants:
            if len(variant) == 1:
                hits = [word for word in WORD_RE.findall(text) if variant in word.lower()]
                found += [
                    f"letter {variant!r} in {word!r}: not in this spelling ({term.spelling})"
                    for word in dict.fromkeys(hits)
                ]
                continue
            for match in _phrase_re(variant).finditer(text):
                reported.append(match.span())
                found.append(
                    f"{match.group(0)!r} is a variant of {term.term}: write {term.spelling!r}"
                )
        if not term.stems:
            continue
        allowed = [match.span() for form in term.forms for match in _phrase_re(form).finditer(text)]
        allowed += reported  # a variant is reported once, as a variant
        for match in WORD_RE.finditer(text):
            word = match.group(0)
            if not word.lower().startswith(term.stems):
                continue
            start, end = match.span()
            if not any(low <= start and end <= high for low, high in allowed):
                found.append(
                    f"{word!r} is not a spelling of {term.term} (write {term.spelling!r}; "
                    f"forms: {', '.join(term.forms)})"
                )
    return list(dict.fromkeys(found))


def check(terms, texts):
    """``texts`` is an iterable of (where, text): the problems, each with its where."""
    return [f"{where}: {problem}" for where, text in texts for problem in problems(terms, text)]
