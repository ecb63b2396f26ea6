"""The claims checker's rules about regulators, endorsements and evidence.

"FDA approved" and "FDA cleared" are tied to the product their clause names
(claim_products.py), never switched off by the page's status. 21 CFR 807.97
forbids presenting a 510(k) clearance as an approval.
"""

from .claim_rule_type import (
    FDA_CLEARANCE_RULE,
    FDA_REGENERATIVE_ALERT,
    FDA_REGENERATIVE_ALERT_START,
    FTC_GUIDANCE,
    Rule,
)

AGENCY = (
    r"(?:FDA|US FDA|Food and Drug Administration|EMA|EU|European Union|CE|MHRA|"
    r"TGA|Health Canada|PMDA|MFDS|KFDA|NMPA|Swissmedic|NICE|CQC)"
)
BY_AGENCY = rf"by (?:the )?(?:US )?{AGENCY}"
PROFESSIONALS = (
    r"(?:dermatologists?|derms?|doctors?|physicians?|surgeons?|experts?|clinicians?|"
    r"trichologists?|scientists?|nurses?|specialists?|professionals?|"
    r"pharmacists?|celebrit(?:y|ies)|stars?|athletes?|influencers?|"
    r"A-list(?:ers?)?(?: celebrit(?:y|ies)| stars?)?)"
)

REGULATORY_RULES = (
    Rule(
        "fda_approved",
        "Approval claimed for a product that has none",
        "Only say 'FDA approved' of a product that is approved, for the use "
        "named. Claiming approval that does not exist misleads readers about "
        "safety and effectiveness; "
        + FDA_REGENERATIVE_ALERT
        + " stresses that no exosome product is approved.",
        "Name the approved product and its approved use, or say the treatment "
        "is not FDA approved.",
        (
            rf"(?:{AGENCY}|government|federally|state)[- ]approved",
            rf"approved {BY_AGENCY}",
            rf"(?:has|have|had|received|got|won|with|holds?|carr(?:y|ies)|given|"
            rf"granted|earned|gained|obtained|achieved|secured) (?:full )?"
            rf"(?:{AGENCY} |regulatory )approval",
            rf"{AGENCY} (?:has |have )?(?:now |officially |finally )?approved"
            r"(?= \w)(?! (?:no|none|nothing|neither)\b)",
            r"(?:an? |fully )approved (?:[\w-]+ ){0,3}?(?:treatments?|therap(?:y|ies)|"
            r"options?|products?|procedures?|medicines?)",
            # "PRP is fully approved for hair restoration in the US": approval
            # said of the clause's subject, bound to it like any other.
            r"(?:is|are|has been|have been|was|were|now|fully|officially|legally) "
            r"(?:fully |officially |now |legally )?approved (?:for|in|as)\b",
            r"approved options",
            r"^\W*approved (?:[\w-]+ ){0,3}?(?:treatments?|therap(?:y|ies)|products?)",
        ),
        limiting=("only",),
        binding="approved",
    ),
    Rule(
        "fda_cleared",
        "Clearance claimed for a product that has none",
        "Only say 'FDA cleared' of a device that has 510(k) or de novo "
        "clearance for this use. " + FDA_CLEARANCE_RULE + " also forbids "
        "presenting a clearance as an approval.",
        "Name the cleared device and its cleared use.",
        (
            rf"{AGENCY}[- ]cleared",
            rf"cleared {BY_AGENCY}",
            r"510\(?k\)?[- ]cleared",
            rf"{AGENCY} (?:510\(?k\)? )?clearance",
            rf"(?:has|have|received|with) (?:{AGENCY} )?clearance",
        ),
        limiting=("only",),
        binding="cleared",
    ),
    Rule(
        "regulatory_sounding",
        "Regulatory-sounding words that are not an approval",
        "Registration, inspection and manufacturing standards (cGMP, ISO) say "
        "how a facility is run, not that a product is safe or works. "
        + FDA_REGENERATIVE_ALERT_START
        + " warns that clinics use such words to suggest an approval that "
        "does not exist, which " + FTC_GUIDANCE + " counts as deceptive.",
        "Say plainly whether the product is FDA approved for this use.",
        (
            rf"{AGENCY}[- ]?(?:registered|listed|inspected|compliant|certified|"
            r"accredited|recogni[sz]ed|regulated|sanctioned|endorsed|backed|audited|"
            r"licensed|authori[sz]ed)",
            rf"(?:registered|listed|inspected|certified|licensed|accredited|"
            rf"authori[sz]ed|endorsed|recogni[sz]ed) (?:with|by) (?:the )?{AGENCY}",
            rf"{AGENCY} registration",
            r"c?GMP",
            r"good manufacturing practices?",
            r"ISO[- ]?(?:\d+[- ]?)?(?:certified|accredited|compliant)",
            r"(?:pharmaceutical|medical|clinical|hospital|laboratory)[- ]grade",
            r"AATB(?:[- ](?:accredited|certified))?",
            rf"{AGENCY}[- ]approved (?:ingredients?|facilit(?:y|ies)|labs?|"
            r"laborator(?:y|ies)|materials?|components?|sources?)",
            rf"(?:meets?|follows?|complies with|compliant with|adheres? to|"
            rf"exceeds?|surpass(?:es)?) (?:[\w-]+ ){{0,6}}?(?:{AGENCY}|federal|"
            rf"government|regulatory|international|medical|pharmaceutical) "
            r"(?:[\w-]+ ){0,3}?(?:standards?|guidelines?|regulations?|requirements?|"
            r"rules)",
            r"(?:lab|laboratory|third[- ]party)[- ]tested",
            rf"(?:to|under|by) (?:\w+ ){{0,2}}?(?:{AGENCY}|federal) (?:standards|"
            r"guidelines|regulations|requirements|rules)",
            r"(?:fully|properly|strictly|government)[- ](?:regulated|licensed|"
            r"certified|accredited)",
            r"(?:registered|licensed|accredited|certified|inspected) (?:lab|laboratory|"
            r"facility|facilities|tissue bank|pharmacy|establishment)",
        ),
        generic_passes=True,
        binding="named_subject",
    ),
    Rule(
        "endorsement",
        "Endorsement by doctors or celebrities",
        "An endorsement implies that experts have judged the evidence. Under "
        + FTC_GUIDANCE
        + " and the FTC's Endorsement Guides, it must reflect real, "
        "current opinion and may not stand in for scientific evidence.",
        "Say what the evidence shows instead of who likes the treatment.",
        (
            rf"{PROFESSIONALS}[- ](?:approved|recommended|endorsed|trusted|tested|"
            r"formulated|designed|developed|backed|preferred|loved)",
            r"(?:recommended|endorsed|trusted|chosen|used|loved|preferred|approved|"
            r"voted|rated|named|ranked|praised) (?:[\w'-]+ ){0,5}?by (?:[\w'-]+ ){0,4}?"
            r"(?:dermatologists|doctors|physicians|surgeons|experts|celebrities|stars"
            r"|athletes|thousands|millions|\d[\d,]*|professionals|clinicians|happy|"
            r"patients|clients|customers|specialists|trichologists|names|models|"
            r"icons|A-listers|royalty|influencers)",
            rf"{PROFESSIONALS} (?:\w+ly )?(?:recommend|endorse|"
            r"trust|swear by|prefer|love|agree|suggest|would choose|choose (?:our|"
            r"this|it|exosomes|PRP)|call (?:it|them|this|exosomes|PRP))",
            r"(?:leading|top|renowned|world-class|elite|the best) (?:[\w-]+ ){0,3}?"
            r"(?:dermatologists|doctors|physicians|surgeons|experts|professionals|"
            r"clinicians|specialists)",
            r"(?:top|highly|best)[- ]rated|go-to (?:[\w-]+ ){0,2}?(?:choice|treatment|"
            r"option|therapy|clinic|solution)",
            rf"(?:treatment|therapy|choice|secret|clinic) (?:of|for) (?:the )?"
            rf"{PROFESSIONALS}",
            r"(?:dermatologists|doctors|surgeons|clinics|experts|professionals) (?:are "
            r")?(?:switching|turning|moving|flocking) to",
            r"(?:choice|favou?rite|pick) of (?:[\w']+ ){0,3}?(?:clinics|professionals|"
            r"dermatologists|doctors|physicians|surgeons|experts|celebrities|stars)",
            r"(?:rave|raves|raving|gush|gushing) (?:about|over)|everyone is (?:raving"
            r"|talking) about|(?:won't|can't|cannot) stop (?:talking|raving) about",
            rf"(?:developed|created|formulated|designed|invented|pioneered|perfected)"
            rf" by (?:[\w-]+ ){{0,4}}?{PROFESSIONALS}",
            r"[45](?:\.\d)? ?(?:★|stars?\b|/ ?5)|\d[\d,]* (?:\w+ )?(?:five-star|5-star|"
            r"verified|glowing|happy) reviews",
            r"(?:as )?featured (?:on|in) (?!(?:a|an|the|this|one) (?:study|trial|"
            r"review|paper|journal))\w+",
            rf"(?:clinics|hospitals|{PROFESSIONALS})\b[\w' ]"
            r"{0,40}? (?:trust|recommend|endorse|choose|prefer|love|swear by) "
            r"(?:our|this|these|it|exosomes|PRP)\b",
            # "the dermatologist's choice", "surgeons' favourite"
            rf"{PROFESSIONALS}'s?'? (?:own )?(?:choice|favou?rite|pick|secret|"
            r"treatment of choice)",
            r"(?:#|number |no ?)1 (?:\w+ )?(?:treatment|choice|clinic|brand|rated|"
            r"recommended|exosome)",
            r"award[- ]winning|as (?:seen|featured) (?:on|in) \w+|experts' choice",
            r"(?:5|five)[- ]star (?:rated|reviews?|treatment|clinic|results)|"
            r"rated (?:5|five) stars",
            r"(?:trusted|loved|chosen) by (?:more than )?(?:thousands|millions|"
            r"\d[\d,]*)",
        ),
        binding="named",
    ),
    Rule(
        "clinically_proven",
        "'Proven' without a source in the same section",
        "'Clinically proven' is an establishment claim: "
        + FTC_GUIDANCE
        + " expects the proof it names to exist. Cite the study in the same "
        "section (a link, a reference number such as [1], or its title).",
        "Cite the study in the same section, or say what it found and its limits.",
        (
            r"(?:clinically|scientifically|medically|dermatologically)[- ](?:proven|"
            r"tested|validated|shown|backed|studied|documented|confirmed|"
            r"demonstrated|verified|researched)",
            r"proven (?:to|results?|formula|treatment|solution|technology|therapy|"
            r"method|way|effective|effectiveness|safe|and)",
            r"proven (?:in|by|through) (?:\w+ )?(?:clinical |scientific )?(?:trials|"
            r"studies|research|science|tests)",
            r"(?:backed|supported|proven|confirmed) by (?:[\w-]+ ){0,2}?(?:science|"
            r"research|studies|clinical (?:studies|trials|research)|data|trials|"
            r"doctors)",
            r"(?:science|research)[- ](?:backed|based|proven)",
            r"(?:the )?(?:science|evidence|research|data) (?:is|are) (?:clear|in|"
            r"conclusive|undeniable|settled|overwhelming)",
            r"(?:studies|research|science|trials|data|evidence) (?:\w+ )?(?:proves?|"
            r"proved|confirms?|confirmed|shows?|showed|demonstrates?|demonstrated) "
            r"(?:that )?(?:\w+ ){0,2}?(?:it|exosomes?|our|this|the treatment|PRP|"
            r"they|works?)",
        ),
        binding="named",
    ),
    Rule(
        "regulatory_exemption",
        "Claims of needing no approval or being exempt from regulation",
        "Products that treat disease, exosomes and stem cell products "
        "included, are regulated as drugs or biological products and need "
        "FDA review before marketing. " + FDA_REGENERATIVE_ALERT + " names "
        "'no approval needed' claims as a warning sign.",
        "Say that the product needs FDA approval for this use and has none.",
        (
            r"(?:does|do|did)(?: not|n't) (?:need|require) (?:\w+ ){0,4}?"
            r"(?:FDA )?(?:approval|clearance|review)",
            r"(?:FDA )?(?:approval|clearance) (?:is |was )?(?:not )?"
            r"(?:needed|required|necessary|unnecessary)",
            # "no FDA approval is needed", "no medical approval is required"
            r"no (?:[\w-]+ )?(?:approval|clearance|licen[cs]e|authori[sz]ation) "
            r"(?:is )?(?:needed|required|necessary)",
            r"no (?:FDA |federal )?(?:regulations?|rules|approval|red tape|paperwork) "
            r"to worry about",
            r"(?:FDA |federal |regulatory |drug )?(?:rules|regulations|approval|"
            r"oversight|laws) (?:don't|do not|doesn't|does not|won't|will not) apply",
            r"exempt(?:ed)? from (?:\w+ ){0,2}?(?:FDA|regulation|approval|"
            r"oversight|rules)",
            r"(?:is |are )?not (?:regulated|subject to regulation) by the FDA",
            r"(?:isn't|aren't|is not|are not|not|can't|cannot|won't|needn't) "
            r"(?:\w+ )?(?:regulated|overseen|"
            r"controlled) (?:like|as) (?:an? )?(?:drugs?|medicines?|medications?|"
            r"biologics?|pharmaceuticals?)",
            r"(?:FDA|regulators?) (?:does|do)(?: not|n't) (?:regulate|oversee|cover)",
            r"(?:outside|beyond) (?:of )?(?:the )?FDA(?:'s)? (?:jurisdiction|"
            r"oversight|regulation|reach)",
        ),
    ),
    Rule(
        "stem_cell_cell_free",
        "'Stem cells' said of a cell-free product",
        "Exosomes and other cell-free products contain no cells, so calling "
        "them stem cells misleads readers about what they are buying. "
        + FDA_REGENERATIVE_ALERT_START
        + " covers both and treats them as distinct products.",
        "Say 'cell-free vesicles' and, if it matters, what cells they came from.",
        (
            # "stem cell-derived exosomes" says where they come from.
            r"stem[- ]cells?(?! (?:clinics?|research\w*|biology|scientists?|banks?|"
            r"banking|cultures?|lines))(?![- ](?:derived|conditioned|secreted|"
            r"released)\b)",
            r"(?:live|living|regenerative|active) (?:[\w-]+ )?cells",
        ),
        # Where exosomes come from is not what they are: "released by stem
        # cells", "taken from cultures of stem cells".
        limiting=(
            *"from which where whose released secreted produced made".split(),
            *"derived taken collected grown harvested isolated".split(),
            # The body's own: "hair follicles contain their own stem cells".
            *"follicles follicle marrow".split(),
        ),
        cell_free_only=True,
    ),
)
