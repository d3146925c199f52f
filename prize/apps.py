from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrizeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "prize"
    verbose_name = _("Prize")

    def ready(self):
        from prize import signals  # noqa: F401 - connects the receivers
