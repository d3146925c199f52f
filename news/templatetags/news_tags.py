"""Template tags of the news: the latest news teaser of the home page."""

from django import template

from core.listings import active_locale
from news.models import NewsIndexPage
from news.models.pages import listed_news

register = template.Library()

LATEST_NEWS_COUNT = 3


@register.inclusion_tag("news/components/latest_news.html", takes_context=True)
def latest_news(context, count=LATEST_NEWS_COUNT):
    """The ``count`` latest news items of the active language and the news index."""
    locale = active_locale()
    index = None
    if locale is not None:
        index = NewsIndexPage.objects.live().public().filter(locale=locale).first()
    return {
        "items": list(listed_news(locale)[:count]),
        "index": index,
        "request": context.get("request"),
    }
