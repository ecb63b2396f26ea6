"""Pure text functions of search: what a word is, synonym phrases, the query
objects built from word lists, spelling, the stored form of a query and the
page number a visitor asked for. No ORM, no cache: the one place that decides
what a word is, so the query, the highlighter and the spelling check agree.

Only letters and digits survive as words, which also keeps every tsquery and
FTS5 metacharacter (& | ! : * ( ) ' " \\ ;) out of the database query.
"""

import difflib
import re
from itertools import islice, product

from wagtail.search.query import Or, PlainText

# Words -----------------------------------------------------------------------

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


# Question words and everyday filler ---------------------------------------------

# Words that carry the question rather than its subject: "is X safe", "does X
# work", "side effects of X", "how much does X cost", "can X regrow hair", "X
# reviews", "what is X". Nearly every article answers these, so as search terms
# they only let a long article that says "safe" and "work" often outrank the
# one named after X. A query made of nothing else keeps them all.
FUNCTION_WORDS = frozenset(
    """
    a an the of for to in on at by with about from and or vs versus
    i im me my we our you your it its this that these those there their them
    is are was were be been being am do does did doing done has have had
    can could will would should shall may might must
    what whats which who how why when where much many long
    get getting take taking takes use using used need back
    """.split()
)
# What the question asks about X: worth marking in a result's snippet ("side
# effects" in the finasteride article), not worth matching on.
ASKED_ABOUT = frozenset(
    """
    safe safety dangerous risky risk risks danger harmful
    work works worked working effective effectiveness efficacy
    side effect effects cost costs price prices pricing expensive cheap afford
    review reviews rating ratings opinion opinions experience experiences
    good bad best better worse really actually worth legit real
    regrow regrowing regrowth grow growing grows help helps results last lasts
    option options treatment treatments cure cures
    """.split()
)
FILLER = FUNCTION_WORDS | ASKED_ABOUT


FILLER_UNITS = frozenset((word,) for word in FILLER)


def topic_words(words):
    """The words that name what the query is about: `words` without FILLER,
    or all of them when nothing else is left ("side effects")."""
    topic = [word for word in words if word not in FILLER]
    return topic or list(words)


def recordable_form(words):
    """The stored form of a query: lower-case words joined by single spaces."""
    return " ".join(words)


EMAIL = re.compile(r"\S+@\S+")
# Phone numbers, dates of birth, record numbers: six digits or more in all.
MAX_DIGITS = 5


def looks_personal(text):
    """True when a query may hold personal data and must not be stored."""
    if EMAIL.search(text):
        return True
    return sum(char.isdigit() for char in text) > MAX_DIGITS


def page_number(raw, num_pages):
    """A page that exists: non-numbers and numbers below 1 give the first page,
    numbers past the end give the last."""
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), max(num_pages, 1))


# Synonyms --------------------------------------------------------------------

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


def _phrase_start(needle, haystack):
    """Index where the word list `needle` starts inside `haystack`, or -1."""
    size = len(needle)
    needle = [normal_form(word) for word in needle]
    forms = [normal_form(word) for word in haystack]
    for start in range(len(haystack) - size + 1):
        if forms[start : start + size] == needle:
            return start
    return -1


def expand_units(words, groups):
    """The query's variants as lists of units: the words as typed, one unit
    each, then with each lay phrase swapped for each of its equivalents, the
    equivalent one unit (a tuple of its words).

    `groups` is a list of phrase lists, each phrase a space-separated string.
    Plurals match singulars ("hair transplants" finds the "hair transplant"
    group).
    """
    variants = [[(word,) for word in words]]
    for phrases in groups:
        for phrase in phrases:
            phrase_words = phrase.split()
            start = _phrase_start(phrase_words, words)
            if start < 0:
                continue
            before, after = words[:start], words[start + len(phrase_words) :]
            for other in phrases:
                if other == phrase:
                    continue
                variant = [
                    *[(word,) for word in before],
                    tuple(other.split()),
                    *[(word,) for word in after],
                ]
                if variant not in variants:
                    variants.append(variant)
            break
    return variants[:MAX_VARIANTS]


def flat(units):
    return [word for unit in units for word in unit]


def expand(words, groups):
    """The query's word lists: `expand_units`, each variant as its words."""
    return [flat(units) for units in expand_units(words, groups)]


def topic_units(words, groups):
    """`expand_units`, each variant cut to its topic units: FILLER words are
    left out after the synonyms are found (so a lay phrase is recognised
    whatever surrounds it), unless nothing else is left; duplicates
    dropped."""
    variants = []
    for units in expand_units(words, groups):
        topic = [unit for unit in units if unit not in FILLER_UNITS] or units
        if topic not in variants:
            variants.append(topic)
    return variants


def marked_words(words, groups):
    """The words a result's snippet marks: every variant's topic words, and
    what the question asks about ("safe", "side effects")."""
    marked = [word for variant in topic_variants(words, groups) for word in variant]
    return marked + [word for word in words if word in ASKED_ABOUT]


def topic_variants(words, groups):
    """`topic_units` as word lists: what a search matches and ranks on."""
    return [flat(units) for units in topic_units(words, groups)]


# Ranking by the title ----------------------------------------------------------


def title_words_of(words):
    """The words the title test looks for: one or two letters are inside
    nearly every title."""
    return [word for word in words if len(word) >= 3]


def in_title(word, title):
    """The title test of the ranking: the word's singular inside the
    lower-case title, as the database's `icontains` on the title does."""
    return normal_form(word) in title


# A title that holds less than this share of a variant's weight does not name
# the query: "hair" is a third of "prp hair" and in most titles.
NAMES_THE_QUERY = 0.5


def title_score(variants, weights, title):
    """How strongly `title` names the query, 0 to 1: the best share, over the
    variants (lists of units, `topic_units`), of the variant's weight that
    the title holds, a unit counting only when the title holds all its words
    (`weights`: per word, see `rarity`). 1 when it holds every word of a
    variant (the order the database gives, `title_first_order`); 0 below
    NAMES_THE_QUERY.

    For "can prp regrow hair" the title holding "prp" beats the three holding
    "hair"; for "can rogaine regrow hair" the variant "minoxidil" + "hair"
    finds "Topical minoxidil". A lay phrase's equivalent counts whole or not
    at all: "Microneedling for hair loss" does not name "pattern hair loss"
    (for "balding").
    """
    title = title.casefold()
    best = 0
    for units in variants:
        total = held = 0
        for unit in units:
            words = title_words_of(unit)
            weight = sum(weights[word] for word in words)
            total += weight
            if words and all(in_title(word, title) for word in words):
                held += weight
        if total:
            best = max(best, held / total)
    return best if best >= NAMES_THE_QUERY else 0


def rarity(variants, titles):
    """{word: weight} for the words of `variants` (lists of units): 1 / the
    number of `titles` (lower-case) that hold the word, and 1 for a word no
    title holds (as rare as a word can be)."""
    words = {word for units in variants for word in title_words_of(flat(units))}
    counts = {word: sum(in_title(word, title) for title in titles) for word in words}
    return {word: 1 / max(count, 1) for word, count in counts.items()}


# Query objects ---------------------------------------------------------------

# Spelling-out plural/singular combinations grows as 2^words; a handful keeps
# the FTS query small and covers the usual two- or three-word searches.
MAX_FORM_COMBINATIONS = 8


def _words_query(words, operator, inflect):
    if not inflect:
        return [PlainText(" ".join(words), operator=operator)]
    # Engines that do not stem (SQLite's FTS5): each word also matches its
    # plural or singular. The combinations are OR-ed PlainTexts rather than an
    # And of Ors: modelsearch ranks an And on SQLite by multiplying bm25
    # scores, which flips their sign.
    forms = [word_forms(word) for word in words]
    if operator == "or":
        return [PlainText(" ".join(f for fs in forms for f in fs), operator="or")]
    combinations = islice(product(*forms), MAX_FORM_COMBINATIONS)
    return [PlainText(" ".join(combination)) for combination in combinations]


def build_query(variants, operator="and", inflect=False):
    """One Wagtail query object matching any of the word lists in `variants`.

    `variants` come from `expand`: the words as typed first, then the same
    words with lay phrases swapped for their equivalents.
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


# Spelling --------------------------------------------------------------------

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
    # Only words of a similar length can pass the cutoff: the others are not
    # handed to difflib at all.
    candidates = [w for w in vocabulary if abs(len(w) - len(word)) <= 3]
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=CUTOFF)
    return matches[0] if matches else None


def compound_groups(words, vocabulary):
    """Synonym groups for words typed apart that the site writes as one:
    [["micro needling", "microneedling"]] when "microneedling" is in
    `vocabulary` (a sorted tuple, as `vocabulary_of` makes)."""
    known = set(vocabulary)
    return [
        [f"{first} {second}", first + second]
        for first, second in zip(words, words[1:], strict=False)
        if first + second in known
    ]


def suggest(words, vocabulary):
    """The words with unknown ones replaced by the closest known word, or None
    when nothing would change."""
    known = set(vocabulary)
    corrected = []
    for word in words:
        # Filler words are everyday English, not in the titles: leave them be.
        short = len(word) < MIN_WORD_LENGTH or word.isdigit()
        if word in known or word in FILLER or short:
            corrected.append(word)
            continue
        corrected.append(closest_word(word, vocabulary) or word)
    return corrected if corrected != list(words) else None


# The search box's one line per suggestion -----------------------------------

SHORT_LINE = 80
SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def short_line(text, limit=SHORT_LINE):
    """The first sentence of `text`, cut at a word boundary to at most
    `limit` characters (an ellipsis marks a cut), so that a phone shows six
    or more suggestions at once."""
    text = " ".join((text or "").split())
    sentence = SENTENCE_END.split(text, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    if sentence[limit - 1] != " " and " " in cut:  # a word cut in two goes
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-(") + "…"
