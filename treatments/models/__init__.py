from .choices import EvidenceLevel, RegulatoryStatus, RelationType
from .pages import RelatedTreatment, TreatmentIndexPage, TreatmentPage
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
