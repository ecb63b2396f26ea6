"""The claims checker: plain text in, findings out. No ORM, no Django models.

An article is a list of `TextUnit`s (title, summary, one per body block or FAQ
item) plus the page's regulatory status. `check_article` returns one
`Finding` per risky phrase and place, each naming its rule and why the rule
exists, citing the FDA's and FTC's public guidance.

How a match is judged:
- Phrases match on word boundaries, case-insensitively: "cure" matches
  "Cure" and "cure-all" but not "secure" or "procured".
- Rules marked `negatable` skip a match whose clause already denies it ("there
  is no cure", "is not FDA-approved", "cannot be guaranteed") and a match
  inside a question ("Is it approved by the FDA?"), or reported or
  conditional speech ("if a clinic says it needs no approval"): none of these
  makes the claim. The clause is the text back to the nearest . ! ? ; : ,
  dash or line break, and the denial must be among its last six words.
- "Stem cell(s)" is flagged on articles about a cell-free product (exosomes,
  extracellular vesicles, secretome, conditioned media in the title or
  summary), unless the title is itself about stem cells; "exosomes are stem
  cells" and the like are flagged on every article.
- "Better than / replaces / no need for" approved care applies only to pages
  whose regulatory status is "not_approved"; "FDA approved" and "FDA cleared"
  pass only when the status is "approved" or "cleared" respectively.
- "Clinically proven" is allowed when the same section cites a source: the
  section's rich text links somewhere, cites a reference by number ("[2]"), or
  quotes the title of one of the article's references. A section is one body
  block (a section block, a callout, a FAQ question); the title and summary
  have no section, so the phrase there always needs acknowledging.
- References blocks are never scanned: their titles are citations.
"""

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field

from .claim_rules import (
    CELL_FREE_TOPIC,
    EXOSOMES_ARE_STEM_CELLS,
    RULES,
    SITE_PHRASE_WHY,
    STEM_CELL,
)

NEGATIONS = frozenset(
    """no not never cannot can't nor none neither without nothing isn't aren't
    doesn't don't didn't won't wasn't weren't hasn't haven't shouldn't
    unlikely""".split()
)
NEGATION_WINDOW = 6
CLAUSE_BREAK = re.compile(r"[.!?;:,\n\u2013\u2014]|\s-\s")
SENTENCE_BREAK = re.compile(r"[.!?\n]")
# Reported or conditional speech is not the article's own claim: "if the
# answer is that it does not need approval", "clinics claim it cures".
ATTRIBUTION = re.compile(
    r"\b(?:if|claims?|claimed|claiming|says?|said|told|answer is|marketed as|"
    r"advertised as|promises?|promised|promising|sold as)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[\w']+")


@dataclass(frozen=True)
class TextUnit:
    """Reader-visible text from one place of an article."""

    where: str  # e.g. "Title", "Section “How it works”"
    text: str
    has_source: bool = False  # links to or cites a source in this section


@dataclass(frozen=True)
class Article:
    units: tuple
    regulatory_status: str = ""
    cell_free_topic: bool = False  # title or summary is about exosomes etc.


@dataclass(frozen=True)
class SitePhrase:
    phrase: str
    why: str = ""


@dataclass(frozen=True)
class Finding:
    rule: str
    label: str
    phrase: str
    where: str
    why: str
    count: int = field(default=1, compare=False)

    @property
    def key(self):
        """Stable id of this phrase at this place, for acknowledgements."""
        raw = f"{self.rule}|{self.phrase.lower()}|{self.where}"
        return hashlib.sha256(raw.encode()).hexdigest()[:16]


def parse_site_phrases(text):
    """Lines of 'phrase' or 'phrase | why it matters' -> [SitePhrase]."""
    phrases = []
    for line in (text or "").splitlines():
        phrase, _, why = line.partition("|")
        if phrase.strip():
            phrases.append(SitePhrase(phrase.strip(), why.strip()))
    return phrases


def check_article(article, site_phrases=()):
    """Every risky phrase in the article, one Finding per phrase and place."""
    found = {}
    for unit in article.units:
        for finding in check_unit(unit, article, site_phrases):
            key = finding.key
            if key in found:
                found[key] = dataclasses.replace(found[key], count=found[key].count + 1)
            else:
                found[key] = finding
    return list(found.values())


def check_unit(unit, article, site_phrases):
    for rule_id in rules_for(article):
        rule = RULES[rule_id]
        if rule_id == "clinically_proven" and unit.has_source:
            continue
        for pattern in rule.compiled():
            for match in pattern.finditer(unit.text):
                if rule.negatable and not is_asserted(unit.text, match, rule):
                    continue
                yield finding_for(rule, match.group(0), unit.where)
    for match in EXOSOMES_ARE_STEM_CELLS.finditer(unit.text):
        yield finding_for(RULES["stem_cell_cell_free"], match.group(0), unit.where)
    for site_phrase in site_phrases:
        pattern = phrase_pattern(site_phrase.phrase)
        for match in pattern.finditer(unit.text):
            yield Finding(
                rule="site_phrase",
                label="Phrase on the site's claims list",
                phrase=normalise_space(match.group(0)),
                where=unit.where,
                why=site_phrase.why or SITE_PHRASE_WHY,
            )


def rules_for(article):
    """The rule ids that apply to this article's status and topic."""
    skip = set()
    if article.regulatory_status == "approved":
        skip.add("fda_approved")
    if article.regulatory_status == "cleared":
        skip.add("fda_cleared")
    if article.regulatory_status != "not_approved":
        skip.add("better_than_approved")
    if not article.cell_free_topic:
        skip.add("stem_cell_cell_free")
    return [rule_id for rule_id in RULES if rule_id not in skip]


def finding_for(rule, phrase, where):
    return Finding(
        rule=rule.id,
        label=rule.label,
        phrase=normalise_space(phrase),
        where=where,
        why=rule.why,
    )


def is_asserted(text, match, rule):
    """False when the text denies, asks about or reports the phrase."""
    words = clause_words_before(text, match.start())
    if any(word in NEGATIONS or word.endswith("n't") for word in words):
        return False
    if any(word in rule.limiting for word in words):
        return False
    if ATTRIBUTION.search(sentence_before(text, match.start())):
        return False
    return not sentence_is_question(text, match.end())


def clause_words_before(text, start):
    before = text[:start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return [word.lower() for word in WORD.findall(clause)][-NEGATION_WINDOW:]


def sentence_before(text, start):
    before = text[:start]
    breaks = list(SENTENCE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def sentence_is_question(text, end):
    match = re.compile(r"[.!?\n]").search(text, end)
    return bool(match) and match.group(0) == "?"


def phrase_pattern(phrase):
    words = [re.escape(word) for word in phrase.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w])", re.IGNORECASE)


def normalise_space(text):
    return " ".join(text.split())


def is_about_cell_free_product(title, summary):
    """Title or summary name a cell-free product, and the title is not itself
    about stem cells (an article on stem cell clinics must say "stem cell")."""
    if STEM_CELL.search(title or ""):
        return False
    return any(CELL_FREE_TOPIC.search(text or "") for text in (title, summary))
