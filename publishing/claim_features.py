"""What the learned backstop (claim_model.py) reads in a sentence.

Phrase lists catch the wording they were shown; the same promise comes back
in new words. So besides the words themselves (lower-cased, numbers folded
to one token, each word also cut to its first five letters so that "regrows",
"regrowth" and "regrowing" count as one), the model sees word classes that
stay the same when the wording changes:
- what is promised: an outcome for hair, a word of authority or certainty,
  a figure, a percentage, a time to result;
- whose voice: the seller's ("we", "our", "you'll", an imperative, an
  exclamation) or a named source's;
- how careful it is: hedges, negations, questions, mentions, reports.
Pure over one normalised sentence (claim_normalise.normalise); the page's
status and topic add one feature each.
"""

import re

from . import claim_clauses as clauses
from . import claim_products as products
from . import claim_reported as reported
from . import claim_voice as voice
from .claim_rule_type import APPROVED_CARE

TOKEN = re.compile(r"\d+(?:[.,]\d+)*\s?(?:%|x\b|percent\b)?|[a-z]+(?:'[a-z]+)?|[!?]")
STEM = 5
CERTAINTY = frozenset(
    """guarantee guaranteed guarantees always every everyone everybody all
    anyone permanent permanently forever lifetime lasting never again zero
    completely complete total totally fully entirely absolutely definitely
    certain certainly sure surely 100 only best first unique instantly instant
    immediately overnight risk-free painless effortless no-risk pure natural
    naturally safe safest safely harmless gentle""".split()
)
INTENSITY = frozenset(
    """amazing incredible dramatic dramatically miracle miraculous revolutionary
    breakthrough game-changing life-changing remarkable astonishing stunning
    unbelievable extraordinary ultimate perfect superior unmatched unrivalled
    unbeatable outstanding powerful proven""".split()
)
AUTHORITY_NOUNS = frozenset(
    """fda ce cgmp gmp iso doctor doctors dermatologist dermatologists
    surgeon surgeons physician physicians expert experts specialist
    specialists clinic clinical clinically lab laboratory scientists science
    scientific medical hospital university board certified registered""".split()
)
TIME_TO_RESULT = re.compile(
    r"\b(?:in|within|after|by|from) (?:just |only |as little as |under |"
    r"less than )?(?:\d+|one|two|three|four|five|six|eight|ten|twelve|a|a few)"
    r" ?(?:-? ?\w+ )?(?:days?|weeks?|months?|sessions?|visits?|treatments?|"
    r"appointments?)\b|\bfortnight\b|\bovernight\b|\b(?:week|month|session)"
    r" (?:\d+|one|two|three|four|six)\b",
    re.IGNORECASE,
)
PERCENT = re.compile(
    r"\d\s?(?:%|percent\b)|\b\d+x\b|\b(?:double|triple|twice|"
    r"three times|four times)\b",
    re.IGNORECASE,
)
NUMBER = re.compile(r"\d")
# "No approval needed", "medicines law doesn't apply": an exemption is said
# with a negation, so a negation alone does not make a sentence careful.
REGULATION = frozenset(
    """approval approved approve licence license licensed licensing prescription
    prescriptions regulation regulations regulated regulate regulators
    regulator rules rule law laws legal legally oversight fda mhra ema
    bureaucrats bureaucracy paperwork red-tape""".split()
)
NOT_NEEDED = frozenset(
    """need needs needed needing required require requires requirement apply
    applies exempt exemption exempted outside beyond cover covers covered
    involved scope loophole without subject""".split()
)
# Tissue made good again, whatever the tissue: "rebuilt my knee",
# "regenerate it like new" ("regenerative medicine" names a field).
REPAIR = re.compile(
    r"\b(?:rebuil(?:t|ds?|ding)|regenerat(?:es?|ed)|re-?grows? "
    r"(?:cartilage|tissue)|(?:like|good as) new)\b",
    re.IGNORECASE,
)
CARE = re.compile(rf"(?<![\w-])(?:{APPROVED_CARE})(?![\w])", re.IGNORECASE)
# Words that run approved care down: "ditch the pills", "outdated surgery".
DISMISSING = frozenset(
    """ditch skip forget quit drop dump unlike instead outdated old-fashioned
    old dated harsh toxic nasty scary chemical chemicals settle rubbing
    butcher butchery archaic primitive crude last decade century dead end
    better gentler kinder smarter""".split()
)
CITATION = re.compile(r"\[\d{1,3}\]")
# Sentence length in words, in bands: clinic slogans are short, article
# prose runs long.
LENGTH_BANDS = (4, 8, 14, 22)


def tokens(sentence):
    """Lower-cased words, numbers as '<num>' and percentages as '<pct>'."""
    found = []
    for token in TOKEN.findall(sentence.lower()):
        if token[0].isdigit():
            found.append("<pct>" if token[-1] in "%xt" else "<num>")
        else:
            found.append(token)
    return found


def features(sentence, status="", topic=None):
    """The set of feature names present in one normalised sentence."""
    said = tokens(sentence)
    found = {"bias"}
    for token in said:
        found.add(f"w:{token}")
        if len(token) > STEM:
            found.add(f"s:{token[:STEM]}")
    for first, second in zip(["<s>", *said], [*said, "</s>"], strict=True):
        found.add(f"b:{first}_{second}")
    found.update(f"c:{name}" for name in word_classes(sentence))
    found.add(f"status:{status or 'none'}")
    if topic is not None:
        found.add(f"topic_cell_free:{topic.cell_free}")
    return found


# A claim promises something or speaks in the seller's voice; a sentence
# with none of these ("A lotion for thinning hair.") only names its topic.
PROMISE_CLASSES = frozenset(
    """outcome repair authority certainty intensity percent time_to_result
    seller imperative exclaim exemption care_dismissed""".split()
)


# "Exosomes for hair restoration (2027 update)" names what a treatment is
# used for: the use, said as a plain noun after "for", promises nothing.
PURPOSE = re.compile(
    r"\bfor (?:hair |scalp )?(?:restoration|regrowth|growth|regeneration)\b",
    re.IGNORECASE,
)


def makes_a_promise(sentence):
    """True when the sentence holds a word class that can carry a claim, an
    outcome counting only where it is more than the treatment's use."""
    promises = PROMISE_CLASSES.intersection(word_classes(sentence))
    if promises == {"outcome"} and not voice.OUTCOME.search(PURPOSE.sub(" ", sentence)):
        return False
    return bool(promises)


def word_classes(sentence):
    plain = clauses.words(sentence)
    held = set(plain)
    end = len(sentence)
    classes = {
        "outcome": bool(voice.OUTCOME.search(sentence)),
        "repair": bool(REPAIR.search(sentence)),
        "authority": bool(voice.AUTHORITY.search(sentence)),
        "seller": bool(voice.SELLER_VOICE & held),
        "own_voice": bool(voice.OWN_VOICE & held),
        "imperative": bool(plain) and plain[0] in voice.IMPERATIVE,
        "exclaim": "!" in sentence,
        "headline": bool(plain) and not (voice.FINITE & held) and len(plain) <= 12,
        "hedge": bool(voice.HEDGES & held),
        "negator": bool(clauses.NEGATORS & held)
        or any(w.endswith("n't") for w in plain),
        "negated": clauses.negated(sentence, ""),
        "certainty": bool(CERTAINTY & held),
        "intensity": bool(INTENSITY & held),
        "authority_noun": bool(AUTHORITY_NOUNS & held),
        "percent": bool(PERCENT.search(sentence)),
        "number": bool(NUMBER.search(sentence)),
        "time_to_result": bool(TIME_TO_RESULT.search(sentence)),
        "question": sentence.rstrip().endswith("?"),
        "open_question": clauses.is_open_question(sentence),
        "reported": reported.is_reported(sentence, end, end),
        "third_party": bool(reported.THIRD_PARTY_NEAR.search(sentence)),
        "study": bool(reported.STUDY_CONTEXT.search(sentence)),
        "mention": clauses.is_mentioned(sentence, end, end) or '"' in sentence,
        "approved_product": any(m.kind.approved for m in products.mentions(sentence)),
        "exemption": bool(REGULATION & held) and bool(NOT_NEEDED & held),
        "care": bool(CARE.search(sentence)),
        "dismissing": bool(DISMISSING & held),
        "cites": bool(CITATION.search(sentence)),
        "aside": "(" in sentence or ";" in sentence,
    }
    named = [name for name, holds in classes.items() if holds]
    band = sum(len(plain) > limit for limit in LENGTH_BANDS)
    named.append(f"length_{band}")
    # Pairs the rules' analysis relies on: a seller's promise with no hedge.
    if classes["outcome"] and classes["seller"] and not classes["hedge"]:
        named.append("seller_outcome")
    if classes["care"] and classes["dismissing"]:
        named.append("care_dismissed")
    if classes["authority"] and classes["own_voice"]:
        named.append("own_authority")
    if (classes["certainty"] or classes["percent"]) and not classes["hedge"]:
        named.append("unhedged_certainty")
    return named
