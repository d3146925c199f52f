"""Keeping the search index in step with the pages: text extraction and updates."""

from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from search.languages import search_config
from search.models import SearchEntry


def page_text(page):
    """The searchable text of a page: its search fields other than the title, as plain text.

    ``SearchField.get_value`` already turns rich text and StreamFields into their
    searchable content (a list of strings).
    """
    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        value = field.get_value(page)
        if not value:
            continue
        if isinstance(value, list | tuple):
            parts.extend(str(item) for item in value)
        else:
            parts.append(str(value))
    return " ".join(" ".join(strip_tags(part).split()) for part in parts if part).strip()


def is_indexable(page):
    """Live pages with their own text: untranslated copies (aliases) repeat another page."""
    return page.live and page.depth > 1 and page.alias_of_id is None


def update_entry(page):
    page = page.specific
    if not is_indexable(page):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return None
    config = search_config(page.locale.language_code)
    entry, _created = SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "locale_id": page.locale_id,
            "config": config,
            "title": page.title,
            "body": page_text(page),
        },
    )
    if connection.vendor == "postgresql":
        SearchEntry.objects.filter(pk=entry.pk).update(
            vector=SearchVector("title", weight="A", config=config)
            + SearchVector("body", weight="B", config=config)
        )
    return entry


def remove_entry(page):
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild():
    """Index every live page again; returns how many entries there are."""
    SearchEntry.objects.all().delete()
    count = 0
    for page in Page.objects.live().filter(depth__gt=1, alias_of__isnull=True).specific():
        if update_entry(page) is not None:
            count += 1
    return count
