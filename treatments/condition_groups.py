"""A condition page's treatments, grouped for readers (pure functions).

Strongest evidence first; within each evidence level, the regulatory
statuses in the order of the vocabulary (approved first, not approved last).
Only groups that hold a treatment are returned.

A level's explanation fits the kinds of treatment in it: the one for their
kind when they share it (an operation is not said to rest on drug trials),
else wording that holds for any kind.
"""

from .models.choices import (
    REGULATORY_EXPLANATIONS,
    EvidenceLevel,
    RegulatoryStatus,
    evidence_explanation,
)

ANY_KIND_EXPLANATIONS = {
    EvidenceLevel.ESTABLISHED: (
        "Strong, consistent evidence of the kind each treatment can have "
        "(controlled trials for medicines and devices, long published series "
        "for operations), and used in routine care."
    ),
    EvidenceLevel.EMERGING: (
        "Some studies show a benefit, but they are small, short or "
        "inconsistent; more research is needed."
    ),
    EvidenceLevel.EXPERIMENTAL: (
        "Evidence comes mainly from laboratory, animal or small uncontrolled "
        "studies. Benefit and safety in people are not established."
    ),
}


def level_explanation(level, treatments):
    kinds = {getattr(treatment, "treatment_kind", None) for treatment in treatments}
    if len(kinds) == 1:
        return evidence_explanation(level, kinds.pop())
    return ANY_KIND_EXPLANATIONS[level]


def group_by_evidence_and_status(treatments):
    """[{level, label, explanation, statuses: [{status, label, explanation,
    treatments}]}] for the treatments given, each treatment in one place."""
    groups = []
    for level in EvidenceLevel:
        at_level = [t for t in treatments if t.evidence_level == level]
        statuses = [
            {
                "status": status.value,
                "label": status.label,
                "explanation": REGULATORY_EXPLANATIONS[status],
                "treatments": [t for t in at_level if t.regulatory_status == status],
            }
            for status in RegulatoryStatus
        ]
        statuses = [group for group in statuses if group["treatments"]]
        if statuses:
            groups.append(
                {
                    "level": level.value,
                    "label": level.label,
                    "explanation": level_explanation(level, at_level),
                    "statuses": statuses,
                }
            )
    return groups
