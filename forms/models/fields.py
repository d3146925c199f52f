"""Form fields editors add to a form page, translated while their stored key stays put."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class AllianceFormField(TranslatableMixin, AbstractFormField):
    """A form field whose label, help text and choices are translated.

    ``clean_name`` is the key answers are stored under. It is made from the English label
    when the field is first saved (``AbstractFormField.save`` only fills it when empty) and
    wagtail-localize copies it unchanged into every translation, so answers given in any
    language land in the same column. The default value is synchronised too: it is a
    value, not text to translate. Choices are translated; ``FormPageMixin`` stores the
    English choice whatever the language of the page (see ``forms.builder``).
    """

    override_translatable_fields = [
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("default_value"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]


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
