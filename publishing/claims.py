"""The claims checker: plain text in, findings out. No ORM, no Django models.

An article is a list of `TextUnit`s (title, summary, one per body block or FAQ
item, the regulatory note, SEO fields, related-link notes, condition texts)
plus its page context: regulatory status and topic. `check_article` returns
one `Finding` per risky phrase and place, each naming its rule, why the rule
exists (citing the FDA's and FTC's public guidance) and how to reword it.

How a match is judged, sentence by sentence, after Unicode normalisation
(claim_normalise.py):
- Phrases match on word boundaries, case-insensitively: "cure" matches "Cure"
  but not "secure" or "curettage".
- A phrase the sentence denies, asks about, mentions as a term, reports
  from a named third party, explains or corrects is not a claim
  (claim_clauses.py, claim_reported.py).
- Regulatory claims are bound to a product (claim_products.py): the product
  the clause names, else the page's topic, else the page's status. "Minoxidil
  foam is FDA approved" passes on the exosome page; "FDA approved exosome
  therapy" is flagged on every page, whatever its status.
- A page about a product kind that no authority has approved cannot carry the
  "approved" status: that finding cannot be acknowledged away.
- "Clinically proven" passes when the same section cites a source (a link, a
  reference number, a reference's title).
- "Stem cells" is flagged on pages about a cell-free product; "exosomes are
  stem cells" on every page. References blocks are never scanned.
- A sentence no rule flags, and in which no rule set a phrase aside, goes
  last to two backstops: the seller's promise by word classes
  (claim_voice.py), then a learned model over words and word classes
  (claim_model.py), which the clause analysis can veto. A phrase set aside
  only by its rule's limiting words ("derived from stem cells") does not
  keep the sentence from the backstops: it says what the phrase is not, not
  that the sentence claims nothing.
"""

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field

from . import claim_clauses as clauses
from . import claim_products as products
from . import claim_reported as reported
from .claim_binding import bound_claim_holds
from .claim_model import learned_finding_fields, likely_claim
from .claim_normalise import normalise
from .claim_rule_type import phrase_span
from .claim_rules import EXOSOMES_ARE_STEM_CELLS, RULES, SITE_PHRASE_WHY
from .claim_rules_promises import PROMISED_OUTCOME
from .claim_voice import promised_outcome

STATUS_RULE = "status_refused"
STATUS_PLACE = "Regulatory status"
STATUS_WHY = (
    "The FDA's Consumer Alert on Regenerative Medicine Products and its "
    "Public Safety Notification on Exosome Products state that no such "
    "product is approved; a page status saying otherwise misleads every reader."
)
# Rules whose phrase a "rather than" or "at best" sets aside; not a comparison with
# approved care, where "rather than" is the claim.
CONTRASTABLE = frozenset(
    {"cure", "miracle", "guarantee", "permanent", "benefit_as_fact"}
)
# Findings that no reason can keep: the page must change.
REFUSED_RULES = frozenset({STATUS_RULE})


@dataclass(frozen=True)
class TextUnit:
    """Reader-visible text from one place of an article."""

    where: str  # e.g. "Title", "Section “How it works”"
    text: str
    has_source: bool = False  # links to or cites a source in this section
    # The product this text is about, when not the page's: a related link's
    # note speaks of the linked treatment (a claim_products kind key).
    topic: str = ""


@dataclass(frozen=True)
class Article:
    units: tuple
    regulatory_status: str = ""
    cell_free_topic: bool = False  # title or summary is about exosomes etc.
    topic: str = ""  # a claim_products kind key; found from title/summary if ""


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
    advice: str = field(default="", compare=False)

    @property
    def key(self):
        """Stable id of this phrase at this place, for acknowledgements."""
        raw = f"{self.rule}|{self.phrase.lower()}|{self.where}"
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    @property
    def refused(self):
        return self.rule in REFUSED_RULES


@dataclass(frozen=True)
class Context:
    """What the checker knows of the page a sentence is on."""

    status: str = ""
    topic: object = None  # a claim_products.ProductKind or None
    cell_free: bool = False
    products: tuple = ()  # every ProductKind the page names


def parse_site_phrases(text):
    """Lines of 'phrase' or 'phrase | why it matters' -> [SitePhrase]."""
    phrases = []
    for line in (text or "").splitlines():
        phrase, _, why = line.partition("|")
        if phrase.strip():
            phrases.append(SitePhrase(phrase.strip(), why.strip()))
    return phrases


def context_for(article):
    topic = products.KINDS_BY_KEY.get(article.topic) or products.topic_of(
        *(unit.text for unit in article.units if unit.where in ("Title", "Summary"))
    )
    if topic is None and article.cell_free_topic:
        topic = products.KINDS_BY_KEY["exosomes"]
    cell_free = article.cell_free_topic or bool(topic and topic.cell_free)
    return Context(article.regulatory_status, topic, cell_free)


def check_article(article, site_phrases=()):
    """Every risky phrase in the article, one Finding per phrase and place."""
    context = context_for(article)
    found = {}
    for finding in status_findings(context):
        found[finding.key] = finding
    for unit in article.units:
        for finding in check_unit(unit, context, site_phrases):
            key = finding.key
            if key in found:
                found[key] = dataclasses.replace(found[key], count=found[key].count + 1)
            else:
                found[key] = finding
    return list(found.values())


def status_findings(context):
    why = products.refused_status(context.topic, context.status)
    if not why:
        return []
    return [
        Finding(
            rule=STATUS_RULE,
            label="Regulatory status not possible for this product",
            phrase=context.status,
            where=STATUS_PLACE,
            why=f"{why} {STATUS_WHY}",
            advice=why,
        )
    ]


def check_text(text, context=Context(), where="Text", site_phrases=()):
    """Findings in one piece of text, e.g. a line given to check_claims."""
    return list(check_unit(TextUnit(where, text), context, site_phrases))


def check_unit(unit, context, site_phrases=()):
    if unit.topic in products.KINDS_BY_KEY:
        context = dataclasses.replace(context, topic=products.KINDS_BY_KEY[unit.topic])
    text = clauses.join_wrapped_lines(normalise(unit.text))
    for start, end in clauses.sentence_spans(text):
        sentence = text[start:end]
        yield from check_sentence(sentence, unit, context)
        for site_phrase in site_phrases:
            for match in phrase_pattern(normalise(site_phrase.phrase)).finditer(
                sentence
            ):
                yield Finding(
                    rule="site_phrase",
                    label="Phrase on the site's claims list",
                    phrase=normalise_space(match.group(0)),
                    where=unit.where,
                    why=site_phrase.why or SITE_PHRASE_WHY,
                )


def check_sentence(sentence, unit, context):
    if clauses.is_open_question(sentence):
        return
    found, set_aside = judged(sentence, unit, context)
    yield from found
    # The learned backstop speaks last, and only where the rules' clause
    # analysis set nothing aside: a phrase they found denied, reported,
    # mentioned or true of its product is not the page's claim.
    if not found and not set_aside and likely_claim(sentence, context):
        yield Finding(where=unit.where, **learned_finding_fields(sentence))


def judged(sentence, unit, context):
    """(findings of the rules and the word-class backstop, whether they set
    a risky phrase aside as not claimed)."""
    set_aside = []
    found = list(rule_findings(sentence, unit, context, set_aside))
    if not found:
        found = list(backstop_findings(sentence, unit, context, set_aside))
    return found, bool(set_aside)


def backstop_findings(sentence, unit, context, set_aside):
    """A promise in words no rule lists (claim_voice.py)."""
    span = promised_outcome(sentence)
    if not span:
        return
    if is_claimed(sentence, *span, PROMISED_OUTCOME, context):
        yield finding_for(PROMISED_OUTCOME, sentence[span[0] : span[1]], unit.where)
    else:
        set_aside.append(PROMISED_OUTCOME.id)


def rule_findings(sentence, unit, context, set_aside):
    for rule in RULES.values():
        if rule.cell_free_only and not context.cell_free:
            continue
        if not rule.may_match(sentence) or not rule.applies_to(sentence):
            continue
        if rule.id == "clinically_proven" and unit.has_source:
            set_aside.append(rule.id)  # a cited source backs it
            continue
        taken = []
        for pattern in rule.compiled():
            for match in pattern.finditer(sentence):
                start, end = phrase_span(match)
                if any(start < t_end and t_start < end for t_start, t_end in taken):
                    continue
                if not is_claimed(sentence, start, end, rule, context):
                    if not narrowed_only(sentence, start, end, rule, context):
                        set_aside.append(rule.id)
                    continue
                taken.append((start, end))
                yield finding_for(rule, sentence[start:end], unit.where)
    for match in EXOSOMES_ARE_STEM_CELLS.finditer(sentence):
        if not clauses.is_mentioned(sentence, match.start(), match.end()):
            yield finding_for(RULES["stem_cell_cell_free"], match.group(0), unit.where)


# Damage words that limit a permanence claim unless the damage is removed.
SCARS = frozenset("scar scars scarring scarred".split())


def narrowed_only(sentence, start, end, rule, context):
    """Set aside only by its limiting words: the sentence is not thereby
    shown to be no claim, so the learned backstop may still read it."""
    left, _ = clauses.clause_bounds(sentence, start, end)
    before = sentence[left:start]
    if not is_limited(sentence, start, end, rule, before):
        return False
    widened = dataclasses.replace(rule, limiting=())
    return is_claimed(sentence, start, end, widened, context)


def is_claimed(sentence, start, end, rule, context):
    """True when the sentence asserts the phrase at sentence[start:end]."""
    left, right = clauses.clause_bounds(sentence, start, end)
    before, after = sentence[left:start], sentence[end:right]
    if rule.negatable and (
        clauses.negated(before, after) or clauses.denial_goes_on(sentence, left)
    ):
        return False
    if clauses.defined(before, after):
        return False
    if rule.negatable and clauses.denies_inference(before, sentence[end:]):
        return False
    if rule.id in CONTRASTABLE and clauses.contrasted(before):
        return False
    if rule.generic_passes and clauses.is_generic(before):
        return False
    if rule.id == "permanent" and (
        clauses.tells_history(before) or clauses.kept_up(before)
    ):
        return False
    if rule.negatable and clauses.corrected_after(sentence[right:]):
        return False
    if rule.id == "regulatory_sounding" and clauses.says_not_approval(sentence):
        return False
    if clauses.is_mentioned(sentence, start, end):
        return False
    if rule.cell_free_only and clauses.bodys_own(after):
        return False
    if reported.is_reported(sentence, start, end, figures=rule.figures):
        return False
    if rule.binding and bound_claim_holds(
        sentence, (left, right), start, end, rule, context
    ):
        return False
    return not is_limited(sentence, start, end, rule, before)


def is_limited(sentence, start, end, rule, before):
    """A word of the rule's limiting list narrows the phrase ("derived from
    stem cells", "scarring is permanent"): the phrase claims nothing, though
    the rest of the sentence still may."""
    phrase = sentence[start:end]
    limited = set(clauses.words(f"{before} {phrase}")) & set(rule.limiting)
    if limited & SCARS and clauses.removes_damage(before):
        limited -= SCARS
    return bool(limited) and not (limited == {"only"} and rule.binding)


def finding_for(rule, phrase, where):
    return Finding(
        rule=rule.id,
        label=rule.label,
        phrase=normalise_space(phrase),
        where=where,
        why=rule.why,
        advice=rule.advice,
    )


def phrase_pattern(phrase):
    words = [re.escape(word) for word in phrase.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w])", re.IGNORECASE)


def normalise_space(text):
    return " ".join(text.split())


def is_about_cell_free_product(title, summary):
    """Title or summary name a cell-free product, and the title is not itself
    about stem cells (an article on stem cell clinics must say "stem cell")."""
    title_topic = products.topic_of(title or "")
    if title_topic is not None:
        return title_topic.cell_free
    summary_topic = products.topic_of(summary or "")
    return bool(summary_topic and summary_topic.cell_free)
