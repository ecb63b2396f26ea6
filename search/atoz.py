"""The A-Z list of treatments, conditions and lay words (pure functions)."""

from dataclasses import dataclass
from itertools import groupby


@dataclass(frozen=True)
class Entry:
    label: str
    url: str
    kind: str  # "treatment", "condition" or "synonym"
    see: str = ""  # for synonyms: the label of the entry it stands for


def letter_of(label):
    first = label.strip()[:1].upper()
    return first if first.isalpha() else "#"


def group_by_letter(entries):
    """[(letter, [entries])], letters in order, entries by label within each."""
    ordered = sorted(entries, key=lambda e: (letter_of(e.label), e.label.casefold()))
    return [
        (letter, list(items))
        for letter, items in groupby(ordered, key=lambda e: letter_of(e.label))
    ]


def see_target(phrases, targets):
    """The first entry among `targets` (lower-case label -> Entry) that one of
    the synonym's `phrases` names, or None."""
    for phrase in phrases:
        entry = targets.get(phrase.casefold())
        if entry:
            return entry
    return None
