"""Synonym groups and query expansion: pure functions over plain words."""

import re

from .words import normal_form, words_of

PHRASE_SEPARATORS = re.compile(r"[,;\n]+")

# Enough for a query that names two or three lay words; keeps the SQL small.
MAX_VARIANTS = 8


def parse_phrases(text):
    """'Balding, Male  pattern hair loss' -> ['balding', 'male pattern hair loss']."""
    phrases = []
    for part in PHRASE_SEPARATORS.split(text or ""):
        phrase = " ".join(words_of(part))
        if phrase and phrase not in phrases:
            phrases.append(phrase)
    return phrases


def _find(needle, haystack):
    """Index where the word list `needle` starts inside `haystack`, or -1."""
    size = len(needle)
    needle = [normal_form(word) for word in needle]
    forms = [normal_form(word) for word in haystack]
    for start in range(len(haystack) - size + 1):
        if forms[start : start + size] == needle:
            return start
    return -1


def expand(words, groups):
    """The query's word lists: the words as typed, then with each lay phrase
    swapped for each of its equivalents.

    `groups` is a list of phrase lists, each phrase a space-separated string.
    Plurals match singulars ("hair transplants" finds the "hair transplant"
    group).
    """
    variants = [list(words)]
    for phrases in groups:
        for phrase in phrases:
            phrase_words = phrase.split()
            start = _find(phrase_words, words)
            if start < 0:
                continue
            before, after = words[:start], words[start + len(phrase_words) :]
            for other in phrases:
                if other == phrase:
                    continue
                variant = [*before, *other.split(), *after]
                if variant not in variants:
                    variants.append(variant)
            break
    return variants[:MAX_VARIANTS]
