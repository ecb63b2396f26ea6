"""Visitors for worker tests, run in a production process of its own.

    python -m tests.operations.scenario --inquiries 3 --orphans 1

builds the site if the database has none, posts `--inquiries` forms through
Django's test client (real commits, tasks queued on commit) and saves
`--orphans` inquiries whose tasks were never queued, as a web process killed
between commit and enqueue leaves them.
"""

import argparse
import time

import django


def build_site():
    from inquiries import demo
    from inquiries.models import InquiryFormPage
    from tests.factories import (
        DoctorFactory,
        TreatmentIndexPageFactory,
        TreatmentPageFactory,
        fresh_home_page,
    )

    if InquiryFormPage.objects.exists():
        return InquiryFormPage.objects.get()
    home = fresh_home_page(site_name="Outage")
    index = TreatmentIndexPageFactory(parent=home)
    TreatmentPageFactory(parent=index, slug="exosomes-for-hair-restoration")
    DoctorFactory(name="Dr Alex Rivera (sample)", email="rivera@example.org")
    demo.build(home, log=lambda message: None)
    return InquiryFormPage.objects.get()


def form_data(page, number):
    from inquiries.fill_time import make_fill_token
    from inquiries.forms import STARTED_FIELD

    values = {"email": f"visitor-{number}@example.com", "multiline": "A question."}
    data = {STARTED_FIELD: make_fill_token(time.time() - 60)}
    for field in page.form_fields.all():
        data[field.clean_name] = values.get(field.field_type, "on")
        if field.field_type in {"name", "singleline"}:
            data[field.clean_name] = "Outage Visitor"
        if field.field_type in {"phone", "treatment", "doctor"}:
            data.pop(field.clean_name)
    return data


def post_inquiries(page, count, first):
    from django.test import Client

    client = Client(REMOTE_ADDR="203.0.113.7")
    for number in range(first, first + count):
        response = client.post(page.url, form_data(page, number))
        assert response.status_code == 302, response.status_code


def save_orphans(page, count):
    from inquiries.models import InquiryNotification, InquirySubmission
    from inquiries.models.submissions import NotificationKind

    for _ in range(count):
        submission = InquirySubmission.objects.create(page=page, form_data={})
        InquiryNotification.objects.create(
            submission=submission, kind=NotificationKind.TEAM
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--inquiries", type=int, default=0)
    parser.add_argument("--orphans", type=int, default=0)
    parser.add_argument("--first", type=int, default=0)
    args = parser.parse_args()
    django.setup()
    page = build_site()
    post_inquiries(page, args.inquiries, args.first)
    save_orphans(page, args.orphans)


if __name__ == "__main__":
    main()
