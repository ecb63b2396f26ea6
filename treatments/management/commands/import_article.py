"""python manage.py import_article PATH --parent /treatments/ [--publish] [--slug S]

Thin on purpose: the parsing lives in treatments/importer/ (pure functions);
this command reads the file, finds the parent and the page, and saves a
revision. Anything wrong with the file or the options stops it before the
database is touched.
"""

import datetime
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_unicode_slug
from django.db import transaction
from django.urls import reverse
from django.utils.text import slugify
from wagtail.admin.utils import get_admin_base_url
from wagtail.log_actions import log
from wagtail.models import Page

from treatments.hooks import publish_problems
from treatments.importer import ArticleError, read_article
from treatments.models import (
    Condition,
    Doctor,
    EvidenceLevel,
    RegulatoryStatus,
    TreatmentIndexPage,
    TreatmentPage,
)
from treatments.review_dates import default_next_review, next_review_in_order
from treatments.sites import default_site

REFERENCE_FORM = "Authors. Title. Journal, year. DOI or PMID"


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"“{value}” is not a date in the form YYYY-MM-DD.") from None


def counted(number, noun):
    return f"{number} {noun}{'' if number == 1 else 's'}"


class Command(BaseCommand):
    help = (
        "Import a Markdown (.md) or plain-text (.txt) article as a TreatmentPage "
        "under --parent. Saves a draft; running it again for the same slug saves "
        "a new revision. --publish publishes when the medical metadata is complete."
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
            "--publish",
            action="store_true",
            help="Publish the new revision (needs the metadata below and a reference).",
        )
        parser.add_argument("--evidence-level", choices=EvidenceLevel.values)
        parser.add_argument("--regulatory-status", choices=RegulatoryStatus.values)
        parser.add_argument("--regulatory-note", help="One sentence of detail.")
        parser.add_argument(
            "--reviewer", help="The reviewing doctor: id or exact name."
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
        parser.add_argument("--last-reviewed", metavar="YYYY-MM-DD")
        parser.add_argument(
            "--next-review-due",
            metavar="YYYY-MM-DD",
            help="Defaults to one year after --last-reviewed.",
        )

    def handle(self, *args, **options):
        path = Path(options["path"])
        article = self.read(path)
        parent = resolve_parent(options["parent"])
        fields, conditions = page_fields(options)
        slug = choose_slug(options["slug"], article.title)
        user = find_user(options["user"])
        with transaction.atomic():
            page, created = save_draft(parent, slug, article, fields, conditions, user)
        self.report(page, article, created)
        if options["publish"]:
            self.publish(page, user)
        elif page.live:
            self.stdout.write(
                "The live page keeps its published content until you import "
                "again with --publish (or publish in the admin)."
            )

    def read(self, path):
        if not path.exists():
            raise CommandError(f"No such file: {path}")
        if not path.is_file():
            raise CommandError(f"Not a file: {path}")
        try:
            return read_article(path.read_bytes(), path.name)
        except ArticleError as error:
            raise CommandError(f"{path.name}: {error}") from None

    def report(self, page, article, created):
        action = "Created draft" if created else "Saved a new revision of"
        self.stdout.write(
            self.style.SUCCESS(
                f"{action} “{page.title}” at {page.url or page.url_path}"
            )
        )
        self.stdout.write(
            f"{counted(article.count('section'), 'section')}, "
            f"{counted(article.faq_item_count, 'FAQ item')}, "
            f"{counted(article.reference_count, 'reference')}:"
        )
        for block in article.body:
            self.stdout.write(f"  {block['type']}: {block['value']['heading']}")
        edit_path = reverse("wagtailadmin_pages:edit", args=[page.pk])
        self.stdout.write(f"Edit: {get_admin_base_url()}{edit_path}")
        if article.notices:
            self.stdout.write(self.style.WARNING(f"{len(article.notices)} warnings:"))
            for notice in article.notices:
                self.stdout.write(f"  {notice}")

    def publish(self, page, user):
        missing = missing_for_publish(page)
        if missing:
            raise CommandError(
                "Saved as a draft, not published. Publishing needs:\n  - "
                + "\n  - ".join(missing)
            )
        try:
            page.full_clean()
        except ValidationError as error:
            problems = "\n  - ".join(
                f"{name}: {' '.join(messages)}"
                for name, messages in error.message_dict.items()
            )
            raise CommandError(
                f"Saved as a draft, not published:\n  - {problems}"
            ) from None
        revision = page.get_latest_revision()
        problems = publish_problems(revision)
        if problems:
            raise CommandError(
                "Saved as a draft, not published:\n  - " + "\n  - ".join(problems)
            )
        revision.publish(user=user, log_action=True)
        self.stdout.write(self.style.SUCCESS(f"Published: {page.full_url}"))


def resolve_parent(url_path):
    """The TreatmentIndexPage at a URL path of the default site."""
    site = default_site()
    if site is None:
        raise CommandError("There is no default site: run `manage.py load_demo`.")
    # Accept a pasted address too: only its path matters.
    parts = [part for part in urlsplit(url_path.strip()).path.split("/") if part]
    wanted = site.root_page.url_path + "".join(f"{part}/" for part in parts)
    page = Page.objects.filter(url_path=wanted).first()
    if page is None:
        raise CommandError(f"No page at {url_path} on the default site.")
    page = page.specific
    if not isinstance(page, TreatmentIndexPage):
        kind = page.specific_class._meta.verbose_name
        raise CommandError(
            f"The page at {url_path} (“{page.title}”) is a {kind}; --parent must "
            "be a treatment index page, such as /treatments/."
        )
    return page


def page_fields(options):
    """({field: value} given on the command line, conditions or None)."""
    fields = {
        "evidence_level": options["evidence_level"],
        "regulatory_status": options["regulatory_status"],
        "regulatory_note": options["regulatory_note"],
        "medical_reviewer": find_reviewer(options["reviewer"]),
    }
    if options["last_reviewed"]:
        last = iso_date(options["last_reviewed"])
        due = (
            iso_date(options["next_review_due"])
            if options["next_review_due"]
            else default_next_review(last)
        )
        if not next_review_in_order(last, due):
            raise CommandError("--next-review-due must fall after --last-reviewed.")
        fields.update(last_reviewed=last, next_review_due=due)
    elif options["next_review_due"]:
        fields["next_review_due"] = iso_date(options["next_review_due"])
    conditions = find_conditions(options["conditions"])
    return {name: value for name, value in fields.items() if value}, conditions


def find_reviewer(value):
    if not value:
        return None
    if value.isdigit():
        doctor = Doctor.objects.filter(pk=int(value)).first()
        if doctor is None:
            raise CommandError(f"No doctor with id {value}.")
        return doctor
    doctors = list(Doctor.objects.filter(name=value))
    if not doctors:
        raise CommandError(
            f"No doctor named “{value}”: give the exact name or the id "
            "(Snippets > Doctors)."
        )
    if len(doctors) > 1:
        ids = ", ".join(str(doctor.pk) for doctor in doctors)
        raise CommandError(f"Several doctors are named “{value}”: use an id ({ids}).")
    return doctors[0]


def find_user(username):
    if not username:
        return None
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"No user named “{username}”.")
    return user


def find_conditions(slugs):
    if not slugs:
        return None
    found = {c.slug: c for c in Condition.objects.filter(slug__in=slugs)}
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        raise CommandError(f"Unknown condition slug(s): {', '.join(unknown)}.")
    return [found[slug] for slug in dict.fromkeys(slugs)]


def choose_slug(given, title):
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    slug = given or slugify(title, allow_unicode=allow_unicode)[:255].strip("-")
    if not slug:
        raise CommandError("Cannot make a slug from the title: give --slug.")
    try:
        validate_unicode_slug(slug)
    except ValidationError:
        raise CommandError(
            f"“{slug}” is not a valid slug: use letters, numbers, - and _."
        ) from None
    return slug


def save_draft(parent, slug, article, fields, conditions, user=None):
    """(page, created): a new draft page, or a new revision of the existing one.

    An existing page is changed only through its revision, so a live page
    keeps serving its published content until the revision is published.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None and not isinstance(existing.specific, TreatmentPage):
        raise CommandError(f"{slug} under {parent.title} is not a treatment page.")
    created = existing is None
    if created:
        page = TreatmentPage(slug=slug, live=False)
    else:
        page = existing.specific.get_latest_revision_as_object()
    page.title = article.title
    page.summary = article.summary
    page.body = article.body
    for name, value in fields.items():
        setattr(page, name, value)
    if conditions is not None:
        page.conditions.set(conditions)
    if created:
        parent.add_child(instance=page)
        log(instance=page, action="wagtail.create", user=user)
    page.save_revision(user=user, log_action=True, clean=False)
    return page, created


def missing_for_publish(page):
    """What a treatment article still lacks before readers may see it."""
    checks = [
        (page.summary, "a summary (text before the first heading)"),
        (page.evidence_level, "--evidence-level (established, emerging, experimental)"),
        (
            page.regulatory_status,
            "--regulatory-status (" + ", ".join(RegulatoryStatus.values) + ")",
        ),
        (page.medical_reviewer_id, "--reviewer (a doctor's id or exact name)"),
        (page.last_reviewed, "--last-reviewed YYYY-MM-DD"),
        (page.next_review_due, "--next-review-due YYYY-MM-DD"),
        (
            page.references(),
            f"at least one reference: a “References” section with items "
            f"like “{REFERENCE_FORM}”",
        ),
    ]
    return [message for value, message in checks if not value]
