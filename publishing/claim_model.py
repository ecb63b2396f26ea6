"""The learned backstop: a logistic regression over claim_features.py.

For a sentence no rule flags, the model weighs its words and word classes
and flags it when the weighted sum passes the threshold chosen in training
(bench/claims_train.py; the weights are data, claim_model.json, trained on
the labelled corpus in tests/publishing/claims_corpus). Inference is a
dictionary lookup and one exponential: no dependency, well under a
millisecond a sentence.

The rules' clause analysis may veto the model: a sentence that denies,
reports a named third party or mentions a term is not the page's own claim,
however much it sounds like one. Questions never reach it (claims.py).
"""

import functools
import json
import math
import re
from pathlib import Path

from . import claim_clauses as clauses
from . import claim_reported as reported
from . import claim_voice as voice
from .claim_features import NOT_NEEDED, REGULATION, features, makes_a_promise

WEIGHTS = Path(__file__).with_name("claim_model.json")
LEARNED_RULE = "likely_claim"
LEARNED_LABEL = "Reads like a risky claim"
LEARNED_WHY = (
    "Sentences worded like this one in clinic marketing promise an outcome, "
    "a certainty or an authority that the evidence does not support; the "
    "FTC's Health Products Compliance Guidance (2022) asks for competent and "
    "reliable scientific evidence for any such claim."
)
LEARNED_ADVICE = (
    "Say what the evidence shows, for whom and how often, and cite it; if the "
    "sentence promises nothing, keep it with a reason."
)


@functools.cache
def model():
    """(weights, threshold); no weights file means no learned backstop."""
    if not WEIGHTS.exists():
        return {}, 1.0
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return data["weights"], data["threshold"]


def probability(sentence, status="", topic=None, weights=None):
    weights = model()[0] if weights is None else weights
    total = sum(weights.get(name, 0.0) for name in features(sentence, status, topic))
    return 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))


def vetoed(sentence):
    """The sentence promises nothing, or the clause analysis says it is not
    the page's own claim.

    A negation does not veto a sentence about needing no approval ("no
    prescription required"): that is how an exemption is claimed."""
    end = len(sentence)
    said = set(clauses.words(sentence))
    exemption = bool(REGULATION & said) and bool(NOT_NEEDED & said)
    return bool(
        not makes_a_promise(sentence)
        or (clauses.negated(benefit_kept(sentence), "") and not exemption)
        or reported.is_reported(sentence, end, end)
        or reported.is_reported(sentence, 0, 0)
        or clauses.is_mentioned(sentence, end, end)
    )


# "... gave me my hair back without the pharmaceutical poison": a benefit
# promised without a cost denies nothing.
WITHOUT_COST = re.compile(r"\bwithout\b[^,;:.!?]*", re.IGNORECASE)


def benefit_kept(sentence):
    """The sentence less any "without ..." that follows a promised outcome."""
    found = WITHOUT_COST.search(sentence)
    if not found or not voice.OUTCOME.search(sentence, 0, found.start()):
        return sentence
    return sentence[: found.start()] + sentence[found.end() :]


def likely_claim(sentence, context):
    """True when the model reads `sentence` (on a page with this
    claims.Context) as a risky claim and no clause test says otherwise."""
    weights, threshold = model()
    if not weights or not clauses.words(sentence):
        return False
    score = probability(sentence, context.status, context.topic, weights)
    return score >= threshold and not vetoed(sentence)


def learned_finding_fields(sentence):
    """What a claims.Finding of the learned backstop says, but where."""
    return {
        "rule": LEARNED_RULE,
        "label": LEARNED_LABEL,
        "phrase": " ".join(sentence.split()),
        "why": LEARNED_WHY,
        "advice": LEARNED_ADVICE,
    }
