"""The claims checker's rules: phrases, and why each matters.

Each rule cites the public guidance behind it: the FTC's Health Products
Compliance Guidance for health claims in general, the FDA's consumer alert on
regenerative medicine products for stem cell and exosome claims, and
21 CFR 807.97 for presenting a 510(k) clearance as an approval. The matching
itself is in claims.py.
"""

import functools
import re
from dataclasses import dataclass

FTC_GUIDANCE = "the FTC's Health Products Compliance Guidance (2022)"
FDA_REGENERATIVE_ALERT = (
    "the FDA's Consumer Alert on Regenerative Medicine Products Including Stem "
    "Cells and Exosomes"
)
FDA_CLEARANCE_RULE = "FDA regulation 21 CFR 807.97"
FTC_GUIDANCE_START = "T" + FTC_GUIDANCE[1:]
FDA_REGENERATIVE_ALERT_START = "T" + FDA_REGENERATIVE_ALERT[1:]
APPROVED_CARE_WORDS = (
    r"minoxidil|finasteride|dutasteride|spironolactone|baricitinib|"
    r"approved|standard|conventional|prescription|established|"
    r"medications?|medicines?|drugs?|tablets?|surgery|transplants?|"
    r"transplantation|your doctor"
)
APPROVED_CARE = rf"(?:{APPROVED_CARE_WORDS})"


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    why: str
    patterns: tuple
    negatable: bool = False
    # Words that, before the phrase in its clause, make it about something
    # else: "the only stem cell products approved by the FDA are ...".
    limiting: tuple = ()

    def compiled(self):
        return compile_patterns(self.patterns)


@functools.cache
def compile_patterns(patterns):
    return [
        re.compile(rf"(?<![\w-]){pattern}(?![\w])", re.IGNORECASE)
        for pattern in patterns
    ]


RULES = {
    rule.id: rule
    for rule in (
        Rule(
            "cure",
            "Cure or permanent-result language",
            "No treatment covered here is shown to cure hair loss or to give "
            "permanent results. Under " + FTC_GUIDANCE + " every health benefit "
            "claimed needs competent and reliable scientific evidence, and "
            + FDA_REGENERATIVE_ALERT
            + " warns about clinics promising cures they cannot show.",
            (
                r"cur(?:e|es|ed|ing)",
                r"cure-all",
                r"permanent (?:results?|cure|fix|solution|regrowth)",
                r"permanently(?! (?:damag\w*|scar\w*|destroy\w*|harm\w*|los\w*|"
                r"injur\w*|affect\w*))",
            ),
            negatable=True,
        ),
        Rule(
            "guarantee",
            "Guaranteed results",
            "Results vary from person to person. A guarantee is an express "
            "claim that, under " + FTC_GUIDANCE + ", must be backed by "
            "evidence that it holds for everyone, which no health treatment has.",
            (r"guarantee[sd]?", r"guaranteeing"),
            negatable=True,
        ),
        Rule(
            "absolute",
            "Absolute figures such as 100%",
            "A figure of 100% implies a certainty that no study provides. "
            + FTC_GUIDANCE_START
            + " treats numbers as claims that need the same scientific support.",
            (r"(?<![\d.,])100(?:\.0+)?\s?%", r"(?<![\d.,])100 ?per ?cent"),
        ),
        Rule(
            "no_side_effects",
            "No side effects",
            "Every treatment can have side effects. Saying otherwise hides risks "
            "readers need to weigh, which " + FTC_GUIDANCE + " counts as "
            "deceptive.",
            (
                r"(?:no|zero|without(?: any)?|free (?:of|from)) side[- ]effects?",
                r"side[- ]effect[- ]free",
            ),
        ),
        Rule(
            "risk_free",
            "Risk-free or completely safe",
            "No procedure is without risk; injections and microneedling can "
            "cause infection. Safety claims need evidence under "
            + FTC_GUIDANCE
            + ", and "
            + FDA_REGENERATIVE_ALERT
            + " reports serious harm from unapproved products.",
            (
                r"risk[- ]free",
                r"zero risks?",
                r"(?:completely|totally|perfectly|100% ) safe",
            ),
            negatable=True,
        ),
        Rule(
            "miracle",
            "Miracle language",
            "Words like 'miracle' promise more than any evidence shows and shape "
            "the overall impression, which " + FTC_GUIDANCE + " judges, "
            "not only the literal words.",
            (r"miracles?", r"miraculous(?:ly)?"),
            negatable=True,
        ),
        Rule(
            "fda_approved",
            "FDA approval claimed",
            "Only say 'FDA approved' when a product is approved for this use and "
            "the page's regulatory status says so. Claiming approval that does "
            "not exist misleads readers about safety and effectiveness; "
            + FDA_REGENERATIVE_ALERT
            + " stresses that no exosome product is approved.",
            (
                r"FDA[- ]approved",
                r"approved by (?:the )?(?:U\.?S\.? )?(?:FDA|Food and Drug "
                r"Administration)",
            ),
            negatable=True,
            limiting=("only",),
        ),
        Rule(
            "fda_cleared",
            "FDA clearance claimed",
            "Only say 'FDA cleared' when a device for this use has 510(k) "
            "clearance and the page's regulatory status says so. "
            + FDA_CLEARANCE_RULE
            + " also forbids presenting a clearance as an approval.",
            (
                r"FDA[- ]cleared",
                r"cleared by (?:the )?(?:U\.?S\.? )?(?:FDA|Food and Drug "
                r"Administration)",
            ),
            negatable=True,
            limiting=("only",),
        ),
        Rule(
            "clinically_proven",
            "'Clinically proven' without a source in the same section",
            "'Clinically proven' is an establishment claim: "
            + FTC_GUIDANCE
            + " expects the proof it names to exist. Cite the study in the same "
            "section (a link, a reference number such as [1], or its title).",
            (r"(?:clinically|scientifically|medically)[- ]proven",),
        ),
        Rule(
            "better_than_approved",
            "Unapproved treatment set above approved care",
            "Saying an unapproved treatment beats or replaces approved care can "
            "lead readers to stop treatment that works. Comparative claims need "
            "head-to-head evidence under "
            + FTC_GUIDANCE
            + ", and "
            + FDA_REGENERATIVE_ALERT
            + " warns against giving up proven treatment for unapproved products.",
            (
                r"(?:better|more effective|superior|stronger|safer|faster) (?:than|"
                r"to) (?:\w+ ){0,3}?" + APPROVED_CARE,
                r"replac(?:e|es|ed|ing) (?:\w+ ){0,3}?" + APPROVED_CARE,
                r"(?:no (?:longer )?need|no more need) (?:for|to) (?:\w+ ){0,3}?"
                r"(?:" + APPROVED_CARE_WORDS + r"|take|use|apply)",
                r"instead of (?:\w+ ){0,2}?" + APPROVED_CARE,
            ),
            negatable=True,
        ),
        Rule(
            "regulatory_exemption",
            "Claims of needing no approval or being exempt from regulation",
            "Products that treat disease, exosomes and stem cell products "
            "included, are regulated as drugs or biological products and need "
            "FDA review before marketing. " + FDA_REGENERATIVE_ALERT + " names "
            "'no approval needed' claims as a warning sign.",
            (
                r"(?:does|do|did)(?: not|n't) (?:need|require) (?:\w+ ){0,2}?"
                r"(?:FDA )?(?:approval|clearance|review)",
                r"(?:FDA )?(?:approval|clearance) (?:is |was )?(?:not )?"
                r"(?:needed|required|necessary)",
                r"no (?:FDA )?(?:approval|clearance) (?:is )?(?:needed|required|"
                r"necessary)",
                r"exempt(?:ed)? from (?:\w+ ){0,2}?(?:FDA|regulation|approval|"
                r"oversight)",
                r"(?:is |are )?not (?:regulated|subject to regulation) by the FDA",
                r"outside (?:of )?(?:the )?FDA(?:'s)? (?:jurisdiction|oversight|"
                r"regulation)",
            ),
            negatable=True,
        ),
        Rule(
            "stem_cell_cell_free",
            "'Stem cells' said of a cell-free product",
            "Exosomes and other cell-free products contain no cells, so calling "
            "them stem cells misleads readers about what they are buying. "
            + FDA_REGENERATIVE_ALERT_START
            + " covers both and treats them as distinct products.",
            (r"stem[- ]cells?",),
            negatable=True,
        ),
    )
}

# Said of exosomes anywhere, on any page: "exosomes are stem cells".
EXOSOMES_ARE_STEM_CELLS = re.compile(
    r"(?<![\w-])(?:exosomes?|extracellular vesicles?)(?: products?)? "
    r"(?:are|is|contain|contains|are made of|are a kind of|are a type of) "
    r"(?!not\b|no\b)(?:\w+ ){0,3}?stem[- ]cells?(?![\w])",
    re.IGNORECASE,
)
CELL_FREE_TOPIC = re.compile(
    r"(?<![\w-])(?:exosomes?|extracellular vesicles?|secretome|"
    r"conditioned media)(?![\w])",
    re.IGNORECASE,
)
STEM_CELL = re.compile(r"(?<![\w-])stem[- ]cells?(?![\w])", re.IGNORECASE)
SITE_PHRASE_WHY = (
    "Your editors added this phrase to the claims list in Review settings."
)
