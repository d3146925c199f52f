"""The prize applications in the admin: addresses, and a menu item for the prize staff
and the jurors of some edition only."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from prize import admin_views
from prize.access import may_use_prize_admin


@hooks.register("register_admin_urls")
def register_prize_urls():
    return [
        path("prize/", admin_views.call_list, name="prize_calls"),
        path("prize/<int:call_id>/", admin_views.call_detail, name="prize_call"),
        path("prize/<int:call_id>/jurors/", admin_views.jurors, name="prize_jurors"),
        path("prize/<int:call_id>/export/", admin_views.export, name="prize_export"),
        path(
            "prize/application/<int:pk>/",
            admin_views.application_detail,
            name="prize_application",
        ),
        path(
            "prize/application/<int:pk>/document/",
            admin_views.document,
            name="prize_document",
        ),
        path(
            "prize/application/<int:pk>/winner/",
            admin_views.set_winner,
            name="prize_winner",
        ),
    ]


class PrizeMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use_prize_admin(request.user)


@hooks.register("register_admin_menu_item")
def register_prize_menu_item():
    return PrizeMenuItem(
        _("Prize applications"), reverse("prize_calls"), icon_name="pick", order=760
    )
