from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    name = "workflow"
    verbose_name = _("Translation workflow")

    def ready(self):
        from django.db.models.signals import pre_save
        from wagtail.signals import page_published

        from workflow.drafts import adopt_approved_alias
        from workflow.notifications import source_page_published
        from workflow.permissions import limit_localize_editor

        limit_localize_editor()
        page_published.connect(source_page_published, dispatch_uid="workflow_source_published")
        pre_save.connect(adopt_approved_alias, dispatch_uid="workflow_adopt_approved_alias")
