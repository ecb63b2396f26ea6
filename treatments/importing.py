"""Saving an imported article as a TreatmentPage: what `import_article` does.

treatments/importer/ turns a file into plain data without the database; this
module finds the parent, the reviewer, the conditions and the page, saves a
revision, and submits it to the page's workflow (the "Medical review") or
publishes it when the checks allow. It never records a review: the reviewer
it sets is the doctor asked to review, and review dates come only from an
approval (publishing/), so a published import goes live as "review pending".
Every refusal is an ImportProblem whose message is meant for the person
running the import, and every check runs before the database is written.
"""

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Page

from .hooks import publish_problems
from .importer import ArticleError, read_article, read_reference_library
from .models import (
    Condition,
    Doctor,
    RegulatoryStatus,
    TreatmentIndexPage,
    TreatmentPage,
)
from .sites import default_site

REFERENCE_FORM = "Authors. Title. Journal, year. DOI or PMID"


class ImportProblem(Exception):
    """The import cannot go on; the message says why and what to do."""


def read_article_file(path, references_path=None):
    """The ImportedArticle in the file at `path`; its `[@key]` citations come
    from the reference library at `references_path`, if given."""
    path = Path(path)
    library = read_library_file(Path(references_path)) if references_path else None
    try:
        return read_article(_file_bytes(path), path.name, library)
    except ArticleError as error:
        raise ImportProblem(f"{path.name}: {error}") from None


def read_library_file(path):
    try:
        return read_reference_library(_file_bytes(path).decode("utf-8"))
    except (ArticleError, UnicodeDecodeError) as error:
        raise ImportProblem(f"{path.name}: {error}") from None


def _file_bytes(path):
    if not path.exists():
        raise ImportProblem(f"No such file: {path}")
    if not path.is_file():
        raise ImportProblem(f"Not a file: {path}")
    return path.read_bytes()


def resolve_parent(url_path):
    """The TreatmentIndexPage at a URL path of the default site."""
    site = default_site()
    if site is None:
        raise ImportProblem("There is no default site: run `manage.py load_demo`.")
    # Accept a pasted address too: only its path matters.
    parts = [part for part in urlsplit(url_path.strip()).path.split("/") if part]
    wanted = site.root_page.url_path + "".join(f"{part}/" for part in parts)
    page = Page.objects.filter(url_path=wanted).first()
    if page is None:
        raise ImportProblem(f"No page at {url_path} on the default site.")
    page = page.specific
    if not isinstance(page, TreatmentIndexPage):
        kind = page.specific_class._meta.verbose_name
        raise ImportProblem(
            f"The page at {url_path} (“{page.title}”) is a {kind}; --parent must "
            "be a treatment index page, such as /treatments/."
        )
    return page


def page_fields(options):
    """({field: value} given in the options, conditions or None).

    `options` holds the command's option names: evidence_level,
    regulatory_status, regulatory_note, reviewer (the doctor asked to review),
    conditions. Review dates are not among them: only an approval sets them.
    """
    fields = {
        "evidence_level": options.get("evidence_level"),
        "regulatory_status": options.get("regulatory_status"),
        "regulatory_note": options.get("regulatory_note"),
        "medical_reviewer": find_reviewer(options.get("reviewer")),
    }
    conditions = find_conditions(options.get("conditions"))
    return {name: value for name, value in fields.items() if value}, conditions


def find_reviewer(value):
    if not value:
        return None
    if value.isdigit():
        doctor = Doctor.objects.filter(pk=int(value)).first()
        if doctor is None:
            raise ImportProblem(f"No doctor with id {value}.")
        return doctor
    doctors = list(Doctor.objects.filter(name=value))
    if not doctors:
        raise ImportProblem(
            f"No doctor named “{value}”: give the exact name or the id "
            "(Snippets > Doctors)."
        )
    if len(doctors) > 1:
        ids = ", ".join(str(doctor.pk) for doctor in doctors)
        raise ImportProblem(f"Several doctors are named “{value}”: use an id ({ids}).")
    return doctors[0]


def find_user(username):
    if not username:
        return None
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise ImportProblem(f"No user named “{username}”.")
    return user


def find_conditions(slugs):
    if not slugs:
        return None
    found = {c.slug: c for c in Condition.objects.filter(slug__in=slugs)}
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        raise ImportProblem(f"Unknown condition slug(s): {', '.join(unknown)}.")
    return [found[slug] for slug in dict.fromkeys(slugs)]


def choose_slug(given, title):
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    slug = given or slugify(title, allow_unicode=allow_unicode)[:255].strip("-")
    if not slug:
        raise ImportProblem("Cannot make a slug from the title: give --slug.")
    try:
        validate_unicode_slug(slug)
    except ValidationError:
        raise ImportProblem(
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
        raise ImportProblem(f"{slug} under {parent.title} is not a treatment page.")
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


def publish_latest_revision(page, user=None):
    """Publish the page's latest revision, or ImportProblem saying what it lacks.

    Not a review: the page goes live with its medical review pending.
    """
    revision = checked_latest_revision(page, "published")
    revision.publish(user=user, log_action=True)


def submit_latest_revision(page, user=None):
    """Submit the latest revision to the page's workflow (the "Medical review")."""
    checked_latest_revision(page, "submitted")
    workflow = page.get_workflow()
    if workflow is None:
        raise ImportProblem(
            "Saved as a draft, not submitted: the page is under no workflow. "
            "Put its section under the “Medical review” workflow "
            "(Settings > Workflows)."
        )
    if page.workflow_in_progress:
        raise ImportProblem(
            "Saved as a draft, not submitted again: the page is already in "
            "moderation. Its reviewer sees the new revision."
        )
    workflow.start(page, user)


def checked_latest_revision(page, outcome):
    """The latest revision, once everything readers need is there and no risky
    claim is left unexplained; otherwise ImportProblem."""
    missing = missing_for_publish(page)
    if missing:
        raise ImportProblem(
            f"Saved as a draft, not {outcome}. It needs:\n  - " + "\n  - ".join(missing)
        )
    try:
        page.full_clean()
    except ValidationError as error:
        problems = "\n  - ".join(
            f"{name}: {' '.join(messages)}"
            for name, messages in error.message_dict.items()
        )
        raise ImportProblem(
            f"Saved as a draft, not {outcome}:\n  - {problems}"
        ) from None
    revision = page.get_latest_revision()
    problems = publish_problems(revision)
    if problems:
        raise ImportProblem(
            f"Saved as a draft, not {outcome}:\n  - " + "\n  - ".join(problems)
        )
    return revision


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
        (
            page.references(),
            f"at least one reference: a “References” section with items "
            f"like “{REFERENCE_FORM}”",
        ),
    ]
    return [message for value, message in checks if not value]
