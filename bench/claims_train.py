"""Train the learned backstop of the claims check, and measure it honestly.

    .venv/bin/python bench/claims_train.py          # leave-one-file-out figures
    .venv/bin/python bench/claims_train.py --write  # fit on every file, write weights

Leave-one-file-out over the held-out files: for each held-out file, the
model is fitted on every other corpus file, its threshold picked by an inner
leave-one-file-out over those training files only, and the checker (rules,
then the model) is measured once on the file left out. `--write` fits on
every corpus file, picks the threshold the same way and writes
publishing/claim_model.json. No database; deterministic.
"""

import argparse
import json
from collections import defaultdict

import offline_django  # noqa: F401  (the project and Django, set up)

from publishing import claim_model
from tests.publishing.claims_corpus.figures import HELD_OUT, PARTS, load
from tests.publishing.claims_corpus.model_fit import (
    decide,
    example,
    fit,
    model_score,
    pick_threshold,
    prose_examples,
    rates,
)


def percent(hit, total):
    return f"{hit}/{total} ({100 * hit / total:.1f}%)" if total else "-"


def examples_by_file():
    return {part: [example(row) for row in load(part)] for part in PARTS}


def prose_left_out(data, prose):
    """Each demo article checked by a model fitted on everything but it."""
    print("\narticle: sentences flagged by the model (rules + model)")
    total = [0, 0]
    for slug in prose:
        groups = [*data.values(), *(prose[s] for s in prose if s != slug)]
        threshold = pick_threshold(groups)
        weights = fit([ex for group in groups for ex in group])
        test = prose[slug]
        counts = rates(test, [model_score(ex, weights) for ex in test], threshold)
        total = [total[0] + counts[4], total[1] + counts[5]]
        print(f"{slug}: {percent(counts[4], counts[5])} ({threshold})")
    print(f"all articles: {percent(*total)}")


def leave_one_file_out(data, prose, held_out=HELD_OUT):
    per_family = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0, 0])
    pooled = [0, 0, 0, 0]
    print("file: rules alone | rules + model (threshold)")
    for left_out in held_out:
        groups = [data[part] for part in data if part != left_out]
        groups += list(prose.values())
        threshold = pick_threshold(groups)
        weights = fit([ex for group in groups for ex in group])
        test = data[left_out]
        scores = [model_score(ex, weights) for ex in test]
        rules = rates(test, [0.0] * len(test), 2.0)
        both = rates(test, scores, threshold)
        pooled = [a + b for a, b in zip(pooled, both[:4], strict=True)]
        print(
            f"{left_out}: risky {percent(rules[0], rules[1])}, honest "
            f"{percent(rules[2], rules[3])} | risky {percent(both[0], both[1])}, "
            f"honest {percent(both[2], both[3])} ({threshold})"
        )
        for ex, score in zip(test, scores, strict=True):
            offset = 0 if ex.risky else 2
            counts = per_family[ex.row["family"]]
            counts[offset] += ex.rules
            counts[offset + 1] += 1
            counts[4 + offset] += decide(ex, score, threshold)
            counts[4 + offset + 1] += 1
    print(
        f"pooled: risky {percent(pooled[0], pooled[1])}, honest "
        f"{percent(pooled[2], pooled[3])}"
    )
    print("\nfamily | rules: risky, honest | rules + model: risky, honest")
    for family in sorted(per_family):
        c = per_family[family]
        print(
            f"{family} | {percent(c[0], c[1])}, {percent(c[2], c[3])} | "
            f"{percent(c[4], c[5])}, {percent(c[6], c[7])}"
        )


def write(data, prose):
    groups = [*data.values(), *prose.values()]
    threshold = pick_threshold(groups)
    weights = fit([ex for group in groups for ex in group])
    payload = {"threshold": threshold, "weights": dict(sorted(weights.items()))}
    claim_model.WEIGHTS.write_text(
        json.dumps(payload, indent=0, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(weights)} weights, threshold {threshold}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    arguments = parser.parse_args()
    data = examples_by_file()
    prose = prose_examples()
    if arguments.write:
        write(data, prose)
    else:
        leave_one_file_out(data, prose)
        prose_left_out(data, prose)


if __name__ == "__main__":
    main()
