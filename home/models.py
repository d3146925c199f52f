"""The home page of each language, and the standard pages (About us, Contact, ...)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import BaseStreamBlock, CallToActionBlock
from core.models import BasePage, TextPage

INTRO_FEATURES = ["bold", "italic", "link"]


class HomePage(BasePage):
    """The root of one language's tree: one per locale, created by translation."""

    # Its <main> is mostly lists and interface, in the visitor's language; an untranslated
    # copy's own text is marked in the template (core/models.py, BasePage.main_language).
    main_language = None

    mission = models.CharField(
        _("mission line"),
        max_length=255,
        help_text=_("One sentence under the site name that says what the Alliance does."),
    )
    introduction = RichTextField(
        _("introduction"),
        features=INTRO_FEATURES,
        blank=True,
        help_text=_("A short paragraph that introduces the Alliance."),
    )
    calls_to_action = StreamField(
        [("call_to_action", CallToActionBlock())],
        verbose_name=_("calls to action"),
        blank=True,
        help_text=_("The boxes inviting visitors to join, cooperate, or read further."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("Further content shown below the calls to action."),
    )
    terminology_note = RichTextField(
        _("terminology note"),
        features=INTRO_FEATURES,
        blank=True,
        help_text=_(
            'The "Roma and Travellers" note shown at the foot of every page of this language.'
        ),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "news.NewsIndexPage",
        "participants.ParticipantIndexPage",
        "practices.PracticeIndexPage",
        "texts.AdoptedTextIndexPage",
        "events.EventIndexPage",
        "forms.JoinFormPage",
        "forms.CooperationFormPage",
        "legal.LegalPage",
    ]
    max_count_per_parent = 1

    search_fields = BasePage.search_fields + [
        index.SearchField("mission"),
        index.SearchField("introduction"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("mission"),
        FieldPanel("introduction"),
        FieldPanel("calls_to_action"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("terminology_note")], heading=_("Terminology")),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(TextPage):
    """A plain content page: About us, Objectives, Contact..."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
