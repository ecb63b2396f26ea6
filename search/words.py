"""Turning visitor input into plain words: the one place that decides what a
word is, so the query, the highlighter and the spelling check agree.

Only letters and digits survive, which also keeps every tsquery and FTS5
metacharacter (& | ! : * ( ) ' " \\ ;) out of the database query.
"""

import re

MAX_QUERY_LENGTH = 200
MAX_WORDS = 16
WORD = re.compile(r"[^\W_]+")


def clean_query(raw):
    """(text, was_cut): NUL bytes dropped, whitespace collapsed, cut to 200 chars."""
    text = " ".join((raw or "").replace("\x00", "").split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    return text[:MAX_QUERY_LENGTH].rstrip(), True


def words_of(text):
    """Lower-case words of `text`, at most MAX_WORDS of them."""
    return [word.lower() for word in WORD.findall(text or "")][:MAX_WORDS]


def normal_form(word):
    """A crude singular used to compare words: 'transplants' -> 'transplant'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def word_forms(word):
    """The word and its plural or singular, for engines that do not stem."""
    singular = normal_form(word)
    forms = [word]
    if singular != word:
        forms.append(singular)
    elif len(word) > 2 and not word.isdigit():
        forms.append(word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s"))
    return forms
