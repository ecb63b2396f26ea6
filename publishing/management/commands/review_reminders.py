"""Email each medical reviewer the articles due for their review (for cron)."""

from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import timezone

from publishing.models import ReviewSettings
from publishing.review import due_for_review, group_by_reviewer, review_status
from treatments.admin_links import absolute_admin_url
from treatments.sites import default_site, site_setting

SUBJECT = "Articles due for medical review"


class Command(BaseCommand):
    help = (
        "Email each medical reviewer the live articles that are overdue for "
        "review or due within the window set in Review settings."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        window = site_setting(ReviewSettings, default_site()).due_soon_days
        grouped = group_by_reviewer(due_for_review(today, window))
        for reviewer, pages in grouped.items():
            send_mail(
                SUBJECT,
                render_to_string(
                    "publishing/review_reminder_email.txt",
                    {
                        "reviewer": reviewer,
                        "window": window,
                        "items": [
                            {
                                "page": page,
                                "status": review_status(
                                    page.next_review_due,
                                    today,
                                    window,
                                    page.review_pending,
                                ),
                                "edit_url": absolute_admin_url(
                                    "wagtailadmin_pages:edit", page.pk
                                ),
                            }
                            for page in pages
                        ],
                    },
                ),
                None,
                [reviewer.email],
            )
        self.stdout.write(f"Sent {len(grouped)} reminder(s).")
