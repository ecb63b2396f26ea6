from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import two_factor, views


@hooks.register("register_admin_urls")
def register_security_urls():
    return [
        path("lockouts/", views.lockouts, name="security_lockouts"),
        # Same path and name as wagtail-2fa's prompt; ours is registered first
        # (the security app comes before wagtail_2fa), so it is the one served.
        path("2fa/auth", two_factor.LoginView.as_view(), name="wagtail_2fa_auth"),
    ]


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
