from .pages import (
    EvidenceLevel,
    RegulatoryStatus,
    RelatedTreatment,
    RelationType,
    TreatmentIndexPage,
    TreatmentPage,
)
from .snippets import Condition, Doctor

__all__ = [
    "Condition",
    "Doctor",
    "EvidenceLevel",
    "RegulatoryStatus",
    "RelatedTreatment",
    "RelationType",
    "TreatmentIndexPage",
    "TreatmentPage",
]
