"""What each demo treatment is: a medicine, a device, an operation or a therapy.

Kept beside the articles rather than in them while their format changes; the
builder reads it by slug. Exosome and stem cell products are typed as therapies,
not medicines: no labelled product exists, only clinics' courses of injections
or facials.
"""

TREATMENT_KINDS = {
    "baricitinib-for-alopecia-areata": ("drug", "prescription_only"),
    "finasteride": ("drug", "prescription_only"),
    "minoxidil": ("drug", "otc"),
    "low-level-laser-therapy": ("device", ""),
    "microneedling": ("device", ""),
    "hair-transplant-surgery": ("surgery", ""),
    "platelet-rich-plasma": ("therapy", ""),
    "exosomes-for-hair-restoration": ("therapy", ""),
    "exosome-skin-treatments": ("therapy", ""),
    "unapproved-stem-cell-treatments": ("therapy", ""),
}


def kind_fields(slug):
    """The page fields for an article, or none (the model's default) if unlisted."""
    if slug not in TREATMENT_KINDS:
        return {}
    kind, prescription_status = TREATMENT_KINDS[slug]
    return {"treatment_kind": kind, "prescription_status": prescription_status}
