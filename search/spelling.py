"""Spelling suggestions against the site's own vocabulary (pure functions)."""

import difflib

from .words import WORD

MIN_WORD_LENGTH = 4
CUTOFF = 0.75


def vocabulary_of(phrases):
    """Every word of three letters or more in `phrases` (titles, condition
    names, synonyms), as a sorted tuple so it caches and compares cheaply.
    Numbers are left out: a number is never a spelling for a word. One pass
    over all the text: a site's titles are tens of thousands of phrases."""
    found = WORD.findall("\n".join(phrases).lower())
    return tuple(sorted({w for w in set(found) if len(w) >= 3 and not w.isdigit()}))


def closest_word(word, vocabulary):
    # Only words of a similar length can pass the cutoff; skipping the rest
    # keeps this fast on a large vocabulary.
    candidates = [w for w in vocabulary if abs(len(w) - len(word)) <= 3]
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=CUTOFF)
    return matches[0] if matches else None


def suggest(words, vocabulary):
    """The words with unknown ones replaced by the closest known word, or None
    when nothing would change."""
    known = set(vocabulary)
    corrected = []
    for word in words:
        if word in known or len(word) < MIN_WORD_LENGTH or word.isdigit():
            corrected.append(word)
            continue
        corrected.append(closest_word(word, vocabulary) or word)
    return corrected if corrected != list(words) else None
