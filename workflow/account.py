"""Account → Notifications: a translator turns the mails of workflow.notifications off."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from workflow.models import TranslationMailPreference
from workflow.translators import translator_languages


class TranslationMailPreferenceForm(forms.ModelForm):
    class Meta:
        model = TranslationMailPreference
        fields = ["source_published"]


class TranslationMailSettingsPanel(BaseSettingsPanel):
    name = "translation_mails"
    title = _("Translation mails")
    tab = notifications_tab
    order = 150
    form_class = TranslationMailPreferenceForm

    def is_active(self):
        return bool(translator_languages(self.user))

    def get_form(self):
        """The form on the user's preference; a new, unsaved one until they save it."""
        instance = TranslationMailPreference.objects.filter(user=self.user).first()
        if instance is None:
            instance = TranslationMailPreference(user=self.user)
        if self.request.method == "POST":
            return self.form_class(self.request.POST, instance=instance, prefix=self.name)
        return self.form_class(instance=instance, prefix=self.name)
