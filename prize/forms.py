"""The application form (in the visitor's language) and a juror's score form."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from prize.documents import EXTENSIONS, check_document
from prize.models.applications import Application


def themes_of(locale):
    from practices.models import Theme

    themes = Theme.objects.filter(locale=locale)
    if not themes.exists():
        themes = Theme.objects.filter(locale=Locale.get_default())
    return themes.order_by("name")


class ApplicationForm(forms.ModelForm):
    document = forms.FileField(
        label=_("Document (PDF or office document)"),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )
    consent = forms.BooleanField(
        label=_("I agree that the Alliance stores these data to handle the application."),
        error_messages={
            "required": _("Please tick this box: we cannot accept the form without it.")
        },
    )

    class Meta:
        model = Application
        fields = [
            "authority",
            "country",
            "project_title",
            "description",
            "themes",
            "contact_email",
            "document",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "themes": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = themes_of(locale or Locale.get_active())

    def clean_document(self):
        return check_document(self.cleaned_data["document"])


class ScoreForm(forms.Form):
    """One row per criterion: points between 0 and its maximum, and a comment."""

    def __init__(self, *args, criteria=(), scores=None, **kwargs):
        super().__init__(*args, **kwargs)
        scores = scores or {}
        self.criteria = list(criteria)
        for criterion in self.criteria:
            given = scores.get(criterion.pk)
            self.fields[f"points_{criterion.pk}"] = forms.IntegerField(
                label=criterion.name,
                min_value=0,
                max_value=criterion.max_points,
                initial=given.points if given else None,
                help_text=_("From 0 to %(max)d.") % {"max": criterion.max_points},
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=_("Comment"),
                required=False,
                max_length=5000,
                initial=given.comment if given else "",
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def rows(self):
        for criterion in self.criteria:
            yield criterion, self[f"points_{criterion.pk}"], self[f"comment_{criterion.pk}"]
