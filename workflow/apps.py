from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    name = "workflow"
    verbose_name = _("Translation workflow")

    def ready(self):
        from wagtail.signals import page_published

        from workflow.notifications import source_page_published
        from workflow.permissions import limit_localize_editor

        limit_localize_editor()
        page_published.connect(source_page_published, dispatch_uid="workflow_source_published")
