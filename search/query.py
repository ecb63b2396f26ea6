"""Building the backend's query objects from word lists (pure, no ORM)."""

from itertools import islice, product

from wagtail.search.query import Or, PlainText

from .words import word_forms

# Spelling-out plural/singular combinations grows as 2^words; a handful keeps
# the FTS query small and covers the usual two- or three-word searches.
MAX_FORM_COMBINATIONS = 8


def _words_query(words, operator, inflect):
    if not inflect:
        return [PlainText(" ".join(words), operator=operator)]
    # SQLite's FTS5 does not stem, so each word also matches its plural or
    # singular (PostgreSQL's English configuration does this itself). The
    # combinations are OR-ed PlainTexts rather than an And of Ors: modelsearch
    # ranks an And on SQLite by multiplying bm25 scores, which flips their sign.
    forms = [word_forms(word) for word in words]
    if operator == "or":
        return [PlainText(" ".join(f for fs in forms for f in fs), operator="or")]
    combinations = islice(product(*forms), MAX_FORM_COMBINATIONS)
    return [PlainText(" ".join(combination)) for combination in combinations]


def build_query(variants, operator="and", inflect=False):
    """One query object matching any of the word lists in `variants`.

    `variants` come from synonyms.expand: the words as typed first, then the
    same words with lay phrases swapped for their equivalents.
    """
    parts = [
        part
        for words in variants
        if words
        for part in _words_query(words, operator, inflect)
    ]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Or(parts)


def essential_variants(variants):
    """The variants of an AND search that matter for *which* pages match: a
    variant holding all the words of another (plus more) only matches pages
    the other matches already. Duplicates keep their first occurrence."""
    sets = [set(words) for words in variants]
    return [
        words
        for i, words in enumerate(variants)
        if words
        and not any(
            other < sets[i] or (other == sets[i] and j < i)
            for j, other in enumerate(sets)
            if j != i and other
        )
    ]
