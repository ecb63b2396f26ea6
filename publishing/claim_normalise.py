"""Text as the claims checker reads it: one spelling for what looks the same.

Marketing copy gets past a phrase list by typography as often as by wording:
"F.D.A.-approved", a non-breaking hyphen in "risk‑free", a zero-width space
inside "mir​acle", curly quotes, full-width letters, Cyrillic look-alikes.
`normalise` folds all of these before any rule is matched, so rules are
written once, in plain ASCII.
"""

import re
import unicodedata

# Invisible characters that split a word without showing.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
# Hyphens and minus signs, after NFKC (which turns U+2011 into U+2010).
HYPHENS = dict.fromkeys(map(ord, "\u2010\u2012\u2043\u2212\ufe63\uff0d"), "-")
QUOTES = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"'),
}
# Letters from other scripts that look like Latin ones in most fonts.
LOOK_ALIKES = dict(
    zip(
        map(
            ord,
            "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0410\u0415"
            "\u041e\u0420\u0421\u0422\u0425\u0397\u039f\u03bf\u0391\u0399",
        ),
        "aeopcyxiAEOPCTXHOoAI",
        strict=True,
    )
)
# "3× thicker" is "3x thicker".
TIMES = {ord("\u00d7"): "x"}
TRANSLATION = {**INVISIBLE, **HYPHENS, **QUOTES, **LOOK_ALIKES, **TIMES}

# "F.D.A.", "U.S.", "F. D. A." -> "FDA", "US"; also "e.g." -> "eg", so that
# abbreviations no longer end sentences.
DOTTED_ACRONYM = re.compile(r"\b(?:[A-Za-z]\. ?){1,}[A-Za-z]\.(?=[\s\W]|$)")
# An en dash between two letters is a hyphen typed with the wrong key.
WORD_DASH = re.compile(r"(?<=\w)[\u2013\u2014](?=\w)")
# "F D A", "F-D-A": capitals spelled out one by one.
SPELLED_ACRONYM = re.compile(r"\b[A-Z](?:[ -][A-Z]){2,}\b")
SPACES = re.compile(r"[ \t\f\v]+")


def normalise(text):
    """The text with typographic variants folded to plain ASCII forms."""
    text = unicodedata.normalize("NFKC", text or "").translate(TRANSLATION)
    # Acronyms first: "F.D.A.–cleared" has a letter on both sides of its dash
    # only once the dots are gone.
    text = DOTTED_ACRONYM.sub(undot, text)
    text = WORD_DASH.sub("-", text)
    text = SPELLED_ACRONYM.sub(lambda match: re.sub("[ -]", "", match.group(0)), text)
    return SPACES.sub(" ", text)


def undot(match):
    return match.group(0).replace(".", "").replace(" ", "")
