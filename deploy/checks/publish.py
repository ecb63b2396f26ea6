"""A change published through app server 1 is served everywhere within 1 second.

An editor signs in to app1's admin in Chromium, changes the exosome article's
title and publishes it. The HTTP cache holds the old page beforehand (a hit),
so the new title can only come through Wagtail's purge. The check then
publishes the original title back the same way.
"""

import secrets
import sys
import time

from common import (
    APP1,
    EXOSOME_PATH,
    HTTP_CACHE,
    SERVERS,
    fetch,
    report,
    setup_django,
    wait_until,
)
from playwright.sync_api import TimeoutError as PlaywrightTimeout

CHROMIUM = "/usr/bin/chromium"
DEADLINE_SECONDS = 1.0


def check_user():
    """A superuser with a password and a confirmed TOTP device: superusers must
    give a second factor, and the check signs in as one would."""
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    password = secrets.token_urlsafe(16)
    user, _ = get_user_model().objects.get_or_create(
        username="deploy-check", defaults={"email": "deploy-check@example.org"}
    )
    user.is_superuser = user.is_staff = True
    user.set_password(password)
    user.save()
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(user=user, name="deploy check", confirmed=True)
    return user, password, device


def current_code(device):
    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return totp.token()


def sign_in(page, user, password, device):
    page.goto(f"{APP1}/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    if "/2fa/" in page.url:
        page.fill("input[name='otp_token']", f"{current_code(device):06d}")
        page.locator(
            "form button[type='submit'], form input[type='submit']"
        ).first.click()
    page.wait_for_url(f"{APP1}/admin/")


def warm_http_cache():
    fetch(HTTP_CACHE + EXOSOME_PATH)
    return fetch(HTTP_CACHE + EXOSOME_PATH).headers.get("X-Cache")


def publish_title(page, page_id, title):
    page.goto(f"{APP1}/admin/pages/{page_id}/edit/")
    page.fill("#id_title", title)
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Publish", exact=True).click()
    try:
        page.wait_for_url(lambda url: "/edit/" not in url, timeout=30_000)
    except PlaywrightTimeout:
        raise SystemExit(f"publishing was refused: {refusal(page)}") from None
    return time.monotonic()


def refusal(page):
    """What the editor shows when it keeps the page open: its messages and
    the fields' errors."""
    shown = page.locator(
        ".messages li, .error-message, .w-field__errors, .help-critical"
    )
    texts = [" ".join(text.split()) for text in shown.all_inner_texts()]
    return "; ".join(text for text in texts if text) or "no message on the page"


def seconds_until_everywhere(title, published_at):
    """For each server: seconds from the publish until it serves `title`."""
    seen = {}
    for name, base in SERVERS.items():
        served = wait_until(
            lambda base=base: title in fetch(base + EXOSOME_PATH).text, timeout=5
        )
        seen[name] = None if served is None else time.monotonic() - published_at
    return seen


def one_change(page, page_id, title):
    cache_state = warm_http_cache()
    published_at = publish_title(page, page_id, title)
    seen = seconds_until_everywhere(title, published_at)
    lines = [f"HTTP cache before publishing: {cache_state}"]
    for name, seconds in seen.items():
        shown = "never (5 s)" if seconds is None else f"{seconds * 1000:.0f} ms"
        lines.append(f"{name}: new title {shown} after the publish returned")
    passed = cache_state == "hit" and all(
        s is not None and s <= DEADLINE_SECONDS for s in seen.values()
    )
    return passed, lines


def main():
    setup_django()
    from playwright.sync_api import sync_playwright

    from treatments.models import TreatmentPage

    article = TreatmentPage.objects.get(url_path__endswith=EXOSOME_PATH)
    original = article.title
    user, password, device = check_user()
    results = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--headless", "--no-sandbox"]
            )
            page = browser.new_page()
            sign_in(page, user, password, device)
            marked = f"{original} (check {secrets.token_hex(3)})"
            results.append(("changed title", *one_change(page, article.pk, marked)))
            results.append(("title restored", *one_change(page, article.pk, original)))
            browser.close()
    finally:
        user.delete()
    passed = True
    for name, ok, lines in results:
        passed &= report(f"publish via app1, {name}", ok, lines)
    return passed


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
