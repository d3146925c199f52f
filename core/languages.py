"""Languages as visitors meet them: each one's own name, the language a page's text is
in, and how a text in another language than the visitor's is marked.

In every locale but English most pages are untranslated copies (wagtail-localize's
aliases of the English page): they show their source's text. Wherever such text shows
(menu, lists, feeds, the page itself) it sits in an element with its real ``lang``, so
that screen readers read it in the right voice (docs/languages.md).
"""

from html import escape

from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info, gettext, pgettext

from core import generation


def own_name(code):
    """The language's name in itself, as it is written at the start of a list item: the
    name Django knows (config/settings/languages.py corrects it where it is wrong), its
    first letter a capital ("Français", "Čeština", "Deutsch"). The language switcher's
    names, one rule for all."""
    return capfirst(get_language_info(code)["name_local"])


def text_language():
    """The language of the text a page shows, as an expression for a page queryset:
    its source's for an untranslated copy (an alias of a page of another locale), else
    its own locale's. Lists annotate their rows with it: two joins, no query more.
    """
    return Coalesce(F("alias_of__locale__language_code"), F("locale__language_code"))


def foreign(code, around=None):
    """True when a text in ``code`` sits among text in another language: ``around``, the
    active language unless told."""
    return bool(code) and code != (around or get_language())


def name_in_note(code):
    """The name of the language ``code`` in the active language, as the note
    "(in %(language)s)" shows it (``pgettext`` lets translators give the form their
    note takes: "anglais", "angličtina"...). English, the source language, is in the
    catalogs; another language takes Django's name for it."""
    if code == "en":
        return pgettext("language name in a list note", "English")
    return str(get_language_info(code)["name_translated"])


class ListMarks:
    """How a list written in one pass (a template tag rather than a template loop) marks
    each item's text: ``attr(code)`` is `` lang="<code>"`` and ``note(code)`` the note
    " (in English)" when ``code`` is not the active language (``around``), else ''; the
    same markup as the ``lang_attr`` and ``language_note`` tags (alliance_tags.py), each
    worked out once per language the list holds, not once per item."""

    def __init__(self, around=None):
        self.around = around or get_language()
        self.attrs = {}
        self.notes = {}

    def attr(self, code):
        found = self.attrs.get(code)
        if found is None:
            found = self.attrs[code] = (
                f' lang="{escape(code)}"' if foreign(code, self.around) else ""
            )
        return found

    def text(self, text, code):
        """``text`` escaped, in a ``<span lang>`` when ``code`` is not the active language
        (as the ``in_language`` tag writes it)."""
        lang = self.attr(code)
        return f"<span{lang}>{escape(text)}</span>" if lang else escape(text)

    def note(self, code):
        found = self.notes.get(code)
        if found is None:
            found = ""
            if foreign(code, self.around):
                note = gettext("(in %(language)s)") % {"language": name_in_note(code)}
                found = f' <span class="language-note">{escape(note)}</span>'
            self.notes[code] = found
        return found


def language_of(page, request=None):
    """The language of the text ``page`` shows, for one page a template links to (a back
    link, a related page): no query for a page of the active locale, one for an
    untranslated copy. A list reads it with its rows instead (``text_language``)."""
    from wagtail.models import Locale, Page

    if page.alias_of_id:
        source = Page.objects.filter(pk=page.alias_of_id)
        return source.values_list("locale__language_code", flat=True).first()
    active = active_locale(request)
    if active is not None and active.pk == page.locale_id:
        return active.language_code
    return Locale.objects.filter(pk=page.locale_id).values_list("language_code", flat=True).first()


def active_locale(request=None):
    """The Wagtail locale of the active language (None if it has none), one lookup a
    generation. Adding or changing a locale bumps the generation."""
    from wagtail.models import Locale

    def build():
        try:
            return Locale.get_active()
        except Locale.DoesNotExist:
            return None

    return generation.cached(request, "locale", [get_language()], build)
