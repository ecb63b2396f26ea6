"""The claims checker's rules about safety, hype and approved care."""

from .claim_rule_type import (
    APPROVED_CARE,
    FDA_REGENERATIVE_ALERT,
    FTC_GUIDANCE,
    Rule,
)

CARE_RULES = (
    Rule(
        "no_side_effects",
        "No side effects",
        "Every treatment can have side effects. Saying otherwise hides risks "
        "readers need to weigh, which " + FTC_GUIDANCE + " counts as "
        "deceptive.",
        "List the known side effects and how often they occur.",
        (
            # "No pain or side effects": the "no" reaches along the list.
            r"(?:no|zero|without(?: any)?|free (?:of|from)(?: any| all)?|never any) "
            r"(?:[\w-]+(?:,| or| and| &| nor) ){0,3}"
            r"(?:known |serious |nasty |unwanted |real )?(?:side[- ]effects?|"
            r"adverse (?:effects?|reactions?|events?)|complications?|downsides?)",
            r"side[- ]effect[- ]free",
            r"(?:worry|scar|scarring|complication|infection|reaction|danger|"
            r"downtime and side effect)[- ]free",
            r"(?:side[- ]effects?|risks?|complications?)\?\s*(?:there (?:are|is) )?"
            r"(?:none|zero|nothing|not one|not (?:with|here|at|from|in)|no way|"
            r"never|forget (?:them|it))\b",
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
        "Say what the risks are and how little is known about them.",
        (
            r"risk[- ]free",
            r"(?:zero|no|without(?: any)?|free of(?: any)?) (?:[\w-]+(?:,| or| and| &"
            r"| nor) ){0,3}(?:known |long-term |real |health )?(?:risks?|dangers?)",
            r"(?:completely|totally|perfectly|absolutely|entirely|fully|utterly|"
            r"100 ?%|100 percent) (?:safe|harmless|non-toxic)",
            r"(?:non-toxic|natural|gentle|painless) (?:and|&) safe",
            r"(?:excellent|perfect|flawless|spotless|impeccable|unblemished|clean) "
            r"safety (?:record|profile)",
            r"with no (?:reported |known )?(?:problems|issues|complications)",
            r"harmless",
            r"(?:can't|cannot|can not|won't|will not|could not|couldn't) (?:possibly"
            r" )?(?:harm|hurt|damage) (?:you|your)",
            r"(?:impossible to|can't|cannot|can not|won't|will not|never) (?:have|"
            r"get|suffer|experience) (?:a |an |any )?(?:\w+ )?(?:reactions?|side "
            r"effects?|complications?|infections?)",
            r"nothing to (?:worry about|fear|react to|reject)|(?:in )?safe hands",
            r"as safe as",
            r"(?:proven|guaranteed|certified)[- ]safe",
            r"(?:no|zero) (?:chance|possibility|risk) (?:at all )?of (?:an? |any )?"
            r"(?:\w+ )?(?:reactions?|infections?|side effects?|complications?|"
            r"rejection|harm|scarring)",
            r"safe for (?:everyone|everybody|anyone|all|every\w*)",
            r"safe enough (?:for|to)",
            r"safe(?:,| and| &) (?:effective|natural|painless|proven|gentle|"
            r"non-invasive)",
            r"(?:natural|organic|non-invasive|drug-free),? (?:so|and therefore|"
            r"therefore|which means it's|means it's|hence) (?:\w+ )?safe",
        ),
    ),
    Rule(
        "miracle",
        "Miracle language",
        "Words like 'miracle' promise more than any evidence shows and shape "
        "the overall impression, which " + FTC_GUIDANCE + " judges, "
        "not only the literal words.",
        "Describe what the treatment is and what the evidence shows.",
        (
            r"miracles?|miraculous(?:ly)?|breakthrough|revolution(?:ary)?|marvel\w*|"
            r"godsend|"
            r"revolutioni[sz]e[sd]?",
            r"game[- ]?chang(?:er|ing)|magic(?:al)?|holy grail|fountain of youth",
            r"(?:jaw-dropping|mind-blowing|phenomenal|extraordinary|insane|unreal|"
            r"mind-boggling|sensational|astounding) (?:results|regrowth|growth|"
            r"transformations?|difference)",
            r"works? wonders|life[- ]changing|(?:incredible|amazing|unbelievable|"
            r"astonishing|stunning|spectacular) (?:results|regrowth|growth|"
            r"transformations?)",
            r"(?:incredible|amazing|unbelievable|astonishing|stunning|spectacular) "
            r"[\w-]+ (?:results|regrowth|growth|transformations?)",
            r"(?:most (?:advanced|powerful|innovative|potent)|world's (?:best|first|"
            r"leading|most \w+)) (?:[\w-]+ ){0,2}?(?:treatments?|therap(?:y|ies)|"
            r"solutions?|serums?|products?|technology)",
            r"(?:on the planet|money can buy)",
            r"wonder[- ](?:drug|treatment|cure|serum|product|therapy|ingredient|"
            r"molecule|formula|solution|pill|potion|shot)",
            r"secret (?:to|of|formula|weapon|ingredient)|(?:best|well)[- ]kept secret",
            r"(?:doesn't|don't|do not|does not) want you to know",
        ),
    ),
    Rule(
        "better_than_approved",
        "Approved care run down or replaced",
        "Telling readers to drop approved care, or that an unapproved "
        "treatment beats or replaces it, can lead them to stop treatment that "
        "works. Comparative claims need head-to-head evidence under "
        + FTC_GUIDANCE
        + ", and "
        + FDA_REGENERATIVE_ALERT
        + " warns against giving up proven treatment for unapproved products.",
        "Present approved treatments fairly, and tell readers not to stop one "
        "without their doctor.",
        (
            rf"(?:better|more effective|superior|stronger|safer|faster|gentler|"
            rf"healthier|smarter) (?:than|to|alternative to) (?:\w+ ){{0,3}}?"
            rf"{APPROVED_CARE}",
            rf"(?:safer|better|natural|gentler|healthier) alternatives? to "
            rf"(?:\w+ ){{0,3}}?{APPROVED_CARE}",
            rf"replac(?:e|es|ed|ing) (?:\w+ ){{0,3}}?{APPROVED_CARE}",
            r"(?:no (?:longer )?need|no more need) (?:for|to) (?:\w+ ){0,3}?"
            rf"(?:{APPROVED_CARE}|take|use|apply)",
            rf"instead of (?:\w+ ){{0,2}}?{APPROVED_CARE}",
            rf"(?:ditch|dump|drop|quit|forget|skip|toss|throw away|throw out|bin|"
            rf"abandon|give up|stop|say goodbye to|say no to|goodbye to|no more|"
            rf"tired of|sick of|fed up with|put up with|free yourself from) "
            rf"(?:\w+ ){{0,3}}?{APPROVED_CARE}",
            r"(?:drug|chemical|medication|pill|hormone)[- ]free (?:alternative|"
            r"solution|option|way|answer|approach)",
            rf"(?:toxic|harsh|dangerous|risky|nasty|outdated|old-fashioned|useless)"
            rf" (?:\w+ ){{0,1}}?{APPROVED_CARE}",
            rf"{APPROVED_CARE}(?: and {APPROVED_CARE})? (?:is|are) (?:\w+ )?"
            rf"(?:outdated|toxic|dangerous|poison|useless|old news|"
            rf"a thing of the past|obsolete|risky|harmful|unsafe|"
            rf"yesterday's|old-school|old hat|a waste)",
            rf"(?:swap|switch from|trade in|trade|exchange|move on from|leave behind"
            rf"|break up with|break free from) (?:\w+ ){{0,3}}?{APPROVED_CARE}",
            rf"(?:(?:don't|do not|stop|never) )?poison(?:ing)? (?:your \w+|yourself) "
            rf"with (?:\w+ )?{APPROVED_CARE}",
            rf"(?:don't|do not|never) let (?:\w+ )?{APPROVED_CARE} (?:ruin|wreck|"
            rf"destroy|damage|control|take)",
            rf"{APPROVED_CARE} (?:that |which )?(?:can |will |may )?(?:ruins?|wrecks?|"
            rf"destroys?|kills?)",
            rf"leave (?:\w+ ){{0,2}}?{APPROVED_CARE} behind",
            rf"{APPROVED_CARE} (?:\w+ ){{0,4}}?(?:dependent|hooked|addicted|reliant)",
            rf"(?:a break|break free|freedom|escape) from (?:\w+ ){{0,2}}?"
            rf"{APPROVED_CARE}",
            rf"(?:rivals?|matches|as good as|as effective as|comparable to|on par "
            rf"with|equivalent to) (?:\w+ ){{0,3}}?{APPROVED_CARE}",
            rf"{APPROVED_CARE} (?:is|are) (?:only |just |merely )?(?:a |an )?"
            rf"(?:temporary|short-term|band-aid|stopgap|quick) "
            rf"(?:fix|solution|measure)",
            rf"(?:outperforms?|beats?|surpasses?|trumps?|outshines?|out-?does) "
            rf"(?:\w+ ){{0,2}}?{APPROVED_CARE}",
            rf"why (?:gamble|bet|rely|depend|stick) (?:with |on |to )?(?:\w+ ){{0,3}}?"
            rf"{APPROVED_CARE}",
            rf"{APPROVED_CARE} (?:is|are) (?:a |an )?(?:\w+ )?(?:chemical|poison|"
            rf"toxin)s?",
            rf"{APPROVED_CARE} (?:\w+ ){{0,4}}?(?:dangerous|scary|terrible|horrible|"
            rf"nasty|devastating) side effects",
            rf"{APPROVED_CARE}(?: and \w+)? (?:don't|do not|doesn't|does not|never) "
            rf"work(?= ?[.!,;:]|$| at all| anymore)",
            rf"{APPROVED_CARE}[\w ,]{{0,40}}? (?:barely|hardly|never really|doesn't "
            rf"really|don't really) works?",
            rf"{APPROVED_CARE}(?:'s)? side effects (?:\w+ ){{0,3}}?(?:last|linger|"
            rf"persist|ruin|destroy|stay)",
            rf"{APPROVED_CARE}\b[^?]{{0,80}}?\bwhy (?:take|risk) (?:the |that )?"
            rf"(?:chance|risk|gamble)",
            rf"unlike (?:\w+ ){{0,2}}?{APPROVED_CARE}",
            rf"why (?:risk|put up with|keep|suffer|take|bother with|put|apply|rub|"
            rf"swallow|spend \w+ on|pay for|use|stick with) (?:\w+ ){{0,4}}?"
            rf"{APPROVED_CARE}",
            rf"{APPROVED_CARE} (?:is|are|means) (?:\w+ ){{0,2}}?(?:lifelong|life-long|"
            rf"endless|never-ending|forever) (?:commitment|chore|burden|dependency|"
            rf"sentence|prison|slavery)",
            r"(?:sets?|setting) you free|free (?:yourself|you) from|frees you from",
            rf"{APPROVED_CARE} (?:only|just|merely) (?:masks?|hides?|delays?|covers? "
            rf"up|treats? (?:the )?symptoms|slows?)",
        ),
        limiting=("if", "when", "once", "after", "before", "unless"),
        binding="subject",
    ),
)
