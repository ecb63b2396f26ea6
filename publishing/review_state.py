"""Is the live text the approved text? Worked out on publish, read on render.

Every publish of a treatment page, by any path (the editor, the bulk action,
scheduled publishing, `import_article`, `revision.publish()` from code),
sends Wagtail's page_published signal; `on_treatment_published` compares the
fingerprint of the revision that went live with the latest approval's and
stores the answer in the page's ReviewState row. A page is "reviewed" only
while they match; otherwise its medical review is pending, readers are told
so and the JSON-LD makes no review claim.

It also writes the review dates on the page from the latest approval, so a
date typed into a revision (by a script, an old import) never reaches readers
or the review-due report.
"""

from dataclasses import dataclass
from datetime import date, datetime

from treatments.models import Doctor

from .models import MedicalReview, ReviewState
from .review_fingerprint import fingerprint

CACHE_ATTRIBUTE = "_publishing_review_claim"
# Joined to a treatment page when routing loads it (publishing/wagtail_hooks),
# so a served article reads its claim without a query of its own.
ROUTE_RELATED = "review_state__review__reviewer"
NOT_JOINED = object()


@dataclass(frozen=True)
class ReviewClaim:
    """What a page may say about its review."""

    reviewed: bool
    reviewer: Doctor | None = None
    reviewed_on: date | None = None
    next_review_due: date | None = None
    updated_at: datetime | None = None  # when unreviewed content went live


def latest_review(page_id):
    return MedicalReview.objects.filter(page_id=page_id).first()


def refresh_review_state(page, revision=None):
    """Store whether `page`'s live revision is what its latest approval approved."""
    revision = revision or page.live_revision
    if revision is None:
        return None
    live_fingerprint = fingerprint(revision.as_object())
    review = latest_review(page.pk)
    reviewed = review is not None and review.fingerprint == live_fingerprint
    state, _ = ReviewState.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "review": review,
            "reviewed": reviewed,
            "live_fingerprint": live_fingerprint,
            "published_at": page.last_published_at,
        },
    )
    write_review_fields(page, review)
    return state


def write_review_fields(page, review):
    """The page's review dates come from the approval, never from a revision."""
    fields = {
        "last_reviewed": review.reviewed_on if review else None,
        "next_review_due": review.next_review_due if review else None,
    }
    type(page).objects.filter(pk=page.pk).update(**fields)
    for name, value in fields.items():
        setattr(page, name, value)


def on_treatment_published(sender, instance, revision=None, **kwargs):
    """page_published of a TreatmentPage, whatever published it."""
    refresh_review_state(instance, revision)


def joined_state(page):
    """The page's ReviewState as routing joined it (None: the page has
    none), or NOT_JOINED when the page was loaded some other way."""
    relation = ReviewState.page.field.remote_field
    if not relation.is_cached(page):
        return NOT_JOINED
    return relation.get_cached_value(page)


def review_state_of(page):
    state = joined_state(page)
    if state is NOT_JOINED:
        state = (
            ReviewState.objects.select_related("review__reviewer")
            .filter(page_id=page.pk)
            .first()
        )
    return state


def review_claim(page, request=None):
    """The page's ReviewClaim: at most one query, once per page object.

    The notice, the byline and the JSON-LD all ask; the answer is kept on the
    page object so a render costs one query, or none when routing joined the
    row to the page. A preview shows unsaved content, so it is compared with
    the approval itself.
    """
    cached = page.__dict__.get(CACHE_ATTRIBUTE)
    if cached is not None:
        return cached
    state = review_state_of(page)
    review = state.review if state else None
    if getattr(request, "is_preview", False):
        reviewed = review is not None and review.fingerprint == fingerprint(page)
    else:
        reviewed = bool(state and state.reviewed and page.live)
    if reviewed:
        claim = ReviewClaim(
            True, review.reviewer, review.reviewed_on, review.next_review_due
        )
    else:
        published = state.published_at if state else None
        claim = ReviewClaim(False, updated_at=published or page.last_published_at)
    page.__dict__[CACHE_ATTRIBUTE] = claim
    return claim
