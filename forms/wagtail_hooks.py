from django.urls import path
from wagtail import hooks

from forms import access
from forms.admin_views import participant_draft_view

hooks.register("filter_form_submissions_for_user", access.form_pages_for_user)


@hooks.register("register_admin_urls")
def register_participant_draft_url():
    return [
        path(
            "participant-drafts/<int:submission_id>/",
            participant_draft_view,
            name="forms_participant_draft",
        )
    ]
