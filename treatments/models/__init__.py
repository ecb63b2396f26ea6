from .choices import EvidenceLevel, RegulatoryStatus, RelationType
from .condition_index import ConditionIndexPage
from .doctor_index import DoctorIndexPage
from .index_page import TreatmentIndexPage
from .pages import TreatmentPage
from .related import RelatedTreatment
from .snippets import Condition, Doctor, SupportOrganisation

__all__ = [
    "Condition",
    "ConditionIndexPage",
    "Doctor",
    "DoctorIndexPage",
    "EvidenceLevel",
    "RegulatoryStatus",
    "RelatedTreatment",
    "RelationType",
    "SupportOrganisation",
    "TreatmentIndexPage",
    "TreatmentPage",
]
