"""Template tags of the news: the latest news teaser of the home page."""

from django import template
from django.template.loader import render_to_string
from django.utils.translation import get_language

from core import generation
from core.chrome import active_locale
from core.page_urls import UrlsBelow
from core.visibility import private_q
from news.listing import listed_news_items
from news.models import NewsIndexPage
from news.models.pages import listed_news

register = template.Library()

LATEST_NEWS_COUNT = 3


@register.simple_tag(takes_context=True)
def latest_news(context, count=LATEST_NEWS_COUNT):
    """The ``count`` latest news items of the active language and the news index.

    The same for every page of a language: built once per content generation.
    """
    request = context.get("request")

    def build():
        locale = active_locale(request)
        index = None
        if locale is not None:
            index = NewsIndexPage.objects.live().exclude(private_q()).filter(locale=locale).first()
        items = listed_news_items(listed_news(locale)[:count], UrlsBelow.home(request))
        return render_to_string(
            "news/components/latest_news.html",
            {"items": items, "index": index},
            request=request,
        )

    return generation.cached(request, "latest-news", [get_language(), count], build)
