from django.urls import path
from wagtail import hooks

from forms import access, audit
from forms.admin_views import AuditedDeleteSubmissionsView, participant_draft_view

hooks.register("filter_form_submissions_for_user", access.form_pages_for_user)
hooks.register("register_log_actions", audit.register_actions)


@hooks.register("register_admin_urls")
def register_participant_draft_url():
    return [
        path(
            "participant-drafts/<int:submission_id>/",
            participant_draft_view,
            name="forms_participant_draft",
        )
    ]


@hooks.register("register_admin_urls", order=-1)
def register_delete_submissions_url():
    """Wagtail's delete view's own address, taken first (``order=-1``) by the audited one:
    ``wagtailforms:delete_submissions`` still names it, and no other way to it is left."""
    return [
        path(
            "forms/submissions/<int:page_id>/delete/",
            AuditedDeleteSubmissionsView.as_view(),
            name="forms_delete_submissions",
        )
    ]
