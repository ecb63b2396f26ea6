"""Building the backend's query objects from word lists (pure, no ORM)."""

from wagtail.search.query import And, Or, PlainText

from .words import word_forms


def _words_query(words, operator, inflect):
    if not inflect:
        return PlainText(" ".join(words), operator=operator)
    # Without a stemmer (SQLite FTS5) each word also matches its plural or
    # singular; PostgreSQL's English configuration does this itself.
    parts = [
        Or([PlainText(form) for form in forms]) if len(forms) > 1 else PlainText(word)
        for word in words
        for forms in [word_forms(word)]
    ]
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator == "and" else Or(parts)


def build_query(variants, operator="and", inflect=False):
    """One query object matching any of the word lists in `variants`.

    `variants` come from synonyms.expand: the words as typed first, then the
    same words with lay phrases swapped for their equivalents.
    """
    parts = [_words_query(words, operator, inflect) for words in variants if words]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Or(parts)
