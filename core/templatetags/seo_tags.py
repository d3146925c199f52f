"""Meta tags and structured data for the head of every page (core/seo.py)."""

from django import template
from django.utils import translation
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from core import generation, seo
from core.models import AllianceSettings
from core.social_cards import social_image

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context, page=None):
    """The description, canonical URL, Open Graph and Twitter card of the page (its picture:
    core/social_cards.py), written here rather than by a template (on every page: a tenth
    of the time, as the language links of alliance_tags.py)."""
    request = context.get("request")
    page = page or context.get("page")
    canonical = ""
    if page is not None and request is not None and getattr(page, "pk", None):
        url = page.get_url(request)
        canonical = request.build_absolute_uri(url) if url else ""
    elif request is not None:
        canonical = request.build_absolute_uri(request.path)
    title = ""
    if page is not None:
        title = getattr(page, "seo_title", "") or page.title
    description = seo.page_description(page) if page is not None else ""
    og_type = getattr(page, "open_graph_type", "website") if page is not None else "website"
    og_locale = seo.open_graph_locale(translation.get_language() or "en")
    site_name = translation.gettext("European Alliance of Cities and Regions for Roma Inclusion")
    image_lines = []
    if page is not None and request is not None and getattr(page, "pk", None):
        language = translation.get_language() or page.locale.language_code
        image_url, image_alt, width, height = social_image(page, request, language)
        image_url, image_alt = conditional_escape(image_url), conditional_escape(image_alt)
        image_lines = [
            f'<meta property="og:image" content="{image_url}">',
            f'<meta property="og:image:width" content="{width}">',
            f'<meta property="og:image:height" content="{height}">',
            f'<meta property="og:image:alt" content="{image_alt}">',
            f'<meta name="twitter:image" content="{image_url}">',
            f'<meta name="twitter:image:alt" content="{image_alt}">',
        ]
    twitter_card = "summary_large_image" if image_lines else "summary"
    title, description = conditional_escape(title), conditional_escape(description)
    canonical = conditional_escape(canonical)
    lines = [
        description and f'<meta name="description" content="{description}">',
        canonical and f'<link rel="canonical" href="{canonical}">',
        f'<meta property="og:site_name" content="{conditional_escape(site_name)}">',
        title and f'<meta property="og:title" content="{title}">',
        description and f'<meta property="og:description" content="{description}">',
        f'<meta property="og:type" content="{conditional_escape(og_type)}">',
        canonical and f'<meta property="og:url" content="{canonical}">',
        f'<meta property="og:locale" content="{conditional_escape(og_locale)}">',
        *image_lines,
        f'<meta name="twitter:card" content="{twitter_card}">',
        title and f'<meta name="twitter:title" content="{title}">',
        description and f'<meta name="twitter:description" content="{description}">',
    ]
    return mark_safe("\n".join(line for line in lines if line))  # each value escaped above


@register.simple_tag(takes_context=True)
def organization_json_ld(context, home):
    request = context.get("request")

    def build():
        url = request.build_absolute_uri(home.get_url(request)) if home and request else ""
        alliance = AllianceSettings.load(request_or_site=request)
        return str(seo.json_ld(seo.organization_data(url, alliance)))

    return mark_safe(generation.cached(request, "organization", [getattr(home, "pk", "")], build))


@register.simple_tag
def json_ld(data):
    return seo.json_ld(data)


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, page):
    request = context.get("request")
    url = request.build_absolute_uri(page.get_url(request)) if request else page.full_url
    image_url = None
    image = getattr(page, "image", None)
    if image is not None:
        rendition = image.get_rendition("fill-1200x675")
        image_url = request.build_absolute_uri(rendition.url) if request else rendition.url
    # An untranslated copy's article is in its source's language.
    language = getattr(page, "main_language", None) or translation.get_language()
    data = seo.news_article_data(page, url, image_url=image_url, language=language)
    return seo.json_ld(data)
