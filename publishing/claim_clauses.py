"""Whether a sentence makes the claim a phrase in it would make.

A risky phrase is only a claim when the text asserts it. These tests find the
common ways careful writing uses the same words without asserting them:
- denied: "No treatment is risk-free", "Results cannot be guaranteed",
  "Permanent results are a myth";
- asked: "Is it FDA approved?" (but not "Why risk finasteride?", a rhetorical
  question that makes the claim);
- mentioned: "watch out for words like miracle", "the word “cure”";
- reported: a third party says it, and the sentence says who: "Some clinics
  claim ...", "In the BRAVE-AA trials, 38.8% ...", "The study of 30 men
  reported ...". Vague sources ("studies show") and testimonials ("patients
  tell us") are the marketer's own claim and stay flagged. That test is in
  claim_reported.py;
- explained: "registration is not approval" (a regulatory-sounding word
  said to be no approval), "have been around for decades" (how long a
  product has existed, not how long results last), "must be taken for life"
  (the use goes on, not the result);
- corrected: "..., which it is not", "...; the evidence says otherwise".
All functions take plain, normalised text (claim_normalise.normalise).
"""

import re

from .claim_reported import SAYS_NEAR, THIRD_PARTY_NEAR


def occurs_in(pattern):
    """A test of a clause (or the text before or after a phrase): does
    `pattern` occur in it?"""

    def found(text):
        return bool(pattern.search(text))

    return found


SENTENCE_END = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bvs)(?<!\bal)(?<!\bProf)"
    r"[.!?]+[\"')\]]*(?=\s|$)|\n+"
)
CLAUSE_BREAK = re.compile(
    r"[;:()\[\]]|,\s|\s[-\u2013\u2014]\s|[\u2013\u2014]|\s(?:but|whereas|although)"
    r"\s",
    re.IGNORECASE,
)
WORD = re.compile(r"[\w']+")
WRAPPED_LINE = re.compile(r"(?<![.!?:])[ \t]*\n[ \t]*(?=[a-z(])")
LIST_GOES_ON = re.compile(
    r"\s*(?:including|such as|like|especially|even)\b", re.IGNORECASE
)
ASIDE = re.compile(
    r"^\s*(?:(?:[\w'-]+\s+){1,3}(?:included|too|alike|aside)|(?:including|such as|"
    r"like|even|especially|not even|not|or|and)\b[^,]*|(?:a|an|the)\s+"
    r"(?:[\w'-]+\s*){1,4})\s*$",
    re.IGNORECASE,
)

NEGATORS = frozenset(
    """no not never nobody none nothing neither nor cannot without hardly rarely
    unlikely lack lacks lacking fails failed myth false wrong untrue misleading
    inaccurate incorrect deceptive whether unproven unsubstantiated unfounded
    baseless dubious""".split()
)
# "Not only ...", "no matter ...", "nothing but ...": not denials.
NOT_NEGATING = re.compile(
    r"\b(?:not (?:only|just)|no (?:matter|doubt|wonder|question)|nothing but|"
    r"never before|never been (?:\w+er|more|so|as|better)\b|nothing short of|"
    r"second to none|(?:can't|cannot|"
    r"won't) (?:be wrong|go wrong|argue with|beat|believe|wait|regret)|"
    r"(?:don't|do not) miss|no-brainer)\b",
    re.IGNORECASE,
)
# A negation's scope ends at a coordinated new clause: "No needles and no side
# effects" still claims "no side effects".
SCOPE_RESET = frozenset("and so plus then while with".split())
DENIED_AFTER = re.compile(
    r"^\W*(?:(?!(?:if|unless|when|or|you|we)\b)[\w'-]+\W+){0,3}?(?:(?:is|are|was|were|be|been|has|have|had)\s+"
    r"(?:not|never|no longer|rarely|unproven|a myth|false|misleading|impossible|"
    r"unrealistic|(?:an? )?(?:red flag|warning sign|marketing)|just|only|unknown|"
    r"unclear|uncertain|lacking|limited|missing|scarce|weak|poor|sparse|absent|"
    r"different|distinct|unfounded|overstated|exaggerated|unsupported|baseless|"
    r"premature|untested|unverified|unsubstantiated|dubious|overblown|hype)\b|"
    r"(?:isn't|aren't|wasn't|weren't|hasn't|haven't|cannot|can't|won't|doesn't|"
    r"don't|didn't)\b|(?:does|do|did|can|will|could|should|would) not\b|"
    r"would (?:need|have to|require|mean|be needed))",
    re.IGNORECASE,
)
# "cGMP describes how a product is made", "FDA clearance means ...": the
# phrase is the subject of a definition, not a selling point.
DEFINED_AFTER = re.compile(
    r"^\W*(?:[\w'-]+\W+){0,1}?(?:means?|describes?|refers? to|says? nothing|"
    r"stands? for|short for|(?:an )?abbreviation (?:of|for)|"
    r"identif(?:y|ies)|records?|lists?|"
    r"tells? you nothing|only (?:means?|shows?|says?)|covers? only|is about)\b",
    re.IGNORECASE,
)
GENERIC_SUBJECT = re.compile(
    r"^\W*(?:a|an|any|every)\s+(?:[\w'-]+\s+){1,3}?(?:can|may|might|could)\s+"
    r"(?:be|have|get|call itself)\b|"
    # "A CE mark on a device says it meets EU rules": what any such mark means.
    r"^\W*(?:a|an|any|every)\s+(?:[\w'-]+\s+){1,5}?(?:only\s+)?(?:means?|says?|"
    r"shows?|tells? you|confirms?|certifies|indicates?)\b",
    re.IGNORECASE,
)
OWN_VOICE = frozenset("our your my we us this its".split())

QUESTION_OPENER = re.compile(
    r"^\W*(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|has|"
    r"have|had|may|might|must|what|which|who|whom|whose|when|where|how|why|if|"
    r"whether|isn't|aren't|doesn't|don't)\b",
    re.IGNORECASE,
)
RHETORICAL = re.compile(
    r"^\W*(?:why (?:\w+ )?(?:risk|gamble|rely|depend|stick|settle|wait|suffer|"
    r"keep|put up|bother|"
    r"pay|stay|go on|continue|live|take|use|struggle|hide)|tired of|sick of|"
    r"fed up|ready "
    r"(?:to|for)|want|wish|need|looking for|searching for|who (?:wouldn't|"
    r"doesn't|does not|would not)|isn't it time|what if you|imagine|struggling|"
    r"worried|(?:do|don't) you (?:want|wish|dream)|what are you waiting|"
    # "Why put chemicals on your scalp when one injection does more?"
    r"why\b[^?]{3,80}?\bwhen\b(?! (?:should|do|does|is|are|did|can)\b))",
    re.IGNORECASE,
)

MENTION_CUE = re.compile(
    r"\b(?:(?:words?|terms?|phrases?|labels?|language|wording|buzzwords?|"
    r"slogans?|claims?|promises?|adjectives?) (?:like|such as|of|that|including)|"
    r"the (?:words?|term|phrase|label|adjective|claim)|so-called|calls? (?:it|them|"
    r"this|their \w+|its \w+))\b",
    re.IGNORECASE,
)
WARNING_CUE = re.compile(
    r"\b(?:be (?:wary|cautious|careful|sceptical|skeptical|suspicious)|beware|"
    r"watch out|look out|avoid|distrust|(?:do not|don't|never) (?:trust|believe)|"
    r"walk away|red flags?|warning signs?|with caution)\b",
    re.IGNORECASE,
)


def join_wrapped_lines(text):
    """Rich text wrapped in its source keeps its line breaks in plain text; a
    line that goes on in lower case continues the sentence above it."""
    return WRAPPED_LINE.sub(" ", text)


def sentence_spans(text):
    """(start, end) of each sentence. A question of a few words and the answer
    after it count as one: "Side effects? There are none." claims no side
    effects."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    merged = []
    for span in spans:
        if merged and is_teaser(text[merged[-1][0] : merged[-1][1]]):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


def is_teaser(sentence):
    stripped = sentence.strip()
    return (
        stripped.endswith("?")
        and len(words(stripped)) <= 3
        and not QUESTION_OPENER.match(stripped)
    )


def clause_bounds(sentence, start, end):
    """(start, end) of the clause holding sentence[start:end].

    An aside between commas does not end the clause around it: in "No
    treatment, exosomes included, has been shown to ...", "No treatment" is
    still the subject.
    """
    breaks = list(CLAUSE_BREAK.finditer(sentence, 0, start))
    left = breaks[-1].end() if breaks else 0
    while len(breaks) >= 2 and is_aside(sentence, breaks[-2], breaks[-1]):
        breaks = breaks[:-2]
        left = breaks[-1].end() if breaks else 0
    # "..., including stem cells": a list goes on the clause before it.
    if breaks and LIST_GOES_ON.match(sentence, left) and breaks[-1].group(0)[0] == ",":
        breaks.pop()
        left = breaks[-1].end() if breaks else 0
    right_match = CLAUSE_BREAK.search(sentence, end)
    right = right_match.start() if right_match else len(sentence)
    return left, right


def is_aside(sentence, opening, closing):
    commas = opening.group(0).startswith(",") and closing.group(0).startswith(",")
    return commas and bool(ASIDE.match(sentence[opening.end() : closing.start()]))


def words(text):
    return [word.lower() for word in WORD.findall(text)]


def negated(before, after):
    """The clause denies the phrase: a negation before it, or a denial after."""
    scope = []
    for word in words(NOT_NEGATING.sub(" ", before)):
        if word in SCOPE_RESET and not (word == "with" and governs_with(scope)):
            scope = []
        else:
            scope = [*scope, word]
    if any(word in NEGATORS or word.endswith("n't") for word in scope):
        return True
    return bool(DENIED_AFTER.search(NOT_NEGATING.sub(" ", after)))


# "No needles, with lasting results" claims lasting results: "with" starts a
# phrase of its own after a negated noun. A negated verb governs its "with":
# "Treatments can't come with a guarantee".
# "No treatment comes with a guarantee": the negated subject's verb takes it.
VERB_NEGATORS = frozenset("not never cannot".split())
COMES = frozenset("come comes came arrive arrives arrived".split())


def governs_with(scope):
    if scope and scope[-1] in COMES:
        return True
    return any(word in VERB_NEGATORS or word.endswith("n't") for word in scope)


# A clause that goes on a denial: "does not mean it works, or that it carries
# no risk", "are not cells, let alone stem cells", "nor is it safe".
CONTINUES_DENIAL = re.compile(
    r"\s*(?:or(?: that| is| are| does| do| will| can)?|nor|let alone|much less|"
    r"still less|never mind)\b",
    re.IGNORECASE,
)


def denial_goes_on(sentence, left):
    """The clause at sentence[left:] continues a denial in the clause before."""
    if not CONTINUES_DENIAL.match(sentence, left):
        return False
    if sentence[left:].lstrip().lower().startswith(("nor", "let alone", "never")):
        return True
    earlier = list(CLAUSE_BREAK.finditer(sentence, 0, max(left - 1, 0)))
    previous_start = earlier[-1].end() if earlier else 0
    previous = sentence[previous_start:left]
    return negated(previous, "")


# "It treats the condition rather than curing it": the phrase is what the
# sentence sets aside; "at best they slow it": what it grants at most.
CONTRASTED = re.compile(
    r"\b(?:rather than|instead of|as opposed to)\s+(?:[\w'-]+\s+){0,2}$|"
    r"\bat (?:best|most)\b",
    re.IGNORECASE,
)


contrasted = occurs_in(CONTRASTED)


# "cGMP stands for current good manufacturing practice": the expansion of
# a term being defined.
EXPANDS = re.compile(
    r"\b(?:stands? for|short for|abbreviation (?:of|for))\s+(?:[\w'-]+\s+)?$",
    re.IGNORECASE,
)
# "FDA clearance of a centrifuge ... does not mean PRP is cleared": the
# sentence denies what the phrase is taken to mean.
DENIED_INFERENCE = re.compile(
    r"^[^.;:!?]*?\b(?:does|do|did|is|are)(?:n't|\s+not)\s+(?:mean|imply|prove|"
    r"show|the same as)\b",
    re.IGNORECASE,
)


def defined(before, after):
    """ "cGMP describes how ...": the phrase is the subject of a definition."""
    if OWN_VOICE.intersection(words(before)):
        return False
    if EXPANDS.search(before):
        return True
    return len(words(before)) <= 2 and bool(DEFINED_AFTER.search(after))


def denies_inference(before, rest):
    """The phrase opens a subject whose meaning the sentence then denies."""
    if OWN_VOICE.intersection(words(before)):
        return False
    return len(words(before)) <= 2 and bool(DENIED_INFERENCE.search(rest))


def is_generic(before):
    """ "A lab can be ...", "Any clinic may ...": a statement about any one."""
    return bool(GENERIC_SUBJECT.match(before))


def is_open_question(sentence):
    """A question that asks, as opposed to one that sells."""
    stripped = sentence.strip()
    if not stripped.rstrip("\"')]").endswith("?"):
        return False
    # The question may close a statement: "Its side effects last - why risk it?"
    breaks = list(CLAUSE_BREAK.finditer(stripped))
    last_clause = stripped[breaks[-1].end() :] if breaks else stripped
    rhetorical = RHETORICAL.search(stripped) or RHETORICAL.search(last_clause)
    return not rhetorical or bool(
        re.match(r"^\W*why (?:do|does|did|would|are|is)\b", last_clause, re.I)
    )


def is_mentioned(sentence, start, end):
    """The phrase is quoted as a term, or named as words to beware of."""
    if in_short_quote(sentence, start, end):
        return True
    before = sentence[:start]
    if MENTION_CUE.search(before):
        return True
    warning = WARNING_CUE.search(before)
    if warning and (
        THIRD_PARTY_NEAR.search(before[warning.start() :])
        or SAYS_NEAR.search(before[warning.end() :])
        or len(words(before[warning.end() :])) <= 2
    ):
        return True
    return bool(WARNING_CUE.search(sentence[end:]) and THIRD_PARTY_NEAR.search(before))


SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?=\w)[^'\n]{1,60}?(?<=[\w.!?%])'(?!\w)")


def in_short_quote(sentence, start, end):
    """Inside "double quotes" (or 'single' ones) of at most six words: a term,
    not a testimonial."""
    for quoted in SINGLE_QUOTED.finditer(sentence):
        if quoted.start() < start and end <= quoted.end():
            return len(words(quoted.group(0))) <= 6
    opened = None
    for index, char in enumerate(sentence):
        if char != '"':
            continue
        if opened is None:
            opened = index
            continue
        if opened < start and end <= index + 1:
            return len(words(sentence[opened:index])) <= 6
        opened = None
    return False


# "The approved options have been around for decades": how long a product
# has existed, not how long its results last.
HISTORY = re.compile(
    r"\b(?:been\s+(?:[\w-]+ly\s+)?(?:around|in use|used|available|prescribed|"
    r"studied|on the market|sold|known|offered|approved|licensed|researched)|"
    r"in use|existed)\s*$",
    re.IGNORECASE,
)


tells_history = occurs_in(HISTORY)


# "Registration is not approval", "a listing does not mean the FDA approved
# anything": the sentence explains that a regulatory-sounding word is no
# approval.
NOT_APPROVAL = re.compile(
    r"\b(?:is|are|was|were|does|do|did)(?:n't|\s+not)\s+(?:the same as\s+|mean\s+"
    r"(?:that\s+)?(?:[\w-]+\s+){0,4}?|imply\s+|equal\s+|amount to\s+)?"
    r"(?:an?\s+|any\s+)?"
    r"(?:(?:FDA|regulatory|government)\s+)?(?:approv|clear|endors|licen[cs])\w*|"
    # "the agency does not review the products": registration is no approval.
    r"\b(?:does|do|did)(?:n't|\s+not)\s+(?:review|evaluate|assess|test|vet)\b|"
    r"\bnot\s+(?:an?\s+)?(?:approval|clearance|endorsement)\b",
    re.IGNORECASE,
)


says_not_approval = occurs_in(NOT_APPROVAL)


# "... must be taken for life to keep its effect": the use goes on, not the
# result.
KEPT_UP = re.compile(
    r"\b(?:must|needs? to|has to|have to|should)\s+(?:be\s+)?(?:taken|used|"
    r"continued|applied|repeated|kept up|take|use|continue|apply|repeat)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# "Banish acne scars forever": the removal of the damage is what lasts.
REMOVES_DAMAGE = re.compile(
    r"\b(?:banish\w*|eras\w*|remov\w*|eliminat\w*|get rid of|gets rid of|"
    r"smooth\w* away|wipe\w* away|clear\w*|fix\w*)\b",
    re.IGNORECASE,
)


removes_damage = occurs_in(REMOVES_DAMAGE)


kept_up = occurs_in(KEPT_UP)


# A correction after the claim: "..., which it is not", "...; the evidence
# says otherwise".
CORRECTED_AFTER = re.compile(
    r"^[\s,;:\u2013\u2014-]*(?:(?:but|yet|and)\s+)?(?:which|what)\s+(?:it|they|this|that)"
    r"\s+(?:is|are|was|were|has|have|does|do)(?:n't|\s+not)\W*$|"
    r"^[\s,;:\u2013\u2014-]*(?:(?:but|yet|and)\s+)?(?:the\s+)?(?:evidence|research|"
    r"science|studies|data|trials)\s+(?:says?|shows?|suggests?|points?)\s+otherwise\b",
    re.IGNORECASE,
)


corrected_after = occurs_in(CORRECTED_AFTER)


# "Stem cells are found in hair follicles": the body's own cells, not what a
# cell-free product is called.
BODYS_OWN = re.compile(
    r"^\s*(?:(?:are|is)\s+(?:found|located|present|kept)\s+|live\s+|sit\s+|"
    r"reside\s+)?(?:in|within|of)\s+(?:the\s+|your\s+|each\s+|every\s+)?"
    r"(?:own\s+)?(?:hair\s+)?(?:follicles?|bone marrow|marrow|bulge|body)\b",
    re.IGNORECASE,
)


bodys_own = occurs_in(BODYS_OWN)
