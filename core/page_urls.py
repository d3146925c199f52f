"""Page addresses from ``url_path`` alone, for lists that read pages as rows.

Wagtail keeps a page's ``url_path`` equal to its parent's plus its slug, and serves a
page below a home page at the home page's address followed by the rest of that path
(core/routing.py relies on the same). So the address of every page below a known page
(the language's home page, a news index) costs no query and no URL resolution.
"""

from wagtail.models import Page


class UrlsBelow:
    """``urls(pk, url_path)``: the address of a page below a page of address ``base_url``
    and ``base_path``, as Wagtail's ``get_url`` gives it; a page elsewhere (or no base)
    is asked to Wagtail."""

    def __init__(self, request, base_url, base_path):
        self.request = request
        self.base_url = base_url
        self.base_path = base_path

    @classmethod
    def page(cls, page, request):
        """Below ``page`` (None: no base)."""
        if page is None:
            return cls(request, None, None)
        return cls(request, page.get_url(request), page.url_path)

    @classmethod
    def home(cls, request):
        """Below the home page of the active language (its place kept per generation)."""
        from core import chrome

        return cls(request, *chrome.home_place(request))

    def __call__(self, pk, url_path):
        if self.base_url is not None and url_path.startswith(self.base_path):
            return self.base_url + url_path[len(self.base_path) :]
        page = Page.objects.filter(pk=pk).first()
        return page.get_url(self.request) if page is not None else None
