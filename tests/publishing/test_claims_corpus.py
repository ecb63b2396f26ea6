"""The claims checker against its labelled corpus (tests/publishing/claims_corpus).

Targets from the issue: at least 90% of risky sentences flagged and at most 5%
of honest ones. They hold over the whole corpus, and on the parts the rules
were tuned on, overall and in every family with enough sentences to judge.

On the held-out parts (each written before the checker first saw it, never
tuned on) the rules alone flag about three risky sentences in four, with
false alarms well within 5%; the test below holds them to what was measured. The learned
backstop (publishing/claim_model.py) is trained on every part, so its figure
on unseen text is measured leaving each held-out file out of its training
(bench/claims_train.py; figures in bench/README.md): the tests at the end
repeat that, and the same for each demo article's prose.
"""

import pytest

from publishing.claim_model import model
from tests.publishing.claims_corpus.figures import (
    HELD_OUT,
    PARTS,
    TUNED,
    figures,
    load,
    misses,
)
from tests.publishing.claims_corpus.model_fit import (
    example,
    fit,
    model_score,
    prose_examples,
    rates,
)

FAMILIES = {
    *"efficacy universality endorsement regulatory_sounding permanence".split(),
    *"safety disparaging cure guarantee miracle fda_approved fda_cleared".split(),
    *"clinically_proven stem_cell exemption".split(),
}
LOOK_ALIKES = {"denial", "question", "reported", "mention", "other_product"}
# A family is judged on its own once it has this many sentences of a label:
# with fewer, one sentence moves its figure by more than the 5% allowed.
ENOUGH = 20
ALL_ROWS = [row for part in PARTS for row in load(part)]
FIGURES = figures(ALL_ROWS)


def test_the_corpus_is_large_balanced_and_covers_every_family_and_look_alike():
    risky = [row for row in ALL_ROWS if row["label"] == "risky"]
    honest = [row for row in ALL_ROWS if row["label"] == "honest"]
    assert len(ALL_ROWS) >= 300
    assert 0.4 <= len(risky) / len(ALL_ROWS) <= 0.6
    assert {row["family"] for row in risky} == FAMILIES
    assert {row["family"] for row in honest} == FAMILIES
    assert LOOK_ALIKES <= {row["kind"] for row in honest}
    # The held-out parts are fixed once written, while tuned parts grow: what
    # the held-out figures rest on is their size, over 200 of each label.
    held_out = [row for part in HELD_OUT for row in load(part)]
    assert sum(row["label"] == "risky" for row in held_out) >= 230
    assert sum(row["label"] == "honest" for row in held_out) >= 230
    texts = [row["text"] for row in ALL_ROWS]
    assert len(set(texts)) == len(texts)


TUNED_FIGURES = figures([row for part in TUNED for row in load(part)])
JUDGED = sorted(
    family
    for family in FAMILIES
    if TUNED_FIGURES[family][1] >= ENOUGH and TUNED_FIGURES[family][3] >= ENOUGH
)
# Measured on 2026-12-01 over the seven held-out sets, the rules alone: 78.7%
# risky flagged (263 of 334), 1.8% honest flagged (6 of 331).
HELD_OUT_RISKY_FLOOR = 0.78
HELD_OUT_HONEST_ALARMS = 6
# Measured on 2026-12-01 as the tests below do it: rules plus a model trained
# without the held-out part, 91.3% risky flagged (305 of 334), 1.8% honest
# (6 of 331); and at most 3 of the 677 sentences of the demo articles and
# condition texts flagged by a model trained without their article (or the
# conditions).
LEFT_OUT_RISKY_FLOOR = 0.91
LEFT_OUT_HONEST_ALARMS = 6
LEFT_OUT_PROSE_ALARMS = 3


def test_nearly_every_family_has_enough_sentences_to_be_judged_on_its_own():
    assert len(JUDGED) >= len(FAMILIES) - 2, sorted(FAMILIES - set(JUDGED))


def test_targets_are_met_over_the_whole_corpus():
    risky_flagged, risky, honest_flagged, honest = FIGURES["all"]
    assert risky_flagged / risky >= 0.9
    assert honest_flagged / honest <= 0.05


@pytest.mark.parametrize("family", JUDGED)
def test_targets_are_met_in_each_family_of_the_tuned_parts(family):
    risky_flagged, risky, honest_flagged, honest = TUNED_FIGURES[family]
    assert risky_flagged / risky >= 0.9, (risky_flagged, risky)
    assert honest_flagged / honest <= 0.05, (honest_flagged, honest)


def test_targets_are_met_on_the_tuned_parts():
    rows = [row for part in TUNED for row in load(part)]
    risky_flagged, risky, honest_flagged, honest = TUNED_FIGURES["all"]
    assert risky_flagged / risky >= 0.9, misses(rows)
    assert honest_flagged / honest <= 0.05, misses(rows)


def test_held_out_false_alarms_meet_the_target_and_recall_keeps_its_floor():
    # The rules alone: the learned backstop has been trained on these parts.
    # Held-out sentences stay unseen: a failure shows only the figures.
    held_out = [example(row) for part in HELD_OUT for row in load(part)]
    risky_flagged, risky, honest_flagged, honest, _, _ = rates(
        held_out, [0.0] * len(held_out), 2.0
    )
    figures = (risky_flagged, risky, honest_flagged, honest)
    assert honest_flagged <= HELD_OUT_HONEST_ALARMS, figures
    assert risky_flagged / risky >= HELD_OUT_RISKY_FLOOR, figures


@pytest.fixture(scope="module")
def examples():
    return {part: [example(row) for row in load(part)] for part in PARTS}


@pytest.fixture(scope="module")
def prose():
    return prose_examples()


def test_on_each_held_out_part_a_model_trained_without_it_meets_the_targets(
    examples, prose
):
    """Rules plus a model fitted on every other part (at the shipped
    threshold, which bench/claims_train.py picks over all parts; its fully
    nested figures are in bench/README.md)."""
    threshold = model()[1]
    every_article = [ex for article in prose.values() for ex in article]
    pooled = [0, 0, 0, 0]
    for left_out in HELD_OUT:
        training = [ex for part in PARTS if part != left_out for ex in examples[part]]
        weights = fit(training + every_article)
        test = examples[left_out]
        counts = rates(test, [model_score(ex, weights) for ex in test], threshold)
        pooled = [total + count for total, count in zip(pooled, counts, strict=False)]
    risky_flagged, risky, honest_flagged, honest = pooled
    assert risky_flagged / risky >= LEFT_OUT_RISKY_FLOOR, pooled
    assert honest_flagged <= LEFT_OUT_HONEST_ALARMS, pooled


def test_each_demo_article_passes_a_model_trained_without_it(examples, prose):
    threshold = model()[1]
    every_part = [ex for part in PARTS for ex in examples[part]]
    flagged = sentences = 0
    for slug, article in prose.items():
        others = [ex for other, found in prose.items() if other != slug for ex in found]
        weights = fit(every_part + others)
        counts = rates(article, [model_score(ex, weights) for ex in article], threshold)
        flagged, sentences = flagged + counts[4], sentences + counts[5]
    assert flagged <= LEFT_OUT_PROSE_ALARMS, (flagged, sentences)
