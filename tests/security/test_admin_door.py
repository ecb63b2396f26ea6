"""The admin door: lockout per username and per address, the unlock action,
and two-factor sign-in (required for superusers and Inquiry managers)."""

import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

LOGIN = "/admin/login/"


@pytest.fixture
def lockout_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


@pytest.fixture
def two_factor_on(settings):
    settings.WAGTAIL_2FA_REQUIRED = True


def sign_in(client, username, password, address="198.51.100.7"):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_a_username_is_locked_after_failures_from_many_addresses(
    client, admin_user, lockout_on
):
    statuses = [
        sign_in(client, "admin", "wrong", f"203.0.113.{n}").status_code
        for n in range(3)
    ]
    # The failure that reaches the limit is already answered with the lockout.
    assert statuses == [200, 200, 429]
    locked = sign_in(client, "admin", "password", "203.0.113.99")
    assert locked.status_code == 429
    assert b"Sign-in locked for a while" in locked.content
    assert "_auth_user_id" not in client.session


def test_an_address_is_locked_after_failures_for_many_usernames(
    client, admin_user, lockout_on
):
    for name in ("alice", "bob", "carol"):
        sign_in(client, name, "wrong", "192.0.2.50")
    assert sign_in(client, "admin", "password", "192.0.2.50").status_code == 429
    # Another address can still sign in as admin.
    assert sign_in(client, "admin", "password", "192.0.2.51").status_code == 302


def test_behind_the_proxy_two_administrators_are_counted_apart(
    client, admin_user, lockout_on, settings
):
    settings.INQUIRY_TRUSTED_PROXIES = 1
    for name in ("alice", "bob", "carol"):
        client.post(
            LOGIN,
            {"username": name, "password": "wrong"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="192.0.2.50",
        )
    other = client.post(
        LOGIN,
        {"username": "admin", "password": "password"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="192.0.2.51",
    )
    assert other.status_code == 302
    assert AccessAttempt.objects.filter(ip_address="192.0.2.50").count() == 3


def test_an_administrator_unlocks_a_username(client, admin_user, lockout_on):
    for n in range(3):
        sign_in(client, "admin", "wrong", f"203.0.113.{n}")
    # Another superuser, already signed in, opens Settings -> Locked-out sign-ins.
    from django.contrib.auth import get_user_model

    helper = get_user_model().objects.create_superuser("helper", "h@example.org", "pw")
    client.force_login(helper)
    listing = client.get(reverse("security_lockouts"))
    assert b"Username <strong>admin</strong>" in listing.content
    response = client.post(
        reverse("security_lockouts"), {"kind": "username", "value": "admin"}
    )
    assert response.status_code == 302
    client.logout()
    assert sign_in(client, "admin", "password").status_code == 302


def test_only_superusers_see_the_lockouts(client, django_user_model):
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(reverse("security_lockouts")).status_code in (302, 403)


def token_for(device, seconds_ahead=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + seconds_ahead
    return totp.token()


def test_superuser_sets_up_a_device_then_needs_a_code(
    client, admin_user, lockout_on, two_factor_on
):
    assert sign_in(client, "admin", "password").status_code == 302
    setup = client.get("/admin/")
    assert setup.status_code == 302
    assert setup.url.startswith(reverse("wagtail_2fa_device_new"))

    assert client.get(reverse("wagtail_2fa_device_new")).status_code == 200
    device = TOTPDevice.objects.get(user=admin_user, confirmed=False)
    response = client.post(
        reverse("wagtail_2fa_device_new"),
        {"name": "Phone", "otp_token": token_for(device), "password": "password"},
        REMOTE_ADDR="198.51.100.7",
    )
    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=admin_user).confirmed
    assert client.get("/admin/").status_code == 200

    # Next sign-in: the password alone is not enough.
    client.logout()
    sign_in(client, "admin", "password")
    challenge = client.get("/admin/")
    assert challenge.url.startswith(reverse("wagtail_2fa_auth"))
    wrong = client.post(reverse("wagtail_2fa_auth"), {"otp_token": "000000"})
    assert wrong.status_code == 200
    assert client.get("/admin/").status_code == 302
    time.sleep(1.1)  # django-otp slows guessing: one second after a failure
    device.refresh_from_db()
    right = client.post(
        reverse("wagtail_2fa_auth"), {"otp_token": token_for(device, seconds_ahead=30)}
    )
    assert right.status_code == 302, right.context["form"].errors
    assert client.get("/admin/").status_code == 200


def test_inquiry_managers_must_set_up_a_device(
    client, django_user_model, two_factor_on
):
    manager = django_user_model.objects.create_user("m", "m@example.org", "pw")
    manager.groups.add(Group.objects.get(name="Inquiry managers"))
    client.force_login(manager)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtail_2fa_device_new"))


def test_other_roles_may_sign_in_without_a_device(
    client, django_user_model, two_factor_on
):
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_public_pages_do_not_ask_for_a_code(
    client, home_page, admin_user, two_factor_on
):
    client.force_login(admin_user)
    assert client.get("/").status_code == 200
