"""sitemap.xml with every language, each URL with its hreflang alternates, and robots.txt.

Wagtail's own sitemap lists only the default language. Here /sitemap.xml is an index of
one sitemap per language (/sitemap-<code>.xml); each lists the live public pages of that
language (untranslated copies left out: they repeat the source page) with an
``xhtml:link rel="alternate"`` for every translation, ``x-default`` included.
A fixed number of queries, whatever the number of pages; each language's sitemap is built
once per content generation and kept in the cache (core/chrome.py).
"""

from collections import defaultdict

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from wagtail.models import Page

from core import generation
from core.visibility import private_q


def published_pages():
    return (
        Page.objects.live()
        .exclude(private_q())
        .filter(depth__gt=1, alias_of__isnull=True)
        .select_related("locale")
        .only("id", "url_path", "translation_key", "last_published_at", "locale__language_code")
        .order_by("path")
    )


def sitemap_entries(request, language_code):
    pages = list(published_pages())
    by_key = defaultdict(list)
    urls = {}
    for page in pages:
        url = page.get_url(request)
        if url is None:
            continue
        urls[page.pk] = request.build_absolute_uri(url)
        by_key[page.translation_key].append(page)
    entries = []
    for page in pages:
        if page.locale.language_code != language_code or page.pk not in urls:
            continue
        siblings = [sibling for sibling in by_key[page.translation_key] if sibling.pk in urls]
        alternates = [(sibling.locale.language_code, urls[sibling.pk]) for sibling in siblings]
        default = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), None)
        if default and len(alternates) > 1:
            alternates.append(("x-default", default))
        entries.append(
            {
                "location": urls[page.pk],
                "lastmod": page.last_published_at,
                "alternates": alternates if len(siblings) > 1 else [],
            }
        )
    return entries


@cache_control(max_age=3600, public=True)
def sitemap_index(request):
    codes = {code for code, _name in settings.LANGUAGES}
    translated = (
        published_pages()
        .filter(locale__language_code__in=codes)
        .values_list("locale__language_code", flat=True)
        .order_by("locale__language_code")
        .distinct()
    )
    sitemaps = [
        request.build_absolute_uri(reverse("sitemap-language", args=[code])) for code in translated
    ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": sitemaps}, content_type="application/xml"
    )


@cache_control(max_age=3600, public=True)
def sitemap_language(request, language_code):
    if language_code not in {code for code, _name in settings.LANGUAGES}:
        raise Http404("No such language")

    def build():
        entries = sitemap_entries(request, language_code)
        return render_to_string("sitemap.xml", {"entries": entries}, request=request).encode()

    # Every page of the site goes into it: built once per content generation and kept,
    # encoded, by each process (core/chrome.py). The page cache does not store it again:
    # reading its hundreds of kilobytes back from Redis would be slower.
    body = generation.cached(request, "sitemap", [language_code], build)
    response = HttpResponse(body, content_type="application/xml")
    response.kept_per_generation = True
    return response


@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
