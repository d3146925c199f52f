"""The calendar files: ``<events index>/feed.ics`` and ``<event>/event.ics``.

Wagtail's page addresses end in a slash and hold no dot, so these two files have a route
of their own (included inside i18n_patterns: one per language prefix). The page is found
by its place below the home page of the language; a draft, a private page or a page of
another type gives 404.
"""

from django.urls import re_path

from events.views import calendar_file

urlpatterns = [
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)+)(?P<name>feed|event)\.ics$",
        calendar_file,
        name="events_calendar_file",
    ),
]
