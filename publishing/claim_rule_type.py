"""What a claims rule is, and the public guidance the rules cite."""

import functools
import re
from dataclasses import dataclass

FTC_GUIDANCE = "the FTC's Health Products Compliance Guidance (2022)"
FDA_REGENERATIVE_ALERT = (
    "the FDA's Consumer Alert on Regenerative Medicine Products Including Stem "
    "Cells and Exosomes"
)
FDA_CLEARANCE_RULE = "FDA regulation 21 CFR 807.97"
FTC_GUIDANCE_START = "T" + FTC_GUIDANCE[1:]
FDA_REGENERATIVE_ALERT_START = "T" + FDA_REGENERATIVE_ALERT[1:]

# Approved care, as the object of a comparison or of "ditch ...".
APPROVED_CARE_WORDS = (
    r"minoxidil|finasteride|dutasteride|spironolactone|baricitinib|propecia|"
    r"rogaine|regaine|approved|standard|conventional|prescription|established|"
    r"medications?|medicines?|drugs?|tablets?|pills?|foams?|meds|"
    r"chemicals?(?: treatments?)?|"
    r"surgery|transplants?|transplantation|your doctor|(?:hormone|DHT) blockers?"
)
APPROVED_CARE = rf"(?:{APPROVED_CARE_WORDS})"


@dataclass(frozen=True)
class Rule:
    """One kind of risky claim.

    `patterns` are regular expressions matched on normalised text, on word
    boundaries and ignoring case; a group named `p` is the phrase reported
    (the rest only decides whether the pattern applies). `binding` says how
    the claim is tied to a product: "approved" or "cleared" (the claim is
    true of the product its clause names, or else of the page's product),
    "subject" (the claim passes when its subject is an approved product, as
    in "5% minoxidil worked better than 2%"), "named" (passes only when the
    clause itself names an approved product) or "named_or_topic" (the clause's
    product, else the page's).
    """

    id: str
    label: str
    why: str
    advice: str
    patterns: tuple
    negatable: bool = True
    # Words before the phrase in its clause that make it about something
    # else: "Finasteride can partly reverse thinning".
    limiting: tuple = ()
    binding: str = ""
    figures: bool = False  # a figure read from a trial ("vs placebo") passes
    cell_free_only: bool = False  # applies on pages about cell-free products
    # A pattern the sentence must also contain, e.g. a benefit for
    # "whatever the cause" to be a promise.
    requires: str = ""
    # "A lab can be registered with the FDA and still sell an unapproved
    # product": said of any lab, not of this one.
    generic_passes: bool = False
    excludes: str = ""  # a pattern in the sentence that turns the rule off

    def compiled(self):
        return compile_patterns(self.patterns)

    def may_match(self, sentence):
        """One pass over the sentence with all the rule's patterns: most
        sentences match none, and skip the pattern-by-pattern search."""
        return bool(compile_any(self.patterns).search(sentence))

    def applies_to(self, sentence):
        if self.excludes and compile_patterns((self.excludes,))[0].search(sentence):
            return False
        return not self.requires or bool(
            compile_patterns((self.requires,))[0].search(sentence)
        )


@functools.cache
def compile_patterns(patterns):
    return [
        re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])", re.IGNORECASE)
        for pattern in patterns
    ]


@functools.cache
def compile_any(patterns):
    either = "|".join(f"(?:{pattern})" for pattern in patterns)
    either = either.replace("(?P<p>", "(?:")
    return re.compile(rf"(?<![\w-])(?:{either})(?![\w])", re.IGNORECASE)


def phrase_span(match):
    """(start, end) of the phrase a pattern reports."""
    if "p" in match.re.groupindex and match.group("p") is not None:
        return match.span("p")
    return match.span()
