"""The claims checker's rules about outcomes: what a treatment does and for whom.

Each rule cites the public guidance behind it: the FTC's Health Products
Compliance Guidance for health claims in general, the FDA's consumer alert on
regenerative medicine products for stem cell and exosome claims. Rules about
promises of lasting, guaranteed or 100% results are in claim_rules_promises.py,
about safety and other care in claim_rules_care.py, about regulators and
evidence in claim_rules_regulatory.py; the matching is in claims.py.
"""

import re

from .claim_rule_type import (
    FDA_REGENERATIVE_ALERT,
    FTC_GUIDANCE,
    FTC_GUIDANCE_START,
    Rule,
)
from .claim_rules_care import CARE_RULES
from .claim_rules_promises import PROMISE_RULES
from .claim_rules_regulatory import REGULATORY_RULES

PERCENT = r"\d+(?:\.\d+)?(?: ?(?:-|to) ?\d+(?:\.\d+)?)? ?(?:%|per ?cent)"
PEOPLE = (
    r"(?:patients|clients|customers|users|people|men|women|cases|participants|"
    r"those treated|of them)"
)
GAIN = (
    r"(?:more|thicker|fuller|denser|increase|improvement|growth|regrowth|better|"
    r"success|satisfaction|reduction|less|faster|stronger|hair|density|volume)"
)
HAIR_LOSS = (
    r"(?:hair[- ]loss|baldness|balding|alopecia|(?:hair )?thinning|shedding|"
    r"(?:bald|thin|thinning) (?:spots?|patches|areas)|receding hairlines?)"
)
BENEFIT = (
    r"\w*(?:help|work|regrow|grow|restor|result|treat|fix|solution|benefit|effective|"
    r"suitable|suits?|right for|ideal|perfect|respond|sees?|gets?|notices?|fails?|"
    r"back|thicker|fuller|cure|revers|bring|stop|candidate|sav|deliver|improv|"
    r"transform|great|covered|fix|answer|therap)\w*"
)
UNWANTED = (
    r"side[- ]effects?|unwanted|fac(?:e|ial)|body hair|hypertrichosis|itch\w*"
    r"|irritation|dizz\w*|lightheaded\w*|swelling|adverse|complications?|"
    r"reactions?|stopped (?:because|taking)|dropped out|(?:are|is|being) shed|"
    r"pillow|fall(?:s|ing)? out|\d ?% (?:solution|"
    r"foam|strength|lotion|minoxidil|concentration)"
)
NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"

OUTCOME_RULES = (
    Rule(
        "efficacy_figure",
        "Efficacy figure without its study",
        "A success rate or a 'times more' figure is a claim that, under "
        + FTC_GUIDANCE
        + ", needs competent and reliable scientific evidence; read without its "
        "study (who, how many, against what) it promises the reader that result.",
        "Say which study found it, in whom and against what, e.g. 'In a trial "
        "of 30 men, hair density rose after 12 weeks; there was no control group'.",
        (
            rf"(?:up to |over |more than |nearly |almost )?{PERCENT} (?:\w+ ){{0,2}}?"
            rf"{GAIN}",
            rf"up to (?:{PERCENT}|\d+(?:\.\d+)? ?x\b|{NUMBER} times)",
            r"(?:dramatically|significantly|noticeably|visibly|remarkably|"
            r"substantially|considerably|much|far) (?:thicker|fuller|denser|more hair|"
            r"stronger|better (?:hair|results|growth))",
            r"(?:thicker|fuller|denser)(?:,| and) (?:thicker|fuller|denser|healthier|"
            r"stronger) hair",
            r"from (?:the )?(?:very )?first (?:session|treatment|visit|day|week|"
            r"application|injection)",
            rf"(?:regrowth|success|growth|density|satisfaction|improvement|efficacy|"
            rf"effectiveness|response|hair count|gain|increase|boost)(?: \w+){{0,3}}?"
            rf":? (?:of |above |over |near |exceeding |around |by |up to |at )?"
            rf"{PERCENT}",
            r"\d[\d,]* (?:\w+ )?(?:successful|happy|satisfied) (?:\w+ ){0,2}?"
            r"(?:treatments|patients|clients|procedures|customers|sessions)",
            rf"(?:the (?:vast )?majority|nearly all|almost all|virtually all) of "
            rf"(?:our )?{PEOPLE}",
            rf"(?:regrow\w*|grows?|works?|helps?|effective|results|succeeds?) "
            rf"(?:\w+ ){{0,3}}?(?:in|for) (?:over |more than |nearly )?{PERCENT} of",
            rf"{PERCENT} of (?:our |my |all |the |those )?(?:\w+ )?{PEOPLE}",
            r"(?:success|satisfaction|response) rates? (?:is |are )?(?:the )?(?:highest"
            r"|best|unmatched|unrivalled|unrivaled|industry-leading|record)",
            r"(?:highest|best|unmatched|record) (?:success|satisfaction) rates?",
            rf"(?:boost|increase|improve|raise|grow|thicken|jump|rise|rose|soar|climb|"
            rf"go(?:es)? up|went up)(?:s|ed|d)? (?:\w+ ){{0,3}}?by (?:an average of |"
            rf"on average |up to |over |as much as |nearly |almost )?(?:{PERCENT}|half|"
            rf"a third|a quarter|\d+ times)",
            rf"{PERCENT} (?:\w+ )?(?:success|satisfaction|response) rate",
            rf"(?:{NUMBER}|\d+ ?%) (?:out of|in) (?:every )?{NUMBER} (?:of (?:the |"
            rf"our |my )?)?(?:\w+ )?{PEOPLE}",
            rf"(?:most|nearly all|almost all|virtually all|the (?:vast )?majority of) "
            rf"(?:of )?(?:our |my |the )?(?:\w+ )?{PEOPLE} (?:\w+ )?(?:see|notice|get|"
            rf"regrow|regain|gain|report|achieve|enjoy|experience|are (?:thrilled|"
            rf"delighted|amazed))",
            r"(?:thousands|hundreds|millions|\d[\d,]*) of (?:happy|satisfied|"
            r"delighted|thrilled) (?:clients|patients|customers|users)",
            r"(?:real|visible|noticeable|big|huge|dramatic|massive|amazing|"
            r"remarkable|striking) difference (?:(?:in|to) (?:\w+ ){0,2}?(?:hair|"
            r"hairline|density|thickness|crown|volume)|within|in (?:just|only|\d+|"
            r"weeks|days)|after|from)",
            rf"(?:\d+(?:\.\d+)? ?x|(?:\d+ ?(?:-|to) ?)?{NUMBER} times|twice|double|"
            rf"triple) (?:the |as "
            rf"much )?(?:more|thicker|fuller|denser|faster|better|stronger|hair|"
            rf"growth|regrowth|density|results|volume|coverage|hair counts?)",
            r"(?:doubles?|doubling|triples?|tripling|quadruples?) (?:\w+ ){0,2}?"
            r"(?:hair|density|growth|counts?|thickness|volume|the number|effects?|"
            r"results?|power|benefits?)",
            r"(?:visible|noticeable|dramatic|amazing|instant|immediate|rapid|quick"
            r"|fast|overnight) (?:results|regrowth|growth|improvement|difference)",
            r"(?:in|within|after) (?:just|only|as little as|as few as) (?:\w+ )?"
            r"(?:days?|weeks?|sessions?|treatments?|visits?|months?|appointments?|"
            r"injections?|courses?|hours?)",
            r"after (?:just )?(?:a single|one) (?:session|treatment|visit|injection|"
            r"appointment|course)",
            rf"(?:results?|regrowth|new hair|growth|difference|thicker hair|fuller "
            rf"hair) (?:\w+ ){{0,2}}?(?:in|within) (?:just |only |as little as )?"
            rf"(?:\d+|{NUMBER}|a few|a couple of) (?:days|weeks)",
        ),
        figures=True,
        binding="named_or_topic",
        # Figures about harms and strengths are not efficacy claims.
        excludes=UNWANTED,
    ),
    Rule(
        "benefit_as_fact",
        "Benefit stated as fact",
        "Saying that a treatment regrows, restores or revives hair, without "
        "'may' or a study, presents an outcome as certain. "
        + FTC_GUIDANCE_START
        + " requires competent and reliable scientific evidence for it, which no "
        "unapproved hair treatment has.",
        "Say what a named study found, in whom, and how sure it is, e.g. 'a "
        "small study found more hair after 12 weeks'.",
        (
            r"(?:regrows?|restores?|revives?|rejuvenates?|reawakens?|re-?activates?|"
            r"regenerates?|repairs?|strengthens?|thickens?|stimulates?|boosts?|wakes?"
            r" up|awakens?|grows?|rebuilds?|reclaims?|transforms?|speeds? up|"
            r"accelerates?|kick-?starts?|triggers?|promotes?|encourages?|activates?|"
            r"enhances?|increases?|improves?|maximi[sz]es?|regrew|regrown|restored)"
            r" (?:[\w']+ ){0,3}?"
            r"(?:hair|follicles?|hairline|density|growth|regrowth|crown|bald (?:spots|"
            r"patches)|thinning (?:areas|patches))",
            r"(?:regrow|restore|revive|reclaim|get back|grow back|rebuild) your "
            r"(?:\w+ )?(?:hair|hairline|crown)",
            r"(?:come|comes|grow|grows|growing|coming) back (?:\w+ )?(?:thicker|fuller|"
            r"stronger|denser|healthier)",
        ),
        # Hedged, or said of the body itself: "may stimulate", "follicles grow
        # hair in cycles", "hair grows back after telogen effluvium".
        limiting=(
            *"may might could possibly perhaps some slightly little modest".split(),
            *"modestly thought believed proposed intended meant designed".split(),
            *"supposed said claimed hoped aim aims aimed partly partially".split(),
            *"tested studied investigated whether if follicle follicles".split(),
            *"body cycle phase anagen telogen transplanted transplant".split(),
            *"evidence proof data signs".split(),
        ),
        figures=True,
        binding="named_or_topic",
        excludes=UNWANTED,
    ),
    Rule(
        "universality",
        "Works for everyone",
        "Hair loss has many causes and no treatment helps every person or "
        "every type. A promise that it works for everyone is a claim "
        + FTC_GUIDANCE
        + " expects to be true of everyone it addresses.",
        "Say who the evidence covers, e.g. 'studied in men with mild to "
        "moderate pattern hair loss'.",
        (
            r"(?:works?|worked|effective|suitable|ideal|right|perfect|helps?|"
            r"suits?|benefits?) (?:\w+ ){0,2}?(?:for|on|with)? ?(?:everyone|"
            r"everybody|anyone|anybody|all (?:\w+ )?(?:types|kinds|forms|stages|ages|"
            r"patients|hair)|every (?:[\w'-]+ ){0,2}?(?:man|woman|type|kind|form|stage|"
            r"patient|case|person|one|cause|sufferer|client|customer|user|head|scalp)|"
            r"any (?:\w+ )?(?:type|kind|form|stage|cause|age))",
            r"(?:for|on|of) all (?:hair types|types of|kinds of|forms of|stages of|"
            r"ages|skin types|causes)",
            r"(?:works?|effective|suitable|helps?) (?:for|on) all(?= ?[.!?,;:]|$)",
            r"(?:at|of|for) (?:any|every) (?:age|stage)",
            r"(?:men and women|young and old|all) alike",
            r"every (?:\w+ ){0,3}?(?:can|will) be (?:saved|treated|helped|restored|"
            r"regrown)",
            r"(?:for|to) (?:all|every one) (?:of )?(?:our |my )?(?:patients|clients|"
            r"customers|users)",
            rf"from (?:[\w-]+ ){{1,3}}?to (?:[\w-]+ ){{0,2}}?(?:{HAIR_LOSS}|bald\w*|"
            rf"crowns?|hairlines?)",
            r"no (?:[\w'-]+ ){0,4}?(?:(?:that|which) )?(?:[\w'-]+ ){0,3}?(?:cannot|"
            r"can't|won't|doesn't|does not|can not) (?:treat|help|fix|improve|work|"
            r"benefit|regrow)",
            r"(?:everyone|everybody|anyone|anybody) (?:is|can be) (?:a )?(?:good |"
            r"suitable |ideal |perfect )?(?:candidate|suitable|eligible)",
            r"of (?:every|any) (?:kind|type|sort|form)",
            r"(?:everyone|everybody|every (?:patient|client|man|woman|person|"
            r"customer|user)|all (?:patients|clients|users|customers)|anyone|"
            r"anybody) (?:[\w']+ ){0,8}?(?:sees?|seen|saw|gets?|got|responds?|"
            r"responded|regrows?|regrew|benefits?|benefited|notices?|noticed|loves?|"
            r"loved|can (?:regrow|grow|benefit|see|get)|will (?:see|regrow|benefit|"
            r"get))",
            r"whatever (?:your |the )?(?:\w+ )?(?:age|type|cause|stage|hair)",
            r"whatever(?:'s| is) (?:causing|behind|the cause of|the reason for)",
            r"(?:perfect|ideal|suitable|great|works?|effective|designed|made) for "
            r"both (?:men|guys) and (?:women|gals|ladies)",
            r"(?:no one|no-one|nobody) (?:is|'s) too (?:old|young|bald|far "
            r"gone)|"
            r"(?:it's|it is) never too (?:late|early)|never too (?:old|bald|late) "
            r"(?:to|for)",
            r"whether (?:you(?:'re| are)|your [\w-]+(?: is| are|'s)?) "
            r"[\w ,-]{1,40}? or [\w -]{1,20}",
            # "Male or female, 25 or 65, ...": every reader, listed by opposites.
            r"(?:male or female|men or women|man or woman|young or old|old or young|"
            r"\d{2} or \d{2})(?=,)",
            r"no matter (?:your|what|how|the|which|who)",
            r"regardless of (?:your )?(?:age|type|cause|stage|gender|how)",
            r"never fails|always works|works every time|one[- ]size[- ]fits[- ]all",
        ),
        requires=BENEFIT,
    ),
    Rule(
        "cure",
        "Cure language",
        "No treatment covered here is shown to cure hair loss. Under "
        + FTC_GUIDANCE
        + " every health benefit claimed needs competent and reliable "
        "scientific evidence, and "
        + FDA_REGENERATIVE_ALERT
        + " warns about clinics promising cures they cannot show.",
        "Say what the treatment may do and for how long, e.g. 'may slow "
        "thinning while you use it'.",
        (
            r"cur(?:e|es|ed|ing)",
            r"cure-all",
            rf"(?:reverse[sd]?|reversing|reversal of) (?:\w+ ){{0,2}}?{HAIR_LOSS}",
            rf"(?:end|ends|ending|eliminate[sd]?|eliminating|eradicate[sd]?|"
            rf"banish(?:es)?|conquers?|beats?|defeats?|fix(?:es)?|solves?|heals?|"
            rf"healing) (?:\w+ ){{0,2}}?{HAIR_LOSS}",
            r"heals? (?:\w+ ){0,2}?follicles",
            r"(?:restores?|regrow\w*|grow|get back|get|enjoy|achieve|gives? you) "
            r"(?:a |your )?(?:full|thick|fuller|thicker) head of hair",
            rf"{HAIR_LOSS}\?\s*(?:solved|fixed|sorted|cured|gone|handled|beaten)\b",
            r"(?:fix|fixes|repair|repairs|rebuild|rebuilds) (?:your |a |the )?"
            r"(?:receding )?hairline",
            rf"(?:(?:say|wave|kiss|bid) goodbye|goodbye|bye[- ]bye|farewell) to "
            rf"(?:\w+ ){{0,2}}?{HAIR_LOSS}",
            rf"no more {HAIR_LOSS}",
            r"(?:curable|fixable|beatable)",
            rf"{HAIR_LOSS} (?:ends|is over|stops) (?:here|now|today)",
            rf"(?:{HAIR_LOSS}|bald(?:ing)?) days (?:are|is) (?:over|behind you|"
            rf"numbered|history)",
            rf"(?:days of|era of) (?:\w+ )?{HAIR_LOSS} (?:are|is) over",
            rf"turns? (?:\w+ ){{0,2}}?{HAIR_LOSS} into",
            rf"(?:halts?|halting|halted|arrests?|arresting) (?:\w+ ){{0,2}}?"
            rf"{HAIR_LOSS}",
            r"(?:stops?|stopping|stopped|halts?|halting|freezes?) (?:[\w-]+ ){0,3}?"
            r"(?:dead )?in (?:its|their|your) tracks",
            rf"(?:the|a|your) (?:\w+ )?(?:solution|answer|end) to (?:\w+ ){{0,2}}?"
            rf"{HAIR_LOSS}",
            r"(?:completely|fully|totally|entirely) (?:restores?|regrows?|reverses?)",
            r"(?:treats?|targets?|fixes|addresses|tackles|cures) (?:the )?(?:root |"
            r"underlying |real )?causes? of",
            rf"(?:overcomes?|vanquish(?:es)?|win against) (?:\w+ ){{0,2}}?{HAIR_LOSS}",
            r"(?:the )?(?:real|true|ultimate|final|permanent) (?:solution|answer|fix)",
            r"(?:restores?|regrows?|reverses?) (?:\w+ ){0,3}?(?:completely|fully|"
            r"totally|entirely)",
        ),
        limiting=("partly", "partially", "slow", "slows", "somewhat"),
    ),
)

RULES = {
    rule.id: rule
    for rule in (*OUTCOME_RULES, *PROMISE_RULES, *CARE_RULES, *REGULATORY_RULES)
}

# Said of exosomes anywhere, on any page: "exosomes are stem cells".
EXOSOMES_ARE_STEM_CELLS = re.compile(
    r"(?<![\w-])(?:exosomes?|extracellular vesicles?|secretome|vials?)"
    r"(?: products?)? (?:are|is|contain|contains|are made of|are a kind of|are a "
    r"type of|holds?|(?:are|is) (?:packed with|rich in|full of|loaded with)|"
    r"deliver|delivers|carry|carries) (?!not\b|no\b)"
    r"(?:(?!from\b|by\b|of\b|in\b)\w+ ){0,3}?"
    r"(?:stem[- ]cells?|(?:live|living) (?:\w+ )?cells)(?![\w])",
    re.IGNORECASE,
)
SITE_PHRASE_WHY = (
    "Your editors added this phrase to the claims list in Review settings."
)
