"""Who sees applicants' personal data: superusers and the form managers, no one else.

Wagtail lets anyone who may change a form page see, export and delete its submissions
(`wagtail.contrib.forms.utils.get_forms_for_user`, used by the forms index, the
submissions list and its exports, the delete view and the Forms menu item). The
``filter_form_submissions_for_user`` hook (registered in ``forms/wagtail_hooks.py``)
replaces that rule by one permission: holding ``forms.view_submission`` (the Form
managers group, ``workflow.roles``) shows the submissions of every form, whatever one may
do to the page; without it, none, even on pages one may edit. Deleting also needs
``forms.delete_submission`` (``AuditedDeleteSubmissionsView``).
"""

from wagtail.contrib.forms.utils import get_form_types, get_forms_for_user

VIEW_SUBMISSIONS = "forms.view_submission"
DELETE_SUBMISSIONS = "forms.delete_submission"
# Who receives and who sends the forms' mails: the staff address of the forms settings
# and each form page's sender (their panels ask for it).
NOTIFICATION_SETTINGS = "forms.change_notification_settings"


def may_see_submissions(user):
    """May `user` see (and export) form submissions at all? Superusers and form managers."""
    return user.has_perm(VIEW_SUBMISSIONS)


def may_see_submissions_of(user, page):
    """May `user` see the submissions of the form page `page`? (Wagtail's own check.)"""
    return get_forms_for_user(user).filter(pk=page.pk).exists()


def form_pages_for_user(user, editable_forms):
    """The ``filter_form_submissions_for_user`` hook: every form page or none."""
    if user.is_superuser:
        return editable_forms
    if not may_see_submissions(user):
        return editable_forms.none()
    return editable_forms.model.objects.filter(content_type__in=get_form_types())
