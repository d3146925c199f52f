"""The search page of each language: /<lang>/search/?q=..."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale

from core.chrome import active_locale
from core.page_urls import UrlsBelow
from core.serving import remember_site
from search.query import Result, clean_query, search, snippet

RESULTS_PER_PAGE = 10


def search_view(request):
    query = clean_query(request.GET.get("q"))
    remember_site(request)
    locale = active_locale(request)
    if locale is None:
        locale = Locale.get_default()
    ranked = search(query, locale)
    ranked.prefetch(request.GET.get("page") or 1, RESULTS_PER_PAGE)
    paginator = Paginator(ranked, RESULTS_PER_PAGE)
    page_of_results = paginator.get_page(request.GET.get("page"))
    urls = UrlsBelow.home(request)
    results = [
        Result(url=urls(pk, url_path), title=title, snippet=snippet(text, query, ranked.headline))
        for pk, title, url_path, text in page_of_results
    ]
    return TemplateResponse(
        request,
        "search/search_results.html",
        {
            "query": query,
            "results": results,
            "page_of_results": page_of_results,
            "paginator": paginator,
        },
    )
