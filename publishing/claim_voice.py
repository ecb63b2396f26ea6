"""The backstop for wording no phrase list foresaw: a seller promising an outcome.

Clinic copy finds new words for the same promise faster than rules can list
them ("Get your hair back and keep it", "Complete hair restoration without
surgery", "Preferred by leading surgeons"). What stays the same is its shape:
- the seller's voice: we, our, you'll, an imperative, an exclamation, or a
  headline with no verb in it and a selling word ("complete", "finally");
- something promised: a good outcome for the reader's hair, or a word of
  authority (approved, certified, preferred, proven) said of the treatment;
- and no word that hedges, denies, cites or sets a condition. Honest writing
  about the same things nearly always carries one ("may", "some", "studies",
  "if you stop", "ask your doctor").
Pure over one normalised sentence; the caller has already set aside
questions, mentions and reports, and binds the claim to its product.
"""

import re

from .claim_clauses import words

HAIR = (
    r"(?:hair(?:line)?s?|follicles?|crowns?|scalps?|bald\w*|thinning|shedding|"
    r"hair[- ]loss|patch(?:es)?|density|strands?|locks|mane)"
)
GOOD_VERB = (
    r"(?:re-?grow\w*|re-?grew|restor\w*|reviv\w*|thicken\w*|reawaken\w*|wak\w* up|"
    r"bring\w* back|brought back|fix\w*|beat\w*|halt\w*|end(?:s|ed|ing)?|revers\w*|"
    r"solv\w*|banish\w*|transform\w*|renew\w*|rejuvenat\w*|boost\w*|strengthen\w*|"
    r"regenerat\w*|rebuild\w*|turn\w* back|erase\w*|erasing)"
)
OUTCOME = re.compile(
    r"(?<![\w-])(?:re-?grow\w*|re-?grew|grows? back|grow(?:ing)? (?:it |hair )?back|"
    r"(?:hair|hairline|crown|confidence) back|come(?:s)? back (?:thicker|fuller|"
    r"stronger)|thick(?:er|en\w*)|full(?:er)? (?:head|hair|hairline)|fuller|"
    r"dens(?:er|ity)|volume|new hair|hair growth|regrowth|growth results|"
    r"coverage|solved|keep it|(?:hair )?restoration|regeneration|"
    rf"{GOOD_VERB} (?:[\w'-]+ ){{0,4}}?{HAIR}|{HAIR} (?:[\w'-]+ ){{0,3}}?"
    rf"{GOOD_VERB})(?![\w])",
    re.IGNORECASE,
)
AUTHORITY = re.compile(
    r"(?<![\w-])(?:approved|approval|certified|certificate|licensed|accredited|"
    r"registered|regulated|endorsed|recommended|preferred|trusted|chosen|backed|"
    r"proven|validated|demonstrated|documented|tested|award\w*|rated)(?![\w])",
    re.IGNORECASE,
)
# Not "us": lower-cased, "the US" would read as the seller.
SELLER_VOICE = frozenset("our we we're we'll you'll you're your yours ours".split())
IMPERATIVE = frozenset(
    """get enjoy watch see expect regrow fix love reclaim restore discover
    experience achieve unlock boost transform grow feel wake revive rediscover
    imagine start say claim take turn beat banish reverse renew join choose
    trust halt end erase""".split()
)
# Words of a finished clause; a headline has none of them.
FINITE = frozenset(
    """is are was were be been being has have had do does did can could will
    would may might must shall should am isn't aren't""".split()
)
HEADLINE_WORDS = 12
# A headline sells when it says how complete, fast or sure: "Complete hair
# restoration without surgery"; "Exosomes for hair restoration" only names.
SELLING = frozenset(
    """complete completely total totally full fully real true lasting instant
    instantly fast rapid quick guaranteed natural naturally visible dramatic
    finally now today just only ultimate best perfect amazing incredible
    effortless easy""".split()
)
# "Your surgeon should be registered" is about the reader's doctor: a word of
# authority needs the seller's own voice.
OWN_VOICE = frozenset("our we we're we'll ours".split())
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
    """(start, end) of what a seller promises in `sentence`, or None."""
    said = words(sentence)
    if not said or HEDGES.intersection(said) or any(w.endswith("n't") for w in said):
        return None
    outcome = OUTCOME.search(sentence)
    if outcome and in_sellers_voice(sentence, said, SELLER_VOICE):
        return outcome.span()
    authority = AUTHORITY.search(sentence)
    if authority and in_sellers_voice(sentence, said, OWN_VOICE):
        return authority.span()
    return None


def in_sellers_voice(sentence, said, voice):
    headline = (
        len(said) <= HEADLINE_WORDS
        and not FINITE.intersection(said)
        and bool(SELLING.intersection(said))
    )
    return bool(
        voice.intersection(said)
        or said[0] in IMPERATIVE
        or sentence.rstrip().endswith("!")
        or headline
    )
