"""The labelled claims corpus and the checker's figures on it.

Held-out parts, never tuned on: `heldout.tsv` was written before the checker
existed, `heldout_b.tsv` before the checker first read it, `heldout_e.tsv`
and `heldout_f.tsv` each after a round of tuning and before it was first
checked (figures in bench/README.md). `heldout_g.tsv` was written for the
embedding-classifier experiment (bench/claims_model_eval.py) and measured
once. `heldout_m.tsv` and `heldout_n.tsv` (50 risky, 50 honest each) were
written without sight of the checker or the corpus and measured once by the
checker as it was when they were added, before its backstop was retrained on
them: `heldout_m` 100% risky flagged (50 of 50), 4% honest (2 of 50);
`heldout_n` 92% risky (46 of 50), 6% honest (3 of 50); pooled 96% / 5.0%.
Tuned parts: `tuned.tsv` is what the rules were first tuned against;
`fresh_c.tsv` and `fresh_d.tsv` were each written fresh and measured once
before any rule was changed for them (figures in bench/README.md), then tuned
on; `tuned_b.tsv` was written while tuning; `train_j.tsv` was written for
training the learned backstop, measured once before it was trained on
(bench/README.md); `fresh_h.tsv` and `fresh_i.tsv` (50 risky, 50 honest
each) were written without sight of the checker and measured once with the
rules and the learned backstop before any rule was changed for them:
`fresh_h` 94% risky flagged (47 of 50), 6% honest (3 of 50); `fresh_i` 88%
risky (44 of 50), 8% honest (4 of 50); every one of those false alarms came
from the rules. Then they were tuned on and joined the backstop's training.
`fresh_k.tsv` and `fresh_l.tsv` were written the same way and measured once
before any rule was changed for them: `fresh_k` 98% risky flagged (49 of
50), 6% honest (3 of 50); `fresh_l` 84% risky (42 of 50), 4% honest (2 of
50); every false alarm came from the rules. Two lines of `fresh_k` that
repeated sentences of earlier parts were then dropped (49 risky, 49 honest
remain); then they were tuned on and joined the backstop's training.
Each line gives a sentence, its
label (risky or honest), the family of claim it is or looks like, for honest
lines the kind of look-alike (denial, question, reported, mention,
other_product, plain), and the page it stands on (topic, status).
"""

import csv
from collections import defaultdict
from pathlib import Path

from publishing.claim_products import KINDS_BY_KEY
from publishing.claims import Context, check_text

HERE = Path(__file__).parent
TUNED = (
    "tuned",
    "fresh_c",
    "fresh_d",
    "tuned_b",
    "train_j",
    "fresh_h",
    "fresh_i",
    "fresh_k",
    "fresh_l",
)
HELD_OUT = (
    "heldout",
    "heldout_b",
    "heldout_e",
    "heldout_f",
    "heldout_g",
    "heldout_m",
    "heldout_n",
)
PARTS = TUNED + HELD_OUT
TOPIC_KINDS = {
    "exosomes": "exosomes",
    "prp": "prp",
    "stem_cell_joints": "stem_cells",
    "minoxidil": "minoxidil",
    "finasteride": "finasteride",
    "laser": "laser",
    "baricitinib": "jak_inhibitor",
    "microneedling": "microneedling",
    "transplant": "transplant",
    "scalp_cooling": "scalp_cooling",
}


def load(part):
    return load_path(HERE / f"{part}.tsv")


def load_path(path):
    """The rows of a TSV file in the corpus's format, wherever it is."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def context_of(row):
    # A file written elsewhere may name a topic of its own: no topic then.
    topic = KINDS_BY_KEY.get(TOPIC_KINDS.get(row["topic"], row["topic"]))
    cell_free = bool(topic and topic.cell_free)
    return Context(status=row["status"], topic=topic, cell_free=cell_free)


def flagged(row):
    return bool(check_text(row["text"], context_of(row)))


def figures(rows):
    """{family: (risky flagged, risky, honest flagged, honest)}, plus 'all'."""
    counts = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        hit = flagged(row)
        offset = 0 if row["label"] == "risky" else 2
        for family in (row["family"], "all"):
            counts[family][offset] += hit
            counts[family][offset + 1] += 1
    return {family: tuple(values) for family, values in counts.items()}


def misses(rows):
    return [
        (row["label"], row["family"], row["text"])
        for row in rows
        if flagged(row) != (row["label"] == "risky")
    ]
