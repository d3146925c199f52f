"""Links a page shows to one other page (back to its index, its participant), kept per
content generation: finding the other page costs a query or two, its URL and its title
are the same for every visitor of a language.

``page_link(request, name, parts, find, around)`` is the door, through
``core.generation.cached``: ``parts`` names what ``find`` depends on (the path of the
parent, the participant and the language asked for...); the active language and the
language of the text around the link (``around``) are added, since the title is marked
against them. A page being previewed (a draft) is never read from or kept here: its
links are found afresh.
"""

from dataclasses import dataclass

from django.utils.html import conditional_escape, format_html
from django.utils.translation import get_language

from core import generation
from core.languages import foreign, language_of


@dataclass(frozen=True)
class PageLink:
    url: str | None  # as Page.get_url gives it
    title: str  # markup: the title, in a <span lang> when its language is not ``around``'s


def link_to(page, request, around=None):
    """``page``'s link as ``{% pageurl page %}`` and ``{% page_title page around %}``
    write it (core/templatetags/alliance_tags.py)."""
    code = language_of(page, request)
    if foreign(code, around):
        title = format_html('<span lang="{}">{}</span>', code, page.title)
    else:
        title = conditional_escape(page.title)
    return PageLink(page.get_url(request), title)


def page_link(request, name, parts, find, around=None):
    """The link to the page ``find()`` returns (None when it finds none), kept under
    ``name`` and ``parts`` for the current content generation."""

    def build():
        page = find()
        return link_to(page, request, around) if page is not None else None

    if request is None or getattr(request, "is_preview", False):
        return build()
    return generation.cached(request, name, [*parts, get_language(), around or ""], build)
