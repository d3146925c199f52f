from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationMailPreference(models.Model):
    """Whether a translator is mailed when an English page is published (on by default)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="translation_mail_preference",
    )
    source_published = models.BooleanField(
        _("Mail me when an English page is published"),
        default=True,
        help_text=_("With a link to translate it into your language or to update its translation."),
    )

    def __str__(self):
        return str(self.user)


def wants_source_published_mails(user):
    preference = TranslationMailPreference.objects.filter(user=user).first()
    return preference is None or preference.source_published
