"""Findings of a treatment page and the editor's reasons for keeping them.

A flagged phrase blocks publishing (and submitting for review) until it is
reworded or acknowledged: the editor writes a reason in the "Claims check"
panel, whose fields are named `claims-ack-<finding key>`. The reasons are
stored as ClaimAcknowledgements against the revision that was saved with
them, and offered again in the panel for the same phrase in the same place.
"""

import dataclasses

from treatments.sites import default_site

from .claim_fields import page_field_units
from .claim_text import article_from_fields
from .claims import check_article
from .models import ClaimAcknowledgement, ReviewSettings

FIELD_PREFIX = "claims-ack-"
MIN_REASON_LENGTH = 10


def field_name(finding):
    return f"{FIELD_PREFIX}{finding.key}"


def site_phrases_for(site):
    if site is None:
        return []
    return ReviewSettings.for_site(site).site_phrases


def findings_for(title, summary, regulatory_status, body, site, field_units=()):
    """`field_units`: the page's other reader-visible texts (claim_fields)."""
    article = article_from_fields(title, summary, regulatory_status, body)
    article = dataclasses.replace(article, units=(*article.units, *field_units))
    return check_article(article, site_phrases_for(site))


def findings_for_page(page, site=None):
    return findings_for(
        page.title,
        page.summary,
        page.regulatory_status,
        page.body,
        site or page.get_site() or default_site(),
        page_field_units(page),
    )


def reasons_from(data, findings):
    """{finding key: reason} for the reasons typed into the panel."""
    reasons = {}
    for finding in findings:
        reason = " ".join(str(data.get(field_name(finding), "")).split())
        if reason:
            reasons[finding.key] = reason
    return reasons


def unacknowledged(findings, reasons):
    """Findings still blocking; a refused one (an impossible status) always is."""
    return [
        finding
        for finding in findings
        if finding.refused or len(reasons.get(finding.key, "")) < MIN_REASON_LENGTH
    ]


def store_acknowledgements(revision, findings, reasons, user):
    """Keep each reason given for a current finding with `revision`."""
    stored = []
    for finding in findings:
        reason = reasons.get(finding.key, "")
        if finding.refused or len(reason) < MIN_REASON_LENGTH:
            continue
        acknowledgement, _ = ClaimAcknowledgement.objects.update_or_create(
            revision=revision,
            key=finding.key,
            defaults={
                "rule": finding.rule,
                "phrase": finding.phrase[:255],
                "location": finding.where[:255],
                "reason": reason,
                "user": user if user and user.is_authenticated else None,
            },
        )
        stored.append(acknowledgement)
    return stored


def previous_reasons(page):
    """{key: reason} from this page's most recent acknowledgements."""
    if not page.pk:
        return {}
    reasons = {}
    acknowledgements = ClaimAcknowledgement.objects.filter(
        revision__object_id=str(page.pk),
        revision__base_content_type=page.get_base_content_type(),
    ).order_by("created_at")
    for acknowledgement in acknowledgements:
        reasons[acknowledgement.key] = acknowledgement.reason
    return reasons


def unacknowledged_in_revision(revision):
    """Findings of a saved revision that have no reason stored with it."""
    findings = findings_for_page(revision.as_object())
    acknowledged = set(revision.claim_acknowledgements.values_list("key", flat=True))
    return [
        finding
        for finding in findings
        if finding.refused or finding.key not in acknowledged
    ]
