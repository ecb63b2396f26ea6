"""Kinds of product the articles discuss, and what U.S. regulators have said of each.

A regulatory claim is true or false of a product, not of a page: "Minoxidil
foam is FDA approved" is true on the exosome page, and "FDA approved exosome
therapy" is false on every page. The checker binds each claim to the product
its clause names (claims.py) and looks the product up here.

The facts, from the references in the portal's sources list:
- Exosomes and other cell-free "regenerative" products (secretome,
  conditioned media): no product is FDA approved, for hair or anything else
  (FDA Public Safety Notification on Exosome Products, Dec 2019; Consumer
  Alert on Regenerative Medicine Products, Jul 2020). They are biologics,
  not devices, so nothing is "cleared" either.
- Stem cells: the approved products are cord-blood haematopoietic stem cell
  products for blood disorders (Consumer Alert, 2020) and one mesenchymal
  stromal cell product, Ryoncil (remestemcel-L), approved on 18 Dec 2024 for
  steroid-refractory acute graft-versus-host disease in children. No stem cell
  product is approved for hair, skin or joints.
- PRP: preparation kits are 510(k)-cleared devices for other uses; no PRP
  product is approved or cleared for hair loss.
- Topical finasteride: no approved product (FDA alert on compounded topical
  finasteride, Apr 2025).
- Approved for hair loss: topical minoxidil, finasteride 1 mg, and for
  alopecia areata baricitinib (2022), ritlecitinib (2023), deuruxolitinib
  (2024). Oral minoxidil is approved for blood pressure only.
- Cleared, not approved: low-level laser devices (HairMax, iRestore 510(k)s)
  and scalp-cooling caps (DigniCap, Paxman).
- Procedures (transplant, microneedling) are not approved or cleared as such;
  some microneedling pens are cleared for facial acne scars (De Novo, 2018),
  none for hair.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ProductKind:
    key: str
    label: str
    pattern: str
    approved: bool = False  # some product of this kind is FDA approved
    approved_for_hair: bool = False
    cleared: bool = False  # devices with 510(k) clearance or de novo
    # Some devices of this kind are cleared for skin, not hair: a clearance
    # said for a skin use that names no hair use holds.
    cleared_for_skin: bool = False
    cell_free: bool = False
    # No authority has approved it: an "approved" page status is refused.
    never_approved: bool = False


KINDS = (
    # More specific names first: "topical finasteride" before "finasteride".
    ProductKind(
        "exosomes",
        "exosomes",
        r"exosomes?|extracellular vesicles?|exosome-based",
        cell_free=True,
        never_approved=True,
    ),
    ProductKind(
        "secretome",
        "secretome or conditioned media",
        r"secretomes?|conditioned (?:media|medium)",
        cell_free=True,
        never_approved=True,
    ),
    ProductKind(
        "msc_gvhd",
        "Ryoncil (remestemcel-L)",
        r"ryoncil|remestemcel(?:-l)?(?:-rknd)?|"
        r"mesenchymal stromal cell therap(?:y|ies)",
        approved=True,
    ),
    ProductKind(
        "cord_blood",
        "cord-blood stem cell products",
        r"cord[- ]blood(?: (?:stem cells?|products?))?",
        approved=True,
    ),
    ProductKind(
        "stem_cells",
        "stem cells",
        r"stem[- ]cells?|mesenchymal stem cells?|MSCs?",
        never_approved=True,
    ),
    ProductKind(
        "prp",
        "platelet-rich plasma",
        r"PRP|platelet[- ]rich plasma",
        never_approved=True,
    ),
    ProductKind(
        "topical_finasteride",
        "topical finasteride",
        r"(?:topical|compounded) finasteride|finasteride (?:sprays?|gels?|serums?|"
        r"lotions?|solutions?)",
        never_approved=True,
    ),
    ProductKind(
        "finasteride",
        "finasteride",
        r"finasteride|propecia",
        approved=True,
        approved_for_hair=True,
    ),
    ProductKind(
        "oral_minoxidil",
        "oral minoxidil",
        r"(?:oral|low[- ]dose) minoxidil|minoxidil (?:tablets?|pills?)|LDOM",
        approved=True,
    ),
    ProductKind(
        "minoxidil",
        "topical minoxidil",
        r"(?:\d+(?:\.\d+)? ?% )?minoxidil(?: \d+(?:\.\d+)? ?%)?|rogaine|regaine",
        approved=True,
        approved_for_hair=True,
    ),
    ProductKind(
        "jak_inhibitor",
        "JAK inhibitors for alopecia areata",
        r"baricitinib|olumiant|ritlecitinib|litfulo|deuruxolitinib|leqselvi",
        approved=True,
        approved_for_hair=True,
    ),
    ProductKind(
        "dutasteride",
        "dutasteride",
        r"dutasteride|avodart",
        approved=True,
    ),
    ProductKind(
        "laser",
        "low-level laser devices",
        r"laser (?:caps?|combs?|helmets?|devices?|bands?|therapy)|low[- ]level "
        r"(?:laser|light)(?: therapy)?|LLLT|hairmax|irestore|capillus|"
        r"photobiomodulation",
        cleared=True,
    ),
    ProductKind(
        "scalp_cooling",
        "scalp-cooling caps",
        r"scalp[- ]cool(?:ing|ers?)(?: caps?| systems?)?|cooling caps?|dignicap|paxman",
        cleared=True,
    ),
    ProductKind(
        "transplant",
        "hair transplant surgery",
        r"hair transplant(?:s|ation)?|FUE|FUT|follicular unit \w+",
    ),
    ProductKind(
        "microneedling",
        "microneedling",
        r"micro-?needling|derma ?rollers?|derma ?pens?",
        cleared_for_skin=True,
    ),
)
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}
# One alternation, longest names first within each kind, as named groups.
PRODUCT = re.compile(
    "|".join(
        rf"(?P<{kind.key}>(?<![\w-])(?:{kind.pattern})(?![\w]))" for kind in KINDS
    ),
    re.IGNORECASE,
)
HAIR_USE = re.compile(
    r"\b(?:hair|baldness|balding|alopecia|thinning|scalp|hairline|follicles?)\b",
    re.IGNORECASE,
)

SKIN_USE = re.compile(
    r"\b(?:acne|scars?|scarring|wrinkles?|fine lines|skin|facial|face|"
    r"stretch marks?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    kind: ProductKind
    start: int
    end: int


def mentions(text):
    """Every product named in `text`, in order."""
    return [
        Mention(KINDS_BY_KEY[match.lastgroup], match.start(), match.end())
        for match in PRODUCT.finditer(text)
    ]


def topic_of(*texts):
    """The kind of product the first text naming one is about, or None."""
    for text in texts:
        found = mentions(text or "")
        if found:
            return found[0].kind
    return None


def claim_holds(kind, claim, clause):
    """True when `claim` ("approved" or "cleared") is true of `kind`."""
    if claim == "cleared":
        return kind.cleared or (
            kind.cleared_for_skin
            and bool(SKIN_USE.search(clause))
            and not HAIR_USE.search(clause)
        )
    if not kind.approved:
        return False
    return kind.approved_for_hair or not HAIR_USE.search(clause)


def refused_status(kind, status):
    """Why `status` cannot be right for a page about `kind`, or ''."""
    if kind is None or not kind.never_approved:
        return ""
    if status == "approved":
        return (
            f"No authority has approved {kind.label} for this use: the FDA "
            "lists no such approved product. Choose “Not approved”."
        )
    if status == "cleared" and kind.key != "prp":
        return (
            f"{kind.label.capitalize()} are not a device, so no FDA clearance "
            "applies. Choose “Not approved”."
        )
    return ""
