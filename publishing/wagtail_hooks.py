"""Admin wiring: the claims check, review report and panel, acknowledgements."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from treatments.forms import FORM_CHECK_HOOK
from treatments.hooks import (
    BYLINE_HOOK,
    EDITOR_PANELS_HOOK,
    NOTICES_HOOK,
    PUBLISH_CHECK_HOOK,
    ROUTE_RELATED_HOOK,
    STRUCTURED_DATA_HOOK,
)
from treatments.models import TreatmentPage

from .acknowledgements import (
    MIN_REASON_LENGTH,
    findings_for,
    findings_for_page,
    reasons_from,
    store_acknowledgements,
    unacknowledged,
    unacknowledged_in_revision,
)
from .claim_fields import form_field_units
from .outside_review import (
    record_button,
    record_outside_review_view,
    register_log_action,
)
from .panels import ClaimsCheckPanel
from .reports import ReviewDuePanel, ReviewDueReportView
from .review_state import ROUTE_RELATED
from .treatment_pages import json_ld, review_byline, review_notice

BLOCKING_ACTIONS = ("action-publish", "action-submit", "action-workflow-action")


hooks.register(BYLINE_HOOK, review_byline)
hooks.register(NOTICES_HOOK, review_notice)
hooks.register(STRUCTURED_DATA_HOOK, json_ld)


@hooks.register(ROUTE_RELATED_HOOK)
def review_state_with_the_page():
    """The byline, notice and JSON-LD read the page's review state: joined
    when routing loads the page, it costs no query of its own."""
    return [ROUTE_RELATED]


@hooks.register(EDITOR_PANELS_HOOK)
def claims_check_panel():
    """The UI of the claims check; the check itself is check_claims below."""
    return [ClaimsCheckPanel(heading="Claims check")]


@hooks.register(FORM_CHECK_HOOK)
def check_claims(form, cleaned_data):
    """Flag risky phrases; block publishing until each is reworded or explained."""
    page = form.instance
    site = (page if page.pk else form.parent_page).get_site()
    findings = findings_for(
        cleaned_data.get("title"),
        cleaned_data.get("summary"),
        cleaned_data.get("regulatory_status"),
        cleaned_data.get("body"),
        site,
        form_field_units(form, cleaned_data),
    )
    for finding in findings:
        if finding.refused:  # an impossible status: refused even for a draft
            form.add_error("regulatory_status", finding.advice)
    findings = [finding for finding in findings if not finding.refused]
    form.claim_findings = findings
    if form.is_deferred_validation:
        return  # a draft: warnings after saving, no block
    reasons = reasons_from(form.data, findings)
    for finding in unacknowledged(findings, reasons):
        form.add_error(
            None,
            f"Claims check: “{finding.phrase}” in {finding.where} "
            f"({finding.label}). Reword it, or give a reason of at least "
            f"{MIN_REASON_LENGTH} characters in the Claims check panel.",
        )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def record_claims(request, page):
    """Store the reasons given with this revision; warn about a draft's claims."""
    page = page.specific
    if not isinstance(page, TreatmentPage) or page.latest_revision is None:
        return
    revision = page.latest_revision
    saved = revision.as_object()
    findings = findings_for_page(saved)
    reasons = reasons_from(request.POST, findings)
    stored = store_acknowledgements(revision, findings, reasons, request.user)
    if not findings or not request.accepts("text/html"):
        return  # autosave answers in JSON; its messages would pile up
    if any(request.POST.get(action) for action in BLOCKING_ACTIONS):
        messages.info(
            request,
            f"{len(stored)} flagged phrase{'s' if len(stored) != 1 else ''} "
            "kept with a reason; the reasons are stored with this revision.",
        )
    else:
        warn_about_findings(request, findings, reasons)


def warn_about_findings(request, findings, reasons):
    items = format_html_join(
        "",
        "<li>“{}” in {}: {}{}</li>",
        (
            (
                finding.phrase,
                finding.where,
                finding.label,
                " (reason given)" if finding.key in reasons else "",
            )
            for finding in findings
        ),
    )
    messages.warning(
        request,
        format_html(
            "Claims check: {} phrase{} to reword or explain before publishing. "
            "See the Claims check panel at the end of the Content tab.<ul>{}</ul>",
            len(findings),
            "s" if len(findings) != 1 else "",
            items,
        ),
    )


@hooks.register(PUBLISH_CHECK_HOOK)
def claims_without_reasons(revision):
    """Publishing outside the editor (import_article --publish) is checked too."""
    return [
        f"Claims check: “{finding.phrase}” in {finding.where} ({finding.label}). "
        "Reword it, or open the page in the admin and give a reason."
        for finding in unacknowledged_in_revision(revision)
    ]


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_of_unexplained_claims(request, action_type, objects, action):
    """Bulk publishing skips the editor form, so check the saved revisions."""
    pages = [page for page in objects if isinstance(page, Page)]
    if action_type != "publish" or not pages:
        return None
    form = getattr(action, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in list(pages):
            pages.extend(page.get_descendants().not_live())
    blocked = [
        page.title
        for page in pages
        if isinstance(page.specific, TreatmentPage)
        and page.get_latest_revision() is not None
        and unacknowledged_in_revision(page.get_latest_revision())
    ]
    if not blocked:
        return None
    messages.error(
        request,
        "Not published: "
        + ", ".join(f"“{title}”" for title in blocked)
        + " flagged by the claims check. Open each page, reword or give reasons, "
        "and publish it from the editor.",
    )
    return redirect(action.next_url)


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path(
            "reports/review-due/",
            ReviewDueReportView.as_view(),
            name="publishing_review_due",
        ),
        path(
            "reports/review-due/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="publishing_review_due_results",
        ),
        path(
            "publishing/pages/<int:page_id>/outside-review/",
            record_outside_review_view,
            name="publishing_outside_review",
        ),
    ]


hooks.register("register_log_actions", register_log_action)


@hooks.register("register_page_header_buttons")
def outside_review_header_button(page, user, view_name, next_url=None):
    return record_button(page, user)


@hooks.register("register_page_listing_more_buttons")
def outside_review_listing_button(page, user, next_url=None):
    return record_button(page, user)


class ReviewDueMenuItem(MenuItem):
    def is_shown(self, request):
        return ReviewDueReportView.permission_policy.user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewDueMenuItem(
        "Medical review due",
        reverse("publishing_review_due"),
        icon_name="time",
        order=150,
    )


@hooks.register("construct_homepage_panels")
def add_review_due_panel(request, panels):
    if ReviewDueReportView.permission_policy.user_has_any_permission(
        request.user, ["add", "change", "publish"]
    ):
        panels.append(ReviewDuePanel(request))
