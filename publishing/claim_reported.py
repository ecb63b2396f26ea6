"""Whether a named third party says it, rather than the text itself.

"Some clinics claim ...", "In the BRAVE-AA trials, 38.8% ...", "The study of
30 men reported ...": a critical report or a cited source. Vague sources
("studies show") and testimonials ("patients tell us") are the marketer's own
claim and stay flagged, as is anything the seller's own clinic, leaflet or
team says ("our clinic offers ...", "we've been told ..."). Hearsay ("patients
hear that ...") is reported. Used by claim_clauses.py and claims.py; all functions
take plain, normalised text (claim_normalise.normalise).
"""

import re

THIRD_PARTY = (
    r"(?:clinics?|providers?|sellers?|vendors?|adverts?|advertisements?|ads|"
    r"advertisers?|advertising|marketers?|marketing|websites?|companies|company|"
    r"salespeople|salesman|practitioners|headlines?|the media|news reports?|"
    r"influencers?|brochures?|tabloids?|anyone|anybody|someone|somebody|they|supplier|"
    r"magazines?|newspapers?|the press|journalists?|reporters?|news stories|"
    r"suppliers|promoters?|businesses|spas?|(?:product|sales|landing) pages?|"
    r"listings?|packaging|manufacturers?|makers?|leaflets?|flyers?|posters?|"
    r"billboards?|press releases?|salons?|posts?|videos?|blogs?|forums?)"
)
SAYS = (
    r"(?:claims?|claimed|says?|said|tells?|told|promises?|promised|calls?|called|"
    r"describes?|described|advertises?|advertised|markets?|marketed|touts?|"
    r"touted|boasts?|offers?|offered|suggests?|uses?|sells?|sold|guarantees?|"
    r"insists?|calls?|labels?|brands?|pitch(?:es)?|present(?:s|ed)?|urges?|"
    r"lists?|listed|displays?|displayed|hails?|hailed|heralds?|heralded|hypes?|"
    r"hyped|dubs?|dubbed|proclaims?|proclaimed|trumpets?|trumpeted|boasted|"
    r"insisted|urged|labell?ed|branded|pitched|praised?|praises)"
)
CRITICAL_REPORT = re.compile(
    rf"\b{THIRD_PARTY}\b(?:\s+(?:that|who|which|often|sometimes|may|might|"
    rf"still|also|now|even|routinely|will|would|have|has|had|do|does|did|can|"
    rf"could|openly|falsely|wrongly|regularly|usually|commonly))*\s+{SAYS}\b|\b(?:the|their|its|"
    rf"a|an) (?:answer|reply|response|pitch|sales pitch|advert|brochure|website"
    rf"|seller|salesperson) (?:is|says|claims|was|promises)\b",
    re.IGNORECASE,
)
THIRD_PARTY_NEAR = re.compile(rf"\b{THIRD_PARTY}\b", re.IGNORECASE)
# "Exosomes are often marketed as ...", "according to the clinic, ...": what
# sellers say, reported.
MARKETED_AS = re.compile(
    r"\b(?:is|are|was|were|being|been|get|gets)\s+(?:(?:\w+ly|often|sometimes|"
    r"widely|still|now|also)\s+){0,2}(?:marketed|"
    r"advertised|promoted|billed|touted|pitched|sold|branded|hyped|labelled|"
    r"labeled)\s+(?:to \w+ )?(?:as|like|with)\b|"
    # "she had been promised a cure": a seller's promise, reported; "patients
    # hear that ...": hearsay, reported.
    r"\b(?:was|were|been|being|got|get|gets)\s+(?:promised|told)\b|"
    r"\b(?:hear|hears|heard)\s+(?:it said\s+)?that\b|"
    rf"\baccording to\s+(?:the |their |its |some |many |one )?(?:[\w'-]+\s+)?"
    rf"{THIRD_PARTY}\b",
    re.IGNORECASE,
)
# A verb of saying or selling, for "Avoid any serum that claims ...".
SAYS_NEAR = re.compile(
    rf"\b{SAYS}\b|\b(?:advertised|marketed|sold|promoted)\b", re.IGNORECASE
)

SOURCE_NOUN = (
    r"(?:study|studies|trial|trials|review|meta-analysis|analysis|paper|report|"
    r"survey|authors|researchers|investigators|label|guidelines?|registry|"
    r"series|cohort|experiment|commission|agency|administration)"
)
SPECIFIC_SOURCE = (
    rf"(?:(?i:the|this|that|these|those|its|their|his|her|one|two|three|four|"
    rf"five|several|\d+)\s+(?:[\w'-]+\s+){{0,5}}?(?i:{SOURCE_NOUN})|"
    rf"(?i:an?)\s+(?:[\w'-]+\s+){{1,5}}?(?i:{SOURCE_NOUN})|"
    rf"[A-Z][a-z]+(?:'s| and colleagues| et al| and co-workers| and coworkers)|"
    rf"(?:(?i:the) )?(?:FDA|CDC|NIH|NHS|NICE|FTC|EMA|MHRA|WHO|AAD|BAD|Cochrane)\b|"
    rf"[A-Z]{{3,}}(?:-[A-Z0-9]+)* (?i:trials?|study|studies))"
)
REPORTING = (
    r"(?:found|finds|reported|reports|showed|shows|observed|noted|notes|"
    r"concluded|measured|recorded|saw|describes|described|says|said|states|"
    r"stated|warns|warned|lists|listed|gave|suggests|suggested|has received|"
    r"received|counted|compared)"
)
SOURCE_REPORT = re.compile(
    rf"{SPECIFIC_SOURCE}(?:\s+[\w',-]+){{0,6}}?\s+(?i:{REPORTING})\b"
    rf"|\b(?i:in|according to|from)\s+{SPECIFIC_SOURCE}",
)
PASSIVE_REPORT = re.compile(
    rf"\b(?i:was|were|is|are|has been|have been)\s+(?i:reported|seen|observed|"
    rf"recorded|found|measured|noted)\s+(?i:in|by)\s+{SPECIFIC_SOURCE}",
)
SOURCE_AFTER = re.compile(rf"\b(?i:in|from)\s+{SPECIFIC_SOURCE}")
STUDY_CONTEXT = re.compile(
    r"\b(?:placebo|sham|control group|controls|randomi[sz]ed|participants|took "
    r"part|enrolled|at week \d+|at \d+ weeks|versus|vs|against [\d.]+ ?%|"
    r"hairs? per square|in (?:mice|rats|animals?|animal studies|cell cultures?|"
    r"the lab|laboratory|dishes|petri dishes))\b",
    re.IGNORECASE,
)


# "Our clinic offers ...", "our leaflet says ...": the seller speaking.
OWN_SOURCE = re.compile(r"\b(?:our|my|we)\s+(?:[\w'-]+\s+)?$", re.IGNORECASE)


def is_reported(sentence, start, end, figures=False):
    """A named third party says it: a critical report or a cited source."""
    before = sentence[:start]
    if third_party_says(before) or others_report(before):
        return True
    if cites_a_source(before) or PASSIVE_REPORT.search(sentence[end:]):
        return True
    if SOURCE_AFTER.search(sentence[end:]):
        return True
    return figures and bool(STUDY_CONTEXT.search(sentence))


# "In an internal analysis, 97 percent ...": the seller's own unpublished
# data is its own claim, not a source a reader can check.
OWN_DATA = re.compile(
    r"\b(?:internal|in-house|proprietary|unpublished|our|our own|my)\b", re.IGNORECASE
)


def cites_a_source(before):
    return any(
        not OWN_DATA.search(match.group()) for match in SOURCE_REPORT.finditer(before)
    )


def third_party_says(before):
    """A third party, not the seller's own voice, says what follows."""
    return any(
        not OWN_SOURCE.search(before[: match.start()])
        for match in CRITICAL_REPORT.finditer(before)
    )


OWN_SUBJECT = re.compile(
    r"\b(?:we|i|we've|i've|we're|i'm|we'd|i'd)\s+(?:[\w']+\s+){0,2}$", re.IGNORECASE
)


def others_report(before):
    """ "Exosomes are often marketed as ...", "patients hear that ...", but not
    "we've been told it's a miracle": the seller's own testimonial."""
    return any(
        not OWN_SUBJECT.search(before[: match.start()])
        for match in MARKETED_AS.finditer(before)
    )
