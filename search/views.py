"""The search page of each language: /<lang>/search/?q=...&type=..."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale

from core.chrome import active_locale
from core.page_urls import UrlsBelow
from core.serving import remember_site
from search.entries import Result, clean_query, snippet
from search.labels import KIND_NAMES
from search.query import search
from search.suggestions import suggestion

RESULTS_PER_PAGE = 10


def kind_filter(kinds, chosen):
    """The type filter's links: "all", and every type with its number of results, or
    every type without numbers when there are too many to count (``kinds`` is None)."""
    options = [
        {
            "kind": kind,
            "name": names[0],
            "count": kinds.get(kind, 0) if kinds is not None else None,
            "current": kind == chosen,
        }
        for kind, names in KIND_NAMES.items()
        if kinds is None or kinds.get(kind) or kind == chosen
    ]
    total = sum(kinds.values()) if kinds is not None else None
    return {"options": options, "total": total, "chosen": chosen}


def search_view(request):
    query = clean_query(request.GET.get("q"))
    kind = request.GET.get("type")
    if kind not in KIND_NAMES:
        kind = None
    remember_site(request)
    locale = active_locale(request)
    if locale is None:
        locale = Locale.get_default()
    ranked = search(query, locale, kind, request)
    ranked.prefetch(request.GET.get("page") or 1, RESULTS_PER_PAGE)
    paginator = Paginator(ranked, RESULTS_PER_PAGE)
    page_of_results = paginator.get_page(request.GET.get("page"))
    urls = UrlsBelow.home(request)
    results = [
        Result(
            url=urls(pk, url_path),
            title=title,
            snippet=snippet(text, query, ranked.headline),
            kind=entry_kind,
            date=date,
            place=place,
            country=country,
            lang=lang,
        )
        for pk, title, url_path, text, entry_kind, date, place, country, lang in page_of_results
    ]
    kinds = ranked.kind_counts() if query else {}
    found_any = kinds is None or bool(kinds)
    corrected = suggestion(query, locale) if query and not found_any else None
    return TemplateResponse(
        request,
        "search/search_results.html",
        {
            "query": query,
            "results": results,
            "page_of_results": page_of_results,
            "paginator": paginator,
            "capped": ranked.capped,
            "kinds": kind_filter(kinds, kind) if query and found_any else None,
            "suggestion": corrected,
            "suggestion_url": "?" + urlencode({"q": corrected}) if corrected else None,
        },
    )
