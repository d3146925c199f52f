"""What every page shares: site-wide settings and the page base class."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.routing import ChainRoutingMixin
from core.visibility import restrictions_for


@register_setting(icon="site")
class AllianceSettings(BaseGenericSetting):
    """Contact details and social links shown in the footer of every page."""

    organisation = models.CharField(
        _("organisation"),
        max_length=255,
        default="Alliance Taskforce, Congress of the Council of Europe",
        help_text=_("The name shown above the postal address in the footer."),
    )
    address = models.TextField(
        _("postal address"),
        blank=True,
        help_text=_("One line per line of the address."),
    )
    email = models.EmailField(
        _("contact email"), blank=True, help_text=_("The address visitors write to.")
    )
    phone = models.CharField(
        _("telephone"),
        max_length=64,
        blank=True,
        help_text=_("In international form, e.g. +33 3 90 21 63 94."),
    )
    facebook_url = models.URLField(
        _("Facebook page"), blank=True, help_text=_("Full address of the Facebook page.")
    )
    twitter_url = models.URLField(
        _("Twitter / X account"), blank=True, help_text=_("Full address of the account.")
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("address")], heading=_("Postal address")
        ),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("twitter_url")], heading=_("Social media")
        ),
    ]

    class Meta:
        verbose_name = _("Alliance settings")

    def __str__(self):
        return str(self._meta.verbose_name)

    @property
    def address_lines(self):
        return [line.strip() for line in self.address.splitlines() if line.strip()]


@register_setting(icon="warning")
class DemoSettings(BaseGenericSetting):
    """Whether the site holds demonstration content: ``load_demo`` turns it on, and every
    page then says so in a banner (components/demo_banner.html)."""

    is_demo = models.BooleanField(
        _("demonstration content"),
        default=False,
        help_text=_(
            "Shows every page with a banner saying the site holds sample content. Turn it "
            "off once the real content is in."
        ),
    )

    class Meta:
        verbose_name = _("Demo settings")

    def __str__(self):
        return str(self._meta.verbose_name)


class BasePage(ChainRoutingMixin, Page):
    """Base of every page type of the site.

    Adds what templates need to tell a real translation from an untranslated copy: in a
    locale that has no translation yet, wagtail-localize keeps an alias of the source page,
    which shows the source text. ``content_language`` is the language that text is in;
    ``main_language`` the one its ``<main>`` is marked with (core/languages.py).
    """

    # The query parameters this page type reads (a listing's filters): the page cache
    # keys on these only (core/page_cache.py, docs/layout.md).
    cache_query_parameters = ()

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """The view restrictions that guard this page: Wagtail's (its own and its
        ancestors', an alias's source's), and those of its source page's, in every
        language (core/visibility.py). No query while the page is in no private section."""
        ids = restrictions_for(self.path)
        if not ids:
            return PageViewRestriction.objects.none()
        # Wagtail copies a page's restriction onto the copies it makes (translations,
        # aliases): the same password or login asked twice would be one too many.
        kept = {}
        restrictions = PageViewRestriction.objects.filter(pk__in=ids).order_by("pk")
        for restriction in restrictions.prefetch_related("groups"):
            same = (
                restriction.restriction_type,
                restriction.password,
                frozenset(group.pk for group in restriction.groups.all()),
            )
            kept.setdefault(same, restriction.pk)
        return PageViewRestriction.objects.filter(pk__in=sorted(kept.values()))

    @property
    def is_untranslated_copy(self):
        return bool(self.alias_of_id) and self.alias_of.locale_id != self.locale_id

    @property
    def content_language(self):
        if self.is_untranslated_copy:
            return self.alias_of.locale.language_code
        return self.locale.language_code

    @property
    def main_language(self):
        """The language of this page's ``<main>`` (its ``lang``) when it is not the
        visitor's, else None: an untranslated copy's is its source's. A page whose
        ``<main>`` is mostly lists and interface (an index, the home page) sets it to
        None and marks its own text instead (``{% page_lang_attr page %}``). A text
        within it is marked against it: ``{% lang_attr item.lang page.main_language %}``.
        No query for a page that is not a copy."""
        return self.content_language if self.is_untranslated_copy else None


class TextPage(BasePage):
    """A page of text: a short introduction and a body of blocks (home.StandardPage,
    legal.LegalPage)."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short summary shown under the title and in listings."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The content of the page."),
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    class Meta:
        abstract = True
