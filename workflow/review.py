"""The "Review" workflow: an editor or translator submits, a moderator approves, it goes live.

Assigned to the root of the page tree, so every page of every language (news, practices,
adopted texts, participants, translations) passes through it.
"""

from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

WORKFLOW_NAME = "Review"
TASK_NAME = "Moderator approval"


def setup_review(moderators):
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([moderators])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.get_first_root_node()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    # Wagtail's default workflow ("Moderators approval") is replaced by this one.
    Workflow.objects.exclude(pk=workflow.pk).update(active=False)
    return workflow


def moderators_group():
    return Group.objects.get(name="Moderators")
