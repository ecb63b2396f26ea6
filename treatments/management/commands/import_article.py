"""python manage.py import_article PATH --parent /treatments/ [--submit] [--slug S]

Thin on purpose: the file is parsed by treatments/importer/ (pure functions)
and saved by treatments/importing.py; this command turns the options into
their arguments and prints what happened. Anything wrong with the file or the
options stops it before the database is touched.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from wagtail.admin.utils import get_admin_base_url

from treatments import importing
from treatments.importer import command_support
from treatments.models import EvidenceLevel, RegulatoryStatus


class Command(BaseCommand):
    help = (
        "Import a Markdown (.md) or plain-text (.txt) article as a TreatmentPage "
        "under --parent. Saves a draft; running it again for the same slug saves "
        "a new revision. --submit sends it to the Medical review workflow; "
        "--publish puts it live with its medical review pending. It never records "
        "a review. Options left off are taken from a Markdown file's front matter."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The .md or .txt file to import.")
        parser.add_argument(
            "--parent",
            required=True,
            help="URL path of the treatment index on the default site, "
            "e.g. /treatments/",
        )
        parser.add_argument("--slug", help="Defaults to one made from the title.")
        parser.add_argument(
            "--references",
            metavar="LIBRARY.ini",
            help="Reference library that [@key] citations in the file come from.",
        )
        leaving_draft = parser.add_mutually_exclusive_group()
        leaving_draft.add_argument(
            "--submit",
            action="store_true",
            help="Submit the new revision to the page's Medical review workflow "
            "(needs the metadata below and a reference).",
        )
        leaving_draft.add_argument(
            "--publish",
            action="store_true",
            help="Publish the new revision without a review: readers see that its "
            "medical review is pending until a reviewer approves it.",
        )
        parser.add_argument("--evidence-level", choices=EvidenceLevel.values)
        parser.add_argument("--regulatory-status", choices=RegulatoryStatus.values)
        parser.add_argument("--regulatory-note", help="One sentence of detail.")
        parser.add_argument(
            "--reviewer",
            help="The doctor asked to review it: id or exact name. Not a review: "
            "the page names its reviewer once they approve it.",
        )
        parser.add_argument(
            "--condition",
            action="append",
            dest="conditions",
            metavar="SLUG",
            help="A condition's slug; repeat for several.",
        )
        parser.add_argument(
            "--user",
            metavar="USERNAME",
            help="Whose name the revision and the page history carry.",
        )

    def handle(self, *args, **options):
        try:
            self.import_article(options)
        except importing.ImportProblem as problem:
            raise CommandError(str(problem)) from None

    def import_article(self, options):
        article = importing.read_article_file(options["path"], options["references"])
        options = command_support.with_front_matter(options, article.metadata)
        parent = importing.resolve_parent(options["parent"])
        fields, conditions = importing.page_fields(options)
        slug = importing.choose_slug(options["slug"], article.title)
        user = importing.find_user(options["user"])
        with transaction.atomic():
            page, created = importing.save_draft(
                parent, slug, article, fields, conditions, user
            )
        self.report(page, article, created)
        if options["submit"]:
            importing.submit_latest_revision(page, user)
            self.stdout.write(
                self.style.SUCCESS("Submitted to the Medical review workflow.")
            )
        elif options["publish"]:
            importing.publish_latest_revision(page, user)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Published: {page.full_url} (medical review pending until "
                    "a reviewer approves it)"
                )
            )
        elif page.live:
            self.stdout.write(
                "The live page keeps its published content until the new revision "
                "is approved (import again with --submit, or submit it in the admin)."
            )

    def report(self, page, article, created):
        action = "Created draft" if created else "Saved a new revision of"
        self.stdout.write(
            self.style.SUCCESS(
                f"{action} “{page.title}” at {page.url or page.url_path}"
            )
        )
        for line in command_support.contents_lines(article):
            self.stdout.write(line)
        edit_path = reverse("wagtailadmin_pages:edit", args=[page.pk])
        self.stdout.write(f"Edit: {get_admin_base_url()}{edit_path}")
        warnings = [
            *map(str, article.notices),
            *command_support.front_matter_warnings(article.metadata),
        ]
        if warnings:
            self.stdout.write(self.style.WARNING(f"{len(warnings)} warnings:"))
            for warning in warnings:
                self.stdout.write(f"  {warning}")
