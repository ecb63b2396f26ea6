"""Which product a regulatory or comparative claim is about, and whether the
claim is true of it (claim_products holds the facts).

The product the claim's clause names comes first ("Minoxidil foam is FDA
approved" on the exosome page), then an aside or the antecedent of a relative
clause that names it, then the page's topic, and last the page's status.
A clearance or approval the sentence itself puts to another use ("cleared
for acne scars rather than hair loss"), and approved care named as a class
("the approved options"), are no claim for the page's product, nor is
the clearance of the equipment that prepares it ("the centrifuge used to
prepare PRP"); a
regulatory-sounding word said of a named approved product ("minoxidil is
made in FDA-registered facilities") suggests no approval it lacks.
"""

import re

from . import claim_clauses as clauses
from . import claim_products as products

RELATIVE = re.compile(
    r"\s*(?:(?:some|many|most|all|one|each|both|several|two) of )?(?:which|that|"
    r"who|whom)\b",
    re.IGNORECASE,
)
OTHER_USE = re.compile(
    r"\b(?:rather than|instead of|but not|and not|not for)\s+(?:for\s+|to treat\s+|"
    r"in\s+)?(?:[\w-]+\s+){0,2}?(?:hair|baldness|balding|alopecia|thinning|"
    r"hairline)\b",
    re.IGNORECASE,
)
EQUIPMENT_SUBJECT = re.compile(
    r"^\W*(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+)?(?:centrifuges?|"
    r"devices?|kits?|machines?|systems?|equipment)\s+(?:used|designed|made)\s+"
    r"(?:to|for)\s+(?:prepare|preparing|process|processing|spin|spinning|"
    r"separate|separating|collect|collecting)\b",
    re.IGNORECASE,
)
# "The main approved options", "the other approved treatments": approved care
# as a class, not the page's product.
CLASS_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
PREDICATE = re.compile(r"\s*(?:is|are|was|were|has|have|had)\b", re.IGNORECASE)


def bound_claim_holds(sentence, bounds, start, end, rule, context):
    """The claim is true of the product it is about (claim_products)."""
    left, right = bounds
    clause = sentence[left:right]
    named = (
        products.mentions(clause)
        or aside_mentions(sentence, left, right)
        or antecedent_mentions(sentence, left)
    )
    if rule.binding in ("named", "named_or_topic"):
        # "Finasteride improved hair in 83% of men", "Dermatologists suggest
        # minoxidil": an approved product is what the clause is about, and no
        # unapproved one comes first ("PRP gives twice the density of minoxidil").
        kind = bound_product(named, start - left, end - left)
        if kind is None and rule.binding == "named_or_topic":
            kind = context.topic  # "It regrows some hair" on the minoxidil page
        first = [m.kind for m in named if m.end <= start - left]
        return bool(kind and kind.approved_for_hair) and all(
            k.approved_for_hair for k in first
        )
    if rule.binding == "subject":
        # The subject comes before the claim, or in another clause: "Unlike
        # finasteride, minoxidil ..."; what follows in its clause is its object.
        subjects = [
            m for m in products.mentions(sentence) if m.end <= start or m.start >= right
        ]
        kinds = [m.kind for m in subjects] or ([context.topic] if context.topic else [])
        if speaks_for_page(sentence[left:start]):
            # "Minoxidil is a chore; our therapy sets you free": the clause's
            # subject is the page's own product, whatever came before.
            kinds = [context.topic] if context.topic else []
        if kinds:
            return any(kind.approved for kind in kinds)
        return context.status in ("approved", "cleared")
    if rule.binding == "named_subject":
        # "Minoxidil is made in FDA-registered facilities": said of a named
        # approved product, the words suggest no approval it lacks.
        subjects = [m.kind for m in named if m.end <= start - left]
        return bool(subjects) and all(kind.approved for kind in subjects)
    claim = rule.binding
    if (
        claim == "cleared"
        and EQUIPMENT_SUBJECT.match(sentence[left:start])
        and not products.HAIR_USE.search(sentence, end, right)
    ):
        # "The centrifuge used to prepare PRP is FDA cleared": the clause's
        # subject is the equipment, and a clearance is a device's, unless it
        # is claimed for hair.
        return True
    if OTHER_USE.search(sentence, end):
        # "... was cleared for acne scars rather than hair loss": the sentence
        # itself says the clearance is for another use.
        return True
    if claim == "approved" and names_approved_class(sentence, left, start, end, named):
        return True
    if "only" in clauses.words(sentence[left:start]):
        # "The only FDA approved stem cell products are made from cord blood."
        return any(products.claim_holds(m.kind, claim, clause) for m in named)
    kind = bound_product(named, start - left, end - left)
    if kind is None:
        kind = context.topic
    if kind is None:
        return context.status == claim
    return products.claim_holds(kind, claim, clause)


def aside_mentions(sentence, left, right):
    """Products in an aside that names what the clause meant: "Two FDA
    approved medicines, minoxidil and finasteride, have ..."; offsets are
    are the clause's, so that they count as coming after the claim."""
    aside = sentence[right:]
    found = products.mentions(aside)
    if not found or len(clauses.words(aside[: found[0].start])) > 1:
        return []
    shift = right - left
    return [products.Mention(m.kind, m.start + shift, m.end + shift) for m in found[:3]]


def antecedent_mentions(sentence, left):
    """The product a clause without one speaks of: for ", which the FDA
    approved for men" the one named just before; for "Minoxidil, sold as
    Rogaine, was the first drug the FDA approved" the sentence's subject."""
    found = products.mentions(sentence[:left])
    if not found:
        return []
    if RELATIVE.match(sentence, left):
        return [products.Mention(found[-1].kind, -1, -1)]
    if PREDICATE.match(sentence, left):
        return [products.Mention(found[0].kind, -1, -1)]
    return []


def bound_product(named, start, end):
    """The product a claim at clause[start:end] is about: the one it modifies
    ("FDA approved exosome therapy"), else its subject, else any after it."""
    after = [m for m in named if m.start >= end]
    before = [m for m in named if m.end <= start]
    if after and after[0].start - end <= 25:
        return after[0].kind
    if before:
        return before[-1].kind
    return after[0].kind if after else None


def speaks_for_page(clause_before):
    """The clause's subject is the seller's own product ("our therapy", "we"):
    no product is named in it before the claim."""
    if products.mentions(clause_before):
        return False
    return bool(clauses.OWN_VOICE.intersection(clauses.words(clause_before)))


def names_approved_class(sentence, left, start, end, named):
    """A definite plural with no product or own voice: "the approved options"."""
    before = sentence[left:start]
    return (
        not named
        and sentence[start:end].lower().endswith("s")
        and bool(CLASS_BEFORE.search(before))
        and not clauses.OWN_VOICE.intersection(clauses.words(before))
    )
