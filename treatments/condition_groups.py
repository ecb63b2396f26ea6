"""A condition page's treatments, grouped for readers (pure functions).

Strongest evidence first; within each evidence level, the regulatory
statuses in the order of the vocabulary (approved first, not approved last).
Only groups that hold a treatment are returned.
"""

from .models.choices import (
    EVIDENCE_EXPLANATIONS,
    REGULATORY_EXPLANATIONS,
    EvidenceLevel,
    RegulatoryStatus,
)


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
                    "explanation": EVIDENCE_EXPLANATIONS[level],
                    "statuses": statuses,
                }
            )
    return groups
