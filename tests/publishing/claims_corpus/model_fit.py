"""Training the learned backstop (publishing/claim_model.py) on corpus files.

Pure Python, deterministic (a fixed seed), a few seconds for the whole
corpus: a logistic regression with L2 regularisation fitted by AdaGrad over
the sparse features of publishing/claim_features.py. The threshold is chosen
on held-back files only (`pick_threshold`): never on the sentences it is
then judged on.
"""

import math
import random
import re
from collections import Counter
from dataclasses import dataclass

from home.demo.builder import load_articles
from home.demo.site import CONDITIONS
from publishing import claim_clauses as clauses
from publishing.claim_features import features
from publishing.claim_model import vetoed
from publishing.claim_normalise import normalise
from publishing.claim_text import article_from_fields
from publishing.claims import Context, TextUnit, context_for, judged
from treatments.blocks import TreatmentBodyBlock

from .figures import context_of

PROSE = "prose"
TAG = re.compile(r"<[^>]+>")

# Six passes: more fit the training files better and unseen files worse.
EPOCHS = 6
RATE = 0.2
L2 = 1e-3
SEED = 11
MIN_COUNT = 2
TARGET_FALSE_ALARMS = 0.03  # below the 5% allowed: unseen text runs higher
# Article prose is most of what the check reads: a false alarm there costs
# an editor a reason to give. One sentence in two hundred.
TARGET_PROSE_ALARMS = 0.005
THRESHOLDS = [round(0.30 + 0.01 * step, 2) for step in range(70)]


@dataclass
class Example:
    row: dict
    sentences: list  # [(feature set, vetoed)], one per sentence
    risky: bool
    rules: bool  # flagged by the rules and the word-class backstop alone


def example(row, context=None, unit=None):
    context = context or context_of(row)
    text = clauses.join_wrapped_lines(normalise(row["text"]))
    unit = unit or TextUnit("Text", text)
    sentences, rules = [], False
    for start, end in clauses.sentence_spans(text):
        sentence = text[start:end]
        if clauses.is_open_question(sentence):
            continue
        if not clauses.words(sentence):
            continue
        found, set_aside = judged(sentence, unit, context)
        rules = rules or bool(found)
        veto = set_aside or vetoed(sentence)
        names = features(sentence, context.status, context.topic)
        sentences.append((frozenset(names), veto))
    return Example(row, sentences, row["label"] == "risky", rules)


def prose_examples():
    """{slug: [Example]}: every sentence of each demo article, honest prose
    (the look-alikes in the corpus are all short; articles are not)."""
    by_slug = {}
    for data in load_articles():
        body = TreatmentBodyBlock().normalize(data["body"])
        article = article_from_fields(
            data["title"], data["summary"], data["regulatory_status"], body
        )
        context = context_for(article)
        found = []
        for unit in article.units:
            text = clauses.join_wrapped_lines(normalise(unit.text))
            for start, end in clauses.sentence_spans(text):
                row = {"text": text[start:end], "label": "honest", "family": PROSE}
                found.append(example(row, context, unit))
        by_slug[data["slug"]] = [ex for ex in found if ex.sentences]
    by_slug["conditions"] = condition_examples()
    return by_slug


def condition_examples():
    """The demo's condition pages' texts: short descriptions and lay names
    as well as prose, all honest."""
    found = []
    for condition in CONDITIONS:
        for value in condition.values():
            if not isinstance(value, str) or " " not in value:
                continue
            text = clauses.join_wrapped_lines(normalise(TAG.sub(" ", value)))
            for start, end in clauses.sentence_spans(text):
                row = {"text": text[start:end], "label": "honest", "family": PROSE}
                found.append(example(row, Context()))
    return [ex for ex in found if ex.sentences]


def fit(examples, epochs=EPOCHS, l2=L2):
    """{feature: weight} of a logistic regression on the examples' sentences."""
    data = [
        (found, example.risky) for example in examples for found, _ in example.sentences
    ]
    # A feature seen once only memorises its sentence.
    seen = Counter(name for found, _ in data for name in found)
    # Sorted, so that sums run in one order whatever the hash seed.
    data = [
        (tuple(sorted(name for name in found if seen[name] >= MIN_COUNT)), risky)
        for found, risky in data
    ]
    weights, squares = {}, {}
    order = list(range(len(data)))
    shuffle = random.Random(SEED).shuffle
    for _ in range(epochs):
        shuffle(order)
        for index in order:
            found, risky = data[index]
            error = sigmoid(sum(weights.get(name, 0.0) for name in found)) - risky
            for name in found:
                weight = weights.get(name, 0.0)
                gradient = error + l2 * weight
                squares[name] = squares.get(name, 1e-8) + gradient * gradient
                weights[name] = weight - RATE * gradient / math.sqrt(squares[name])
    return {
        name: round(weight, 4)
        for name, weight in weights.items()
        if abs(weight) >= 5e-4
    }


def sigmoid(total):
    return 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))


def model_score(example, weights):
    """The highest probability over the example's sentences no clause test vetoes."""
    scores = [
        sigmoid(sum(weights.get(name, 0.0) for name in found))
        for found, veto in example.sentences
        if not veto
    ]
    return max(scores, default=0.0)


def decide(example, score, threshold):
    """The checker's verdict: the rules, else the model over its threshold."""
    return example.rules or score >= threshold


def rates(examples, scores, threshold):
    """(risky flagged, risky, honest flagged, honest) over corpus sentences,
    then (prose flagged, prose) over article sentences."""
    counts = [0, 0, 0, 0, 0, 0]
    for example, score in zip(examples, scores, strict=True):
        offset = 4 if example.row["family"] == PROSE else 0 if example.risky else 2
        counts[offset] += decide(example, score, threshold)
        counts[offset + 1] += 1
    return tuple(counts)


def inner_scores(groups):
    """Each group's examples scored by a model fitted on the other groups."""
    pooled, scores = [], []
    for index, group in enumerate(groups):
        rest = [ex for other, g in enumerate(groups) if other != index for ex in g]
        weights = fit(rest)
        pooled.extend(group)
        scores.extend(model_score(ex, weights) for ex in group)
    return pooled, scores


def pick_threshold(groups, target=TARGET_FALSE_ALARMS):
    """The threshold with the highest recall, false alarms within `target`,
    over leave-one-group-out scores of the training groups only."""
    pooled, scores = inner_scores(groups)
    best = (-1.0, THRESHOLDS[-1])
    for threshold in THRESHOLDS:
        risky_hit, risky, honest_hit, honest, prose_hit, prose = rates(
            pooled, scores, threshold
        )
        within = honest_hit / honest <= target
        within = within and prose_hit <= TARGET_PROSE_ALARMS * prose
        if within and risky_hit / risky > best[0]:
            best = (risky_hit / risky, threshold)
    return best[1]
