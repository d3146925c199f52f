"""The search page of each language: /<lang>/search/?q=..."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale

from core.chrome import active_locale
from core.serving import remember_site
from search.query import Result, clean_query, search, snippet

RESULTS_PER_PAGE = 10


def search_view(request):
    query = clean_query(request.GET.get("q"))
    remember_site(request)
    locale = active_locale(request)
    if locale is None:
        locale = Locale.get_default()
    paginator = Paginator(search(query, locale), RESULTS_PER_PAGE)
    page_of_results = paginator.get_page(request.GET.get("page"))
    results = [
        Result(page=entry.page, title=entry.title, snippet=snippet(entry, query))
        for entry in page_of_results
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
