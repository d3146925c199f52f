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
    # the title's words alone: the first candidates of a search (search/query.py)
    title_vector = SearchVectorField(null=True)
    # What a result says of itself (search/labels.py), kept here so that a page of
    # results reads them with its rows, and the type filter is a column.
    kind = models.CharField(_("type"), max_length=16, default="page")
    date = models.DateField(_("date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["locale"]),
            models.Index(fields=["locale", "kind"], name="search_entry_locale_kind"),
        ]

    def __str__(self):
        return self.title


class SearchWord(models.Model):
    """A word of the public pages of a language, as written (lowercase), for "did you
    mean" (search/suggestions.py). Filled by ``rebuild_site_search`` and at each publish;
    a word is only ever offered after a search for it found a public page, so a word
    left behind by a page since unpublished or made private is never shown."""

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    word = models.CharField(_("word"), max_length=40)
    # lowercase without accents: what the trigram index compares ("educaton" is nearer
    # "education" than "éducation")
    folded = models.CharField(_("word without accents"), max_length=40)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")
        constraints = [
            models.UniqueConstraint(fields=["locale", "word"], name="search_word_unique")
        ]

    def __str__(self):
        return self.word
