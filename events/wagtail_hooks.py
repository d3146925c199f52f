"""The registrations in the admin: their addresses and a menu item, for form managers."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from events import admin_views
from forms.access import may_see_submissions


@hooks.register("register_admin_urls")
def register_registration_urls():
    return [
        path("events/registrations/", admin_views.event_list, name="events_registrations"),
        path(
            "events/registrations/<int:page_id>/",
            admin_views.registration_list,
            name="events_registration_list",
        ),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_submissions(request.user)


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        _("Registrations"), reverse("events_registrations"), icon_name="group", order=750
    )
