"""The site search index: one entry per live page, in the language of the page.

Wagtail's database search backend stems every page with one configuration; the site has
25 languages, so each entry carries its own (search/languages.py) and its tsvector is
built with it. On SQLite (first runs, tests) the vector stays empty and the search falls
back to matching words in the title and text.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    config = models.CharField(_("text search configuration"), max_length=32)
    title = models.TextField(_("title"))
    body = models.TextField(_("text"), blank=True)
    vector = SearchVectorField(null=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["locale"])]

    def __str__(self):
        return self.title
