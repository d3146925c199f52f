"""Every catalog reads as its language (issue 21, docs/languages.md "Glossary"): no English
left where the language has its own word, and the register of the glossary's note (formal
address) in German, French, Polish and Hungarian, on the strings addressed to the reader."""

import re

import polib
import pytest
from django.conf import settings

from core import glossary

LOCALE = settings.BASE_DIR / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]
PLACEHOLDERS = re.compile(r"%\(\w+\)[sd]|%[sd]|<[^>]+>|\{\w*\}")
WORD = re.compile(r"[^\W\d_]+")

# Words an interface string may keep as in English, because the language writes them so
# (with the languages where it is so; "*": every language).
SAME_WORDS = {
    "Tel.": "*",
    "slug": "*",  # the technical term of Wagtail's own admin in these languages
    "Moderator": "bs hr nl pl ro sl sq sv",
    "Link": "bs de it nl pl ro",
    "Text": "cs de ro sk sv",
    "text": "cs ro sk sv",
    "%(counter)s text": "cs ro sk sv",
    "Region": "cs de pl sv",
    "Document": "fr nl ro",
    "document": "fr nl ro",
    "Contact": "fr nl ro",
    "contact": "fr nl ro",
    "Term": "nl sq sv",
    "Period": "bs sv",
    "Website": "de nl",
    "website": "nl",
    "August": "de ro",
    "April": "de",
    "September": "de",
    "November": "de",
    "No": "es it",
    "Error:": "es",
    "organisation": "fr sv",
    "Session": "fr sv",
    "session": "fr sv",
    "Type": "fr nl",
    "type": "fr nl",
    "Participant": "fr ro",
    "participant": "fr ro",
    "Editor": "ro",
    "Resolution": "sv",
    "Home": "it",
    "Social media": "it",
    "(in %(language)s)": "it",
    "Menu": "fr it nl pl pt rom",
    "Online": "bs cs de hr hu it nl pl pt ro rom sk sq sv",
    "Seminar": "bs de hr nl ro sl sq",
    "Webinar": "de hr it nl pt ro sq",
    "Organisation": "de fr sv",
    "status": "bs hr nl pl sl sv",
}
# French shares these with English, letter for letter.
SAME_WORDS.update(
    dict.fromkeys(
        "Image image Images images Page Pages Participants participants Population "
        "population Documents documents Action Adoption Classification introduction "
        "description date place latitude longitude pages photos Programme programme".split(),
        "fr",
    )
)
SAME_WORDS.update({"latitude": "fr pt", "longitude": "fr pt"})
# English words that are no word of any of the languages (Dutch has download, upload).
ENGLISH_ONLY = {"the", "please", "click", "your", "you", "settings", "caption", "follow"}
ENGLISH_ONLY |= {"submit", "search", "download", "upload", "yes"}
ENGLISH_ALLOWED = {"nl": {"download", "upload"}}


def translations(code):
    for entry in polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po")):
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            for index, text in sorted(entry.msgstr_plural.items()):
                yield entry.msgid if index == 0 else entry.msgid_plural, text
        else:
            yield entry.msgid, entry.msgstr


def english_left(code):
    found = []
    for msgid, text in translations(code):
        letters = WORD.findall(PLACEHOLDERS.sub(" ", text))
        if text.strip() == msgid.strip() and letters:
            allowed = SAME_WORDS.get(msgid, "")
            if allowed != "*" and code not in allowed.split():
                found.append(f"{msgid!r} left in English")
        english = {word.lower() for word in letters} & (
            ENGLISH_ONLY - ENGLISH_ALLOWED.get(code, set())
        )
        if english and text.strip() != msgid.strip():
            found.append(f"{msgid!r}: English {sorted(english)} in {text!r}")
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_english_is_left_where_the_language_has_its_own_word(code):
    assert english_left(code) == []


def test_an_english_string_left_in_a_catalog_is_found(monkeypatch):
    planted = {"We have received your form: %(title)s": "Please download the file"}
    monkeypatch.setattr(
        "tests.test_catalog_language.translations",
        lambda code: [("Follow us", "Follow us"), ("Tel.", "Tel."), *planted.items()],
    )

    assert english_left("de") == [
        "'Follow us' left in English",
        "'We have received your form: %(title)s': English ['download', 'please', 'the'] in "
        "'Please download the file'",
    ]


# The strings addressed to the reader (the public forms, their mails, the notices): each
# must carry the formal address of the glossary's register note.
TO_THE_READER = [
    "We have received your form: %(title)s",
    "This page has not been translated into your language yet. It is shown in its original "
    "language, %(source_name)s.",
    "Your data",
    "Many forms have been sent from your connection in a short time, so we have not accepted "
    "this one. Nothing has been stored.",
    "What you sent us:",
    "Please tick this box: we cannot accept the form without it.",
]
FORMAL = {
    "de": r"\b(Sie|Ihr\w*|Ihnen)\b",
    "fr": r"(?i)\b(vous|votre|vos)\b|\b\w+ez\b",  # vous, or its imperative: Cochez
    "pl": r"Państw\w*|\bProsimy\b",
    "hu": r"\bÖn\w*|\bKérjük\b|\w+j[áé]t\b",  # Ön, Kérjük, or its possessive: űrlapját
}
INFORMAL = {
    "de": r"\b(du|dich|dir|dein\w*)\b",
    "fr": r"\b(tu|toi|ton|ta|tes|te)\b|\bt'",
    "pl": r"\b(ty|tobie|ciebie|cię|twój|twoj\w*|twoją|możesz|masz|chcesz)\b",
    "hu": r"\b(te|téged|neked|veled|tiéd|add meg|írd be|válaszd|kattints|küldd)\b",
}


@pytest.mark.parametrize("code", sorted(FORMAL))
def test_the_glossary_s_register_note_names_the_formal_address_tested(code):
    note = glossary.load().register[code]
    assert {"de": "Sie", "fr": "vous", "pl": "Państwo", "hu": "Ön"}[code] in note


@pytest.mark.parametrize("code", sorted(FORMAL))
def test_the_strings_to_the_reader_use_the_formal_address(code):
    texts = dict(translations(code))
    informal = [text for text in texts.values() if re.search(INFORMAL[code], text, re.I)]
    not_formal = [msgid for msgid in TO_THE_READER if not re.search(FORMAL[code], texts[msgid])]

    assert informal == []
    assert not_formal == []


def test_an_informal_polish_string_is_found():
    assert re.search(INFORMAL["pl"], "Otrzymaliśmy Twój formularz", re.I)
    assert not re.search(FORMAL["pl"], "Otrzymaliśmy Twój formularz")
    assert re.search(FORMAL["pl"], "Otrzymaliśmy Państwa formularz")
