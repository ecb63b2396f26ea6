"""The vocabularies of a treatment article, each with what it means to readers."""

from django.db import models


class EvidenceLevel(models.TextChoices):
    ESTABLISHED = "established", "Established"
    EMERGING = "emerging", "Emerging"
    EXPERIMENTAL = "experimental", "Experimental"


EVIDENCE_EXPLANATIONS = {
    EvidenceLevel.ESTABLISHED: (
        "Supported by several good-quality randomised controlled trials and "
        "used in routine care."
    ),
    EvidenceLevel.EMERGING: (
        "Some controlled trials show a benefit, but they are small, short or "
        "inconsistent; more research is needed."
    ),
    EvidenceLevel.EXPERIMENTAL: (
        "Evidence comes mainly from laboratory, animal or small uncontrolled "
        "studies. Benefit and safety in people are not established."
    ),
}


# The general wording above speaks of drug trials. Operations, devices and
# other procedures are tested differently (an operation is rarely compared
# with a sham one), so the wording for them says what their evidence is.
EVIDENCE_EXPLANATIONS_BY_KIND = {
    ("established", "surgery"): (
        "A long-established operation, with consistent results reported in "
        "published case series and cohort studies and used in routine care. "
        "Operations are rarely tested in randomised controlled trials."
    ),
    ("emerging", "surgery"): (
        "Reported in small or short published series; results vary and longer "
        "follow-up is needed."
    ),
    ("established", "device"): (
        "Supported by good-quality controlled trials, including sham-controlled "
        "ones, and used in routine care."
    ),
    ("established", "therapy"): (
        "Supported by good-quality controlled studies and used in routine care."
    ),
}


def evidence_explanation(evidence_level, treatment_kind):
    """What the evidence level means for this kind of treatment."""
    return EVIDENCE_EXPLANATIONS_BY_KIND.get(
        (evidence_level, treatment_kind), EVIDENCE_EXPLANATIONS.get(evidence_level, "")
    )


class RegulatoryStatus(models.TextChoices):
    APPROVED = "approved", "Approved for this use"
    CLEARED = "cleared", "Cleared device"
    OFF_LABEL = "off_label", "Off-label use"
    NOT_APPROVED = "not_approved", "Not approved"
    PROCEDURE = "procedure", "Medical procedure"


REGULATORY_EXPLANATIONS = {
    RegulatoryStatus.APPROVED: "The U.S. FDA has approved a product for this use.",
    RegulatoryStatus.CLEARED: (
        "A device for this use has FDA 510(k) clearance: it was found "
        "substantially equivalent to an existing device. Clearance is not approval."
    ),
    RegulatoryStatus.OFF_LABEL: (
        "The product is approved for another use; using it for this one is a "
        "doctor's decision outside the approved label."
    ),
    RegulatoryStatus.NOT_APPROVED: (
        "No product for this use has been approved by the U.S. FDA."
    ),
    RegulatoryStatus.PROCEDURE: (
        "A procedure performed by a clinician rather than a product: it is "
        "governed by medical licensing and practice standards, not by an FDA "
        "product approval."
    ),
}


# Statuses under which the treatment is an accepted option for this use, so a
# call to action may name it ("Ask a doctor about X"). Anything else, or any
# treatment whose evidence is experimental, is offered as a conversation about
# the reader's options instead: naming it would contradict the article.
ACCEPTED_STATUSES = frozenset(
    {
        RegulatoryStatus.APPROVED,
        RegulatoryStatus.CLEARED,
        RegulatoryStatus.OFF_LABEL,
        RegulatoryStatus.PROCEDURE,
    }
)


def is_accepted_option(evidence_level, regulatory_status):
    """Approved, cleared or an established practice, and not experimental."""
    return (
        regulatory_status in ACCEPTED_STATUSES
        and evidence_level != EvidenceLevel.EXPERIMENTAL
    )


# Ranks for listing established, approved treatments first (the home page's
# featured treatments); lower comes first.
EVIDENCE_RANK = {level: rank for rank, level in enumerate(EvidenceLevel)}
STATUS_RANK = {
    RegulatoryStatus.APPROVED: 0,
    RegulatoryStatus.CLEARED: 1,
    RegulatoryStatus.PROCEDURE: 1,
    RegulatoryStatus.OFF_LABEL: 2,
    RegulatoryStatus.NOT_APPROVED: 3,
}


def established_first(treatments):
    """`treatments` by evidence level, then regulatory status; the given
    order (the editors') is kept among equals."""
    return sorted(
        treatments,
        key=lambda page: (
            EVIDENCE_RANK.get(page.evidence_level, len(EVIDENCE_RANK)),
            STATUS_RANK.get(page.regulatory_status, len(STATUS_RANK)),
        ),
    )


class RelationType(models.TextChoices):
    ALTERNATIVE = "alternative", "Alternative to"
    COMBINED = "combined", "Combined with"
    NOT_COMBINE = "not_combine", "Not to combine with"
    SEE_ALSO = "see_also", "See also"


RELATION_HEADINGS = {
    RelationType.ALTERNATIVE: "Alternatives to consider",
    RelationType.COMBINED: "Often combined with",
    RelationType.NOT_COMBINE: "Do not combine with",
    RelationType.SEE_ALSO: "See also",
}


class TreatmentKind(models.TextChoices):
    """What the treatment is, which decides how it is described to machines."""

    DRUG = "drug", "Medicine (a drug or biologic with a label)"
    DEVICE = "device", "Device"
    SURGERY = "surgery", "Surgical procedure"
    THERAPY = "therapy", "Other therapy or procedure"


class PrescriptionStatus(models.TextChoices):
    PRESCRIPTION_ONLY = "prescription_only", "Prescription only"
    OVER_THE_COUNTER = "otc", "Over the counter"
