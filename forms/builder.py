"""Wagtail's form builder, adapted to translated fields."""

from django import forms as django_forms
from wagtail.contrib.forms.forms import FormBuilder


class AllianceFormBuilder(FormBuilder):
    """Builds the visitor's form from a page's fields.

    A choice (drop-down, radio buttons, checkboxes) is shown in the page's language but
    stored as the matching choice of the source-language field (``field.source_field``,
    set by ``FormPageMixin.get_form_fields``), so the export does not mix "City" and
    "Ville" in one column. When a translation has a different number of choices than its
    source, its own texts are stored.
    """

    def get_formatted_field_choices(self, field):
        choices = super().get_formatted_field_choices(field)
        source_field = getattr(field, "source_field", None)
        if source_field is None or source_field is field:
            return choices
        values = super().get_formatted_field_choices(source_field)
        if len(values) != len(choices):
            return choices
        return [
            (value, label) for (value, _value), (_label, label) in zip(values, choices, strict=True)
        ]

    def create_email_field(self, field, options):
        options.setdefault("widget", django_forms.EmailInput(attrs={"autocomplete": "email"}))
        return super().create_email_field(field, options)

    def choice_labels(self, field):
        """Stored value -> label in the field's language, for mails."""
        if not field.choices:
            return {}
        return dict(self.get_formatted_field_choices(field))
