from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    """The join and cooperation forms. Label ``forms``: Wagtail's own is ``wagtailforms``."""

    name = "forms"
    label = "forms"
    verbose_name = _("Alliance forms")
    default_auto_field = "django.db.models.BigAutoField"
