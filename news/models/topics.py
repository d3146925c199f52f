"""Topics of the news: a translatable snippet, so topic names translate with the pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField


class NewsTopic(TranslatableMixin, index.Indexed, models.Model):
    """A topic of the news, e.g. "Dosta!-Congress Prize".

    The name is translated; the slug is the same in every language, so a filter address
    such as ``?topic=dosta-prize`` means the same topic in every language.
    """

    name = models.CharField(
        _("name"), max_length=100, help_text=_("The topic as visitors read it, e.g. Education.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Used in filter addresses (?topic=...). The same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    override_translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_news_topic_slug"),
        ]

    def __str__(self):
        return self.name


# Each translator edits the topics of their language only (workflow.permissions).
register_snippet(NewsTopic, viewset="workflow.permissions.TranslatableSnippetViewSet")
