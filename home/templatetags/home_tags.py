"""The home page's own template tags."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core import generation

register = template.Library()


@register.simple_tag(takes_context=True)
def calls_to_action(context, page):
    """The home page's calls to action, rendered once per content generation, page and
    language. Each names a page (a page chooser) that Wagtail reads again at every render:
    a query and 4.5 of the home page's 13.5 ms of CPU at every request (cProfile,
    in-process, 2026-12-07)."""
    flat = context.flatten()

    def build():
        return "".join(str(block.render(context=flat)) for block in page.calls_to_action)

    request = context.get("request")
    return mark_safe(generation.cached(request, "home-calls", [page.pk, get_language()], build))
