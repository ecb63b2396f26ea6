"""The claims checker against its labelled corpus (tests/publishing/claims_corpus).

Targets from the issue: at least 90% of risky sentences flagged and at most 5%
of honest ones. They hold over the whole corpus, and on the parts the rules
were tuned on, overall and in every family with enough sentences to judge.

On the held-out parts (each written before the checker first saw it, never
tuned on) the false alarms stay within 5%, but the rules flag only about
three risky sentences in four: the 90% target is NOT met on unseen text
(figures per set and per family in bench/README.md). The held-out test below
guards against that figure falling further; it is a floor, not the target.
"""

import pytest

from tests.publishing.claims_corpus.figures import (
    HELD_OUT,
    PARTS,
    TUNED,
    figures,
    load,
    misses,
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
    held_out = sum(len(load(part)) for part in HELD_OUT)
    assert held_out >= 0.2 * len(ALL_ROWS)
    texts = [row["text"] for row in ALL_ROWS]
    assert len(set(texts)) == len(texts)


TUNED_FIGURES = figures([row for part in TUNED for row in load(part)])
JUDGED = sorted(
    family
    for family in FAMILIES
    if TUNED_FIGURES[family][1] >= ENOUGH and TUNED_FIGURES[family][3] >= ENOUGH
)
# Measured on 2026-12-01 over the five held-out sets: 74% risky flagged
# (174 of 234), 2.6% honest flagged (6 of 231).
HELD_OUT_RISKY_FLOOR = 0.72


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
    # Held-out sentences stay unseen: a failure shows only the figures.
    held_out = figures([row for part in HELD_OUT for row in load(part)])
    risky_flagged, risky, honest_flagged, honest = held_out["all"]
    assert honest_flagged / honest <= 0.05, held_out
    assert risky_flagged / risky >= HELD_OUT_RISKY_FLOOR, held_out
