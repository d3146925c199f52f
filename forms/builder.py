"""Wagtail's form builder, adapted to translated fields, with a limit on every answer."""

from django import forms as django_forms
from wagtail.contrib.forms.forms import FormBuilder

# A number is not free text, but Python reads any number of digits: keep it to a sane size.
NUMBER_MAX_DIGITS = 30


class MultilineField(django_forms.CharField):
    """A multi-line answer, its line breaks stored as one character each.

    Browsers count a line break as one character against the textarea's ``maxlength``
    but send it as two (CRLF): without this, a text the browser allowed could be refused.
    """

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


class AllianceFormBuilder(FormBuilder):
    """Builds the visitor's form from a page's fields.

    A choice (drop-down, radio buttons, checkboxes) is shown in the page's language but
    stored as the matching choice of the source-language field (``field.source_field``,
    set by ``FormPageMixin.get_form_fields``), so the export does not mix "City" and
    "Ville" in one column. When a translation has a different number of choices than its
    source, its own texts are stored.

    Every free-text answer is limited to the source field's maximum length
    (``AllianceFormField.answer_max_length``): Django's message says so ("Ensure this
    value has at most N characters (it has M)."), and the input gets ``maxlength``.
    """

    def get_field_options(self, field):
        options = super().get_field_options(field)
        max_length = getattr(field, "source_field", field).answer_max_length()
        if max_length is not None:
            options["max_length"] = max_length
        return options

    def create_singleline_field(self, field, options):
        return django_forms.CharField(**options)  # Wagtail's would set 255 over ours

    def create_multiline_field(self, field, options):
        options.setdefault("widget", django_forms.Textarea)
        return MultilineField(**options)

    def create_number_field(self, field, options):
        options.setdefault("max_digits", NUMBER_MAX_DIGITS)
        return super().create_number_field(field, options)

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
