"""The claims checker against its labelled corpus (tests/publishing/claims_corpus).

Targets from the issue: at least 90% of risky sentences flagged and at most 5%
of honest ones, on the part the rules were tuned on and on the held-out part
(two batches, each written before the checker first saw it, never tuned on).
"""

import pytest

from tests.publishing.claims_corpus.figures import PARTS, figures, load, misses

FAMILIES = {
    *"efficacy universality endorsement regulatory_sounding permanence".split(),
    *"safety disparaging cure guarantee miracle fda_approved fda_cleared".split(),
    *"clinically_proven stem_cell exemption".split(),
}
LOOK_ALIKES = {"denial", "question", "reported", "mention", "other_product"}


def test_the_corpus_is_large_balanced_and_covers_every_family_and_look_alike():
    rows = [row for part in PARTS for row in load(part)]
    risky = [row for row in rows if row["label"] == "risky"]
    honest = [row for row in rows if row["label"] == "honest"]
    assert len(rows) >= 300
    assert 0.4 <= len(risky) / len(rows) <= 0.6
    assert {row["family"] for row in risky} == FAMILIES
    assert {row["family"] for row in honest} == FAMILIES
    assert LOOK_ALIKES <= {row["kind"] for row in honest}
    held_out = len(load("heldout")) + len(load("heldout_b"))
    assert held_out >= 0.2 * len(rows)
    texts = [row["text"] for row in rows]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize(
    "parts", [("tuned",), ("heldout", "heldout_b")], ids=["tuned", "held-out"]
)
def test_targets_are_met(parts):
    rows = [row for part in parts for row in load(part)]
    risky_flagged, risky, honest_flagged, honest = figures(rows)["all"]
    # Held-out sentences stay unseen: a failure shows only the figures.
    wrong = misses(rows) if parts == ("tuned",) else figures(rows)
    assert risky_flagged / risky >= 0.9, wrong
    assert honest_flagged / honest <= 0.05, wrong
