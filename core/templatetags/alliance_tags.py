"""Template tags every page uses: the localized home, the menu, languages."""

from django import template
from django.utils import translation
from wagtail.models import Locale, Site

from core.translations import live_translations, view_translations

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page of the active language (cached on the request), or None."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_alliance_home"):
        site = Site.find_for_request(request)
        home = None
        if site is not None:
            try:
                locale = Locale.get_active()
            except Locale.DoesNotExist:
                locale = None
            root = site.root_page
            if locale is not None and root.locale_id != locale.pk:
                root = root.get_translation_or_none(locale) or root
            home = root.specific
        request._alliance_home = home
    return request._alliance_home


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page of the active language and its children shown in menus."""
    home = localized_home(context)
    current = context.get("page")
    current_path = getattr(current, "path", "")
    items = []
    if home is not None:
        for item in home.get_children().live().public().in_menu():
            items.append((item, current_path.startswith(item.path)))
    return {"home": home, "items": items, "request": context.get("request")}


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
    return live_translations(page, request)


@register.simple_tag
def language_name_local(code):
    return translation.get_language_info(code)["name_local"]
