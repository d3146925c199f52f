"""The news feeds. Included inside i18n_patterns: one feed per language prefix."""

from django.urls import path

from .feeds import NewsAtomFeed, NewsRssFeed

urlpatterns = [
    path("news/feed/rss/", NewsRssFeed(), name="news_feed_rss"),
    path("news/feed/atom/", NewsAtomFeed(), name="news_feed_atom"),
]
