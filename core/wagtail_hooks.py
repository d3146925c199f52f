"""Wagtail hooks of the core app."""

from wagtail import hooks


@hooks.register("before_serve_page")
def note_the_query_parameters_the_page_reads(page, request, serve_args, serve_kwargs):
    """The page cache stores a page only when the address holds no parameter besides
    those the page type declares (core/page_cache.py): note them for it."""
    request.cache_query_parameters = frozenset(getattr(page, "cache_query_parameters", ()))
