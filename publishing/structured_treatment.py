"""The medical parts of a treatment page's JSON-LD: what the treatment is, its
legal status, the conditions it is for, the specialties and the reviewer."""

from treatments.models.choices import (
    REGULATORY_EXPLANATIONS,
    PrescriptionStatus,
    RegulatoryStatus,
    TreatmentKind,
)

SCHEMA_URL = "https://schema.org/"
SCHEMA_TYPES = {
    TreatmentKind.DRUG: "Drug",
    TreatmentKind.DEVICE: "MedicalDevice",
    TreatmentKind.SURGERY: "SurgicalProcedure",
    TreatmentKind.THERAPY: "MedicalTherapy",
}
PRESCRIPTION_STATUSES = {
    PrescriptionStatus.PRESCRIPTION_ONLY: f"{SCHEMA_URL}PrescriptionOnly",
    PrescriptionStatus.OVER_THE_COUNTER: f"{SCHEMA_URL}OTC",
}
# Words in a doctor's specialties, and the schema.org MedicalSpecialty each
# means. Free text that matches none ("Regenerative medicine safety") is left
# out rather than guessed.
SPECIALTY_WORDS = {
    "dermatolog": "Dermatology",
    "plastic surg": "PlasticSurgery",
    "surgery": "Surgical",
    "musculoskeletal": "Musculoskeletal",
    "rheumatolog": "Rheumatologic",
    "endocrin": "Endocrine",
    "primary care": "PrimaryCare",
    "general practice": "PrimaryCare",
    "pharmac": "PharmacySpecialty",
    "physiotherap": "Physiotherapy",
}
REGULATOR_COUNTRY = {"@type": "Country", "name": "United States"}


def treatment(page, page_url, specialties):
    """The treatment as a Drug, MedicalDevice, SurgicalProcedure or MedicalTherapy."""
    kind = page.treatment_kind or TreatmentKind.THERAPY
    node = {
        "@type": SCHEMA_TYPES[kind],
        "@id": f"{page_url}#treatment",
        "name": page.title,
        "description": page.summary,
        "legalStatus": legal_status(page, kind),
        "relevantSpecialty": specialties,
    }
    if kind == TreatmentKind.DRUG:
        node["prescriptionStatus"] = PRESCRIPTION_STATUSES.get(page.prescription_status)
    return node


def legal_status(page, kind):
    """The U.S. regulatory status for this use, as the page states it."""
    if page.regulatory_status not in RegulatoryStatus.values:
        return None
    label = RegulatoryStatus(page.regulatory_status).label
    explanation = REGULATORY_EXPLANATIONS[page.regulatory_status]
    if kind == TreatmentKind.DRUG:
        return {
            "@type": "DrugLegalStatus",
            "name": label,
            "description": explanation,
            "applicableLocation": REGULATOR_COUNTRY,
        }
    return f"{label} (United States): {explanation}"


def condition_id(root, item):
    return f"{root}/#condition-{item.slug}"


def condition(root, item):
    return {
        "@type": "MedicalCondition",
        "@id": condition_id(root, item),
        "name": item.name,
        "description": item.description,
    }


def patients_with(root, conditions):
    """The readers: patients with the page's conditions."""
    return {
        "@type": "MedicalAudience",
        "audienceType": "Patients",
        "healthCondition": [{"@id": condition_id(root, item)} for item in conditions],
    }


def medical_specialties(doctor):
    """schema.org MedicalSpecialty URLs for the doctor's specialties, in order."""
    found = []
    for specialty in doctor.specialty_list if doctor else []:
        text = specialty.lower()
        for word, member in SPECIALTY_WORDS.items():
            if word in text:
                found.append(f"{SCHEMA_URL}{member}")
                break
    return list(dict.fromkeys(found))


def person(doctor):
    """The reviewer. The description carries the doctor's biography, which for
    the demo's sample doctors says that they are fictional."""
    credentials = [part.strip() for part in doctor.credentials.split(",")]
    return {
        "@type": "Person",
        "name": doctor.name,
        "description": doctor.short_bio,
        "honorificSuffix": doctor.credentials,
        "hasCredential": [
            {"@type": "EducationalOccupationalCredential", "name": credential}
            for credential in credentials
        ],
        "knowsAbout": doctor.specialty_list,
    }
