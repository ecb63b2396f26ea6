"""A visitor asks a chosen doctor; the doctor follows the email's link to the inquiry.

The email goes through the real queue worker to a real SMTP server; the
doctor's browser opens the link it carries.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.inquiries.queue import run_worker
from treatments.models import Doctor

from .pages import EXOSOME_URL

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

QUESTION = "Would exosome treatment be suitable for thinning at my crown?"


def link_the_doctors_account(doctor):
    user = get_user_model().objects.create_user(
        username="rivera", email=doctor.email, password="doctor-password"
    )
    user.groups.add(Group.objects.get(name="Medical reviewers"))
    doctor.user = user
    doctor.save()


def send_inquiry_to(page, doctor):
    page.goto(EXOSOME_URL)
    page.locator(".cta--top a.button").click()
    form = page.locator("form.inquiry-form")
    form.get_by_label(re.compile(r"\bname\b", re.I)).fill("Sam Example")
    form.get_by_label(re.compile("email", re.I)).fill("sam@example.org")
    form.get_by_label(re.compile("question", re.I)).fill(QUESTION)
    form.get_by_label(re.compile("doctor", re.I)).select_option(str(doctor.pk))
    form.get_by_role("checkbox").check()
    form.get_by_role("button", name=re.compile("send", re.I)).click()
    expect(page.locator("h1")).to_contain_text("Thank you")


def emailed_link(smtp_server, doctor):
    (message,) = [m for m in smtp_server.messages if m["to"] == [doctor.email]]
    body = message["message"].get_content()
    assert QUESTION not in body  # the email links, it does not quote
    return re.search(r"(http://\S+/admin/inquiries/\S+)", body).group(1)


def test_doctor_opens_the_inquiry_from_the_emails_link(
    page, viewport, screenshot, settings, smtp_server, demo_site
):
    settings.INQUIRY_MIN_FILL_SECONDS = 0
    settings.WAGTAILADMIN_BASE_URL = demo_site.url
    doctor = Doctor.objects.get(name__contains="Rivera")
    link_the_doctors_account(doctor)
    send_inquiry_to(page, doctor)
    run_worker()
    link = emailed_link(smtp_server, doctor)

    page.context.clear_cookies()  # the doctor's own browser, signed out
    page.goto(link)
    expect(page).to_have_url(re.compile(r"/admin/login/\?next="))
    screenshot(page, "1-sign-in")
    page.get_by_label("Username").fill("rivera")
    page.get_by_label("Password").fill("doctor-password")
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_url(link)
    answers = page.locator(".inquiry-answers")
    expect(answers).to_contain_text(QUESTION)
    expect(answers).to_contain_text("Sam Example")
    expect(page.get_by_text("You do not have permission")).to_have_count(0)
    screenshot(page, "2-inquiry")
