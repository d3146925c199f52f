"""Template tags every page uses: the site chrome, the menu, languages."""

from html import escape

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import chrome, generation, links
from core.languages import foreign, language_of, name_in_note, own_name
from core.translations import live_translations, view_translations

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """The home page's URL, the menu and the footer of the active language (core/chrome.py)."""
    return chrome.site_chrome(context.get("request"))


@register.simple_tag(takes_context=True)
def main_menu(context, site):
    """The menu of ``site_chrome``, marking the item the current page sits under
    (components/main_menu.html), rendered once per content generation, language and
    item marked: the same for every page under that item."""
    current = context.get("page")
    current_path = getattr(current, "path", "") or ""
    menu = site["menu"]
    active = tuple(
        index for index, item in enumerate(menu) if current_path.startswith(item["path"])
    )

    def build():
        items = [(item, index in active) for index, item in enumerate(menu)]
        menu_context = {"home_url": site["home_url"], "items": items}
        return render_to_string("components/main_menu.html", menu_context)

    request = context.get("request")
    return mark_safe(generation.cached(request, "main-menu", [get_language(), active], build))


@register.simple_tag
def lang_attr(code, around=None):
    """` lang="<code>"` for an element whose text is in ``code``, when the text around it
    is in another language (``around``: the active language unless told); else nothing.
    ``{% lang_attr item.lang %}`` on each item of a list (core/languages.py)."""
    if not foreign(code, around):
        return ""
    return format_html(' lang="{}"', code)


@register.simple_tag
def in_language(text, code, around=None):
    """``text``, in a ``<span lang="<code>">`` when it is in another language than the
    text around it (``around``: the active language unless told): for a few words within
    a line, such as a title in a sentence."""
    if not foreign(code, around):
        return text
    return format_html('<span lang="{}">{}</span>', code, text)


@register.simple_tag(takes_context=True)
def page_title(context, page, around=None):
    """``page``'s title, in a ``<span lang>`` when it is in another language than the text
    around it: an untranslated copy's title in a sentence or list of a translated page
    ("Back to News"). For one linked page; a list reads its rows' languages instead."""
    return in_language(page.title, language_of(page, context.get("request")), around)


@register.simple_tag(takes_context=True)
def parent_link(context, page, around=None):
    """The link back to ``page``'s parent (a news item's or a text's index): ``.url`` and
    ``.title``, marked as ``page_title`` marks it; found once per content generation
    (core/links.py)."""
    parent_path = page.path[: -page.steplen]
    return links.page_link(
        context.get("request"), "parent-link", [parent_path], page.get_parent, around
    )


@register.simple_tag
def page_lang_attr(page):
    """` lang="<source language>"` for an element showing an untranslated copy's own text
    (its title, introduction, body) on a page whose <main> is in the visitor's language
    (a list, the home page); else nothing. No query for a page that is not a copy."""
    if not getattr(page, "is_untranslated_copy", False):
        return ""
    return lang_attr(page.content_language)


@register.simple_tag
def language_note(code):
    """The note "(in English)", in the visitor's language, after the title of a list item
    in another language; else nothing."""
    if not foreign(code):
        return ""
    note = _("(in %(language)s)") % {"language": name_in_note(code)}
    return format_html(' <span class="language-note">{}</span>', note)


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """The URL of ``page`` in the active language, or of ``page`` if not translated."""
    return chrome.localized_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def page_translations(context, page):
    """Live translations of ``page`` (language code, own name, URL), for links and hreflang.

    A view that is not a page (search, errors) exists in every language: its links lead
    to the same view in each.
    """
    request = context.get("request")
    if request is None:
        return []
    if page is None or not getattr(page, "pk", None):
        return view_translations(request)
    return generation.cached(
        request, "translations", [page.pk], lambda: live_translations(page, request)
    )


@register.simple_tag
def language_name_local(code):
    """The language's own name, as the language switcher lists it (core/languages.py)."""
    return own_name(code)


# The two lists of translations below are on every page, one entry per language of the
# site (30): written here with html.escape rather than as template loops, they cost a
# tenth of the time (0.05 ms against 0.62 ms a page, /tmp micro-benchmark of 2026-12-05).


@register.simple_tag
def hreflang_links(translations):
    """A <link rel="alternate" hreflang> for each translation, and x-default for the
    default language's."""
    links = []
    for item in translations:
        code, url = escape(item.language_code), escape(item.absolute_url)
        links.append(f'<link rel="alternate" hreflang="{code}" href="{url}">')
        if item.is_default:
            links.append(f'<link rel="alternate" hreflang="x-default" href="{url}">')
    return mark_safe("\n".join(links))


@register.simple_tag
def language_switcher_items(translations):
    """The <li> of each translation in the language switcher, the current one marked."""
    items = []
    for item in translations:
        code, url, name = escape(item.language_code), escape(item.url), escape(item.name_local)
        current = ' aria-current="page"' if item.is_current else ""
        link = f'<a href="{url}" hreflang="{code}" lang="{code}"{current}>{name}</a>'
        items.append(f"<li>{link}</li>")
    return mark_safe("\n".join(items))
