"""The pages a public body's site must have: the accessibility statement (EU Web
Accessibility Directive, model statement of Implementing Decision (EU) 2018/1523), the
privacy notice of the forms, and the legal notice. Each home page holds one of each; the
footer of every page links to them (legal/templatetags/legal_tags.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.models import BasePage, TextPage


class LegalKind(models.TextChoices):
    """In the order the footer lists them."""

    ACCESSIBILITY = "accessibility", _("Accessibility statement")
    PRIVACY = "privacy", _("Privacy notice")
    LEGAL_NOTICE = "legal-notice", _("Legal notice")


class LegalPage(TextPage):
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=LegalKind.choices,
        help_text=_("Which legal page this is."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_(
            "The date of the last check of the content (for the accessibility statement: "
            "of the last accessibility check)."
        ),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]

    class Meta:
        verbose_name = _("legal page")
        verbose_name_plural = _("legal pages")
