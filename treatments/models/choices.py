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
