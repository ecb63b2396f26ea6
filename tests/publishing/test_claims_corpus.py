"""The claims checker against its labelled corpus (tests/publishing/claims_corpus).

Targets from the issue: at least 90% of risky sentences flagged and at most 5%
of honest ones: over the whole corpus, in every family with enough sentences
to judge, on the parts the rules were tuned on, and on the held-out parts
(each written before the checker first saw it, never tuned on).
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


JUDGED = sorted(
    family
    for family in FAMILIES
    if FIGURES[family][1] >= ENOUGH and FIGURES[family][3] >= ENOUGH
)


def test_nearly_every_family_has_enough_sentences_to_be_judged_on_its_own():
    assert len(JUDGED) >= len(FAMILIES) - 2, sorted(FAMILIES - set(JUDGED))


def test_targets_are_met_over_the_whole_corpus():
    risky_flagged, risky, honest_flagged, honest = FIGURES["all"]
    assert risky_flagged / risky >= 0.9
    assert honest_flagged / honest <= 0.05


@pytest.mark.parametrize("family", JUDGED)
def test_targets_are_met_in_each_family(family):
    risky_flagged, risky, honest_flagged, honest = FIGURES[family]
    assert risky_flagged / risky >= 0.9, (risky_flagged, risky)
    assert honest_flagged / honest <= 0.05, (honest_flagged, honest)


@pytest.mark.parametrize("parts", [TUNED, HELD_OUT], ids=["tuned", "held-out"])
def test_targets_are_met(parts):
    rows = [row for part in parts for row in load(part)]
    risky_flagged, risky, honest_flagged, honest = figures(rows)["all"]
    # Held-out sentences stay unseen: a failure shows only the figures.
    wrong = misses(rows) if parts == TUNED else figures(rows)
    assert risky_flagged / risky >= 0.9, wrong
    assert honest_flagged / honest <= 0.05, wrong
