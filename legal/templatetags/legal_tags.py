"""The footer's links to the legal pages of the language shown.

The footer is rendered once per content generation and language (core/chrome.py), so the
one query here runs then, not on every request."""

from django import template

from core.languages import text_language
from core.visibility import private_q
from legal.models import LegalKind, LegalPage

register = template.Library()
ORDER = [kind.value for kind in LegalKind]


@register.inclusion_tag("legal/components/footer_links.html", takes_context=True)
def legal_links(context, home):
    request = context.get("request")
    if home is None:
        return {"links": []}
    pages = (
        LegalPage.objects.child_of(home)
        .live()
        .exclude(private_q())
        .annotate(lang=text_language())
        .order_by("path")
    )
    pages = sorted(pages, key=lambda page: ORDER.index(page.kind))
    return {"links": [(page, page.get_url(request), page.lang) for page in pages]}
