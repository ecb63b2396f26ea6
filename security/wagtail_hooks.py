from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [path("lockouts/", views.lockouts, name="security_lockouts")]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return SuperuserMenuItem(
        "Locked-out sign-ins",
        reverse("security_lockouts"),
        icon_name="lock",
        order=900,
    )
