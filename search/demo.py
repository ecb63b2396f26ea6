"""The search part of the demo site, called by home's load_demo (idempotent).

Seeds the lay words visitors use. Each row: the word, what it stands for, and
optionally the condition slug or treatment slug it points to in the A-Z list.
"""

from treatments.models import Condition, TreatmentPage

from .models import Synonym

SYNONYMS = [
    {
        "term": "balding",
        "equivalents": "androgenetic alopecia, male pattern hair loss, "
        "female pattern hair loss, pattern hair loss",
        "condition": "androgenetic-alopecia",
    },
    {
        "term": "baldness",
        "equivalents": "androgenetic alopecia, pattern hair loss",
        "condition": "androgenetic-alopecia",
    },
    {
        "term": "thinning hair",
        "equivalents": "pattern hair loss, androgenetic alopecia",
        "condition": "androgenetic-alopecia",
    },
    {
        "term": "receding hairline",
        "equivalents": "male pattern hair loss, androgenetic alopecia",
        "condition": "androgenetic-alopecia",
    },
    {
        "term": "PRP",
        "equivalents": "platelet-rich plasma, platelet rich plasma",
        "treatment": "platelet-rich-plasma",
    },
    {
        "term": "vampire facial",
        "equivalents": "platelet-rich plasma",
        "treatment": "platelet-rich-plasma",
    },
    {
        "term": "laser cap",
        "equivalents": "low-level laser therapy, laser helmet, laser comb, "
        "red light therapy",
        "treatment": "low-level-laser-therapy",
    },
    {
        "term": "LLLT",
        "equivalents": "low-level laser therapy",
        "treatment": "low-level-laser-therapy",
    },
    {
        "term": "hair plugs",
        "equivalents": "hair transplant, follicular unit extraction, FUE, FUT",
        "treatment": "hair-transplant-surgery",
    },
    {
        "term": "dermaroller",
        "equivalents": "microneedling, derma roller, collagen induction therapy",
        "treatment": "microneedling",
    },
    {
        "term": "Rogaine",
        "equivalents": "minoxidil",
        "treatment": "minoxidil",
    },
    {
        "term": "Regaine",
        "equivalents": "minoxidil",
        "treatment": "minoxidil",
    },
    {
        "term": "Olumiant",
        "equivalents": "baricitinib",
        "treatment": "baricitinib-for-alopecia-areata",
    },
    {
        "term": "Propecia",
        "equivalents": "finasteride",
        "treatment": "finasteride",
    },
    {
        "term": "patchy hair loss",
        "equivalents": "alopecia areata",
        "condition": "alopecia-areata",
    },
    {
        "term": "shedding",
        "equivalents": "telogen effluvium",
        "condition": "telogen-effluvium",
    },
    {
        "term": "stem cells",
        "equivalents": "stem cell therapy, stem cell treatment",
        "treatment": "unapproved-stem-cell-treatments",
    },
]


def build(home, log):
    """Create the demo synonyms that are missing; return how many were made."""
    created = 0
    for data in SYNONYMS:
        condition = Condition.objects.filter(slug=data.get("condition")).first()
        treatment = TreatmentPage.objects.filter(slug=data.get("treatment")).first()
        synonym = Synonym.objects.filter(term__iexact=data["term"]).first()
        if synonym is None:
            Synonym.objects.create(
                term=data["term"],
                equivalents=data["equivalents"],
                condition=condition,
                treatment=treatment,
            )
            log(f"  created synonym {data['term']}")
            created += 1
        elif not (synonym.condition_id or synonym.treatment_id):
            # The article it points to may have been added since the last run.
            synonym.condition, synonym.treatment = condition, treatment
            synonym.save(update_fields=["condition", "treatment"])
    return created
