"""The backstop for wording no phrase list foresaw: a seller promising an outcome.

Clinic copy finds new words for the same promise faster than rules can list
them ("Get your hair back and keep it", "Watch your hair come back thicker").
What stays the same is its shape: the seller's voice (we, our, you'll, an
imperative, an exclamation), a good outcome for the reader's hair, and no word
that hedges, denies, cites or sets a condition. Honest writing about the
same outcome nearly always carries one of those words ("may", "some",
"studies", "if you stop", "ask your doctor"). Pure over one normalised
sentence; the caller has already set aside questions, mentions and reports.
"""

import re

from .claim_clauses import words

OUTCOME = re.compile(
    r"(?<![\w-])(?:re-?grow\w*|re-?grew|grows? back|grow(?:ing)? (?:it |hair )?back|"
    r"(?:hair|hairline|crown|confidence) back|come(?:s)? back (?:thicker|fuller|"
    r"stronger)|thick(?:er|en\w*)|full(?:er)? (?:head|hair|hairline)|fuller|"
    r"dens(?:er|ity)|volume|new hair|hair growth|regrowth|growth results|"
    r"coverage|solved|keep it)(?![\w])",
    re.IGNORECASE,
)
SELLER_VOICE = frozenset("our we we're we'll us you'll you're your yours ours".split())
IMPERATIVE = frozenset(
    """get enjoy watch see expect regrow fix love reclaim restore discover
    experience achieve unlock boost transform grow feel wake revive rediscover
    imagine start say claim take""".split()
)
HEDGES = frozenset(
    """may might could can can't cannot possibly perhaps some if whether not no
    never nobody none unless depend depends vary varies differ differs study
    studies trial trials evidence research found reported placebo ask doctor
    doctors usually often sometimes rarely likely unlikely wait before take takes
    slow slows slowed small modest little limited unknown unclear risk risks side
    stop stops stopped stopping lose lost loses return returns should need needs
    when while until whom who which aim aims hope hoped help helps tell judge
    measure measured counted count counts""".split()
)


def promised_outcome(sentence):
    """(start, end) of the outcome a seller promises in `sentence`, or None."""
    outcome = OUTCOME.search(sentence)
    if outcome is None:
        return None
    said = words(sentence)
    if not said or HEDGES.intersection(said) or any(w.endswith("n't") for w in said):
        return None
    voiced = (
        SELLER_VOICE.intersection(said)
        or said[0] in IMPERATIVE
        or sentence.rstrip().endswith("!")
    )
    return outcome.span() if voiced else None
