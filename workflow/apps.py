from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    name = "workflow"
    verbose_name = _("Translation workflow")

    def ready(self):
        from workflow.permissions import limit_localize_editor

        limit_localize_editor()
