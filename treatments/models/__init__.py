from .choices import EvidenceLevel, RegulatoryStatus, RelationType
from .index_page import TreatmentIndexPage
from .pages import TreatmentPage
from .related import RelatedTreatment
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
