"""Template tags every page uses: the site chrome, the menu, languages."""

from django import template
from django.utils import translation

from core import chrome
from core.translations import live_translations, view_translations

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """The home page's URL, the menu and the footer of the active language (core/chrome.py)."""
    return chrome.site_chrome(context.get("request"))


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context, site):
    """The menu of ``site_chrome``, marking the item the current page sits under."""
    current = context.get("page")
    current_path = getattr(current, "path", "") or ""
    items = [(item, current_path.startswith(item["path"])) for item in site["menu"]]
    return {"home_url": site["home_url"], "items": items}


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
    return chrome.cached(
        request, "translations", [page.pk], lambda: live_translations(page, request)
    )


@register.simple_tag
def language_name_local(code):
    return translation.get_language_info(code)["name_local"]
