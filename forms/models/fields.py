"""Form fields editors add to a form page, translated while their stored key stays put."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

# The field types whose answers are free text, and their length limit when the editor
# sets none (single-line: Wagtail's own limit).
DEFAULT_MAX_LENGTHS = {
    "singleline": 255,
    "multiline": 5000,
    "email": 255,
    "url": 255,
    "hidden": 255,
}
MAX_LENGTH_CEILING = 20000


class AllianceFormField(TranslatableMixin, AbstractFormField):
    """A form field whose label, help text and choices are translated.

    ``clean_name`` is the key answers are stored under. It is made from the English label
    when the field is first saved (``AbstractFormField.save`` only fills it when empty) and
    wagtail-localize copies it unchanged into every translation, so answers given in any
    language land in the same column. The default value is synchronised too: it is a
    value, not text to translate. Choices are translated; ``FormPageMixin`` stores the
    English choice whatever the language of the page (see ``forms.builder``).

    ``max_length`` limits the answers of a free-text field; it is a number, the same in
    every language (the answers of every language are stored together).
    """

    max_length = models.PositiveIntegerField(
        _("maximum length"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_LENGTH_CEILING)],
        help_text=_(
            "The most characters an answer to a text, email or URL field may have. "
            "When empty: 255 for a single-line field, 5,000 for a multi-line field."
        ),
    )

    override_translatable_fields = [
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("default_value"),
        SynchronizedField("max_length", overridable=False),
    ]

    panels = AbstractFormField.panels + [FieldPanel("max_length")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]

    def answer_max_length(self):
        """The length limit of this field's answers, or None when they are not free text."""
        if self.field_type not in DEFAULT_MAX_LENGTHS:
            return None
        return self.max_length or DEFAULT_MAX_LENGTHS[self.field_type]


class JoinFormField(AllianceFormField):
    page = ParentalKey("forms.JoinFormPage", on_delete=models.CASCADE, related_name="form_fields")

    class Meta(AllianceFormField.Meta):
        verbose_name = _("join form field")
        verbose_name_plural = _("join form fields")


class CooperationFormField(AllianceFormField):
    page = ParentalKey(
        "forms.CooperationFormPage", on_delete=models.CASCADE, related_name="form_fields"
    )

    class Meta(AllianceFormField.Meta):
        verbose_name = _("cooperation form field")
        verbose_name_plural = _("cooperation form fields")
