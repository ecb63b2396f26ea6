"""The claims checker's rules about promises: results for good, guaranteed, 100%."""

from .claim_rule_type import FTC_GUIDANCE, FTC_GUIDANCE_START, Rule

# Found by its shape, not a phrase (claim_voice.py): it has no patterns and
# is matched after the others, only on sentences none of them flagged.
PROMISED_OUTCOME = Rule(
    "promised_outcome",
    "Outcome promised as certain",
    "A seller telling readers what their hair will do, with no 'may', no "
    "study and no condition, states the outcome as fact; "
    + FTC_GUIDANCE
    + " requires competent and reliable scientific evidence for it, which no "
    "unapproved hair treatment has.",
    "Say what a named study found, in whom, and that results vary, e.g. 'some "
    "people in a small study had more hair after 12 weeks'.",
    (),
    binding="named_or_topic",
)

PROMISE_RULES = (
    Rule(
        "permanent",
        "Permanent-result language",
        "Treatments for pattern hair loss work while they are used, and the "
        "condition goes on. A permanent result is a claim "
        + FTC_GUIDANCE
        + " requires evidence for, over the whole time promised.",
        "Say how long results lasted in studies and what happens when treatment stops.",
        (
            # "for good" at the end of a phrase, not "for good reason/health".
            r"for good(?!\s*(?!(?:and|with|after|in|now|this|thanks)\b)[\w])",
            # "permanent scar removal" promises the removal lasts.
            r"permanent(?:ly)?(?! (?:damag\w*|scar(?!\w* (?:removal|reduction|erasure|"
            r"repair|revision))\w*|destroy\w*|harm\w*|los\w*|"
            r"injur\w*|affect\w*|hair loss|bald\w*|stain\w*|side))",
            r"forever|for life|once and for all|here to stay|for a lifetime",
            r"(?:without|no) (?:the )?need (?:for|to) (?:\w+ )?(?:daily|ongoing|"
            r"further|more|regular|lifelong|repeat)",
            r"(?:won't|will not|never|doesn't|does not) (?:wash|wear|go|rub) "
            r"(?:away|off)",
            r"(?:lifelong|lifetime|long-lasting|long-term) (?:results?|regrowth|hair|"
            r"growth|"
            r"benefits?|solution|fix)",
            r"for (?:years (?:and years )?to come|decades|the rest of your life)",
            r"(?:no|without|zero|never|no need for|no more) (?:\w+ )?(?:ongoing|"
            r"further|repeat|follow-up|maintenance|top-up|regular|lifelong) "
            r"(?:treatments?|sessions?|visits?|appointments?|injections?|care)",
            r"one (?:course|session|treatment|visit) (?:does it all|is all you need|"
            r"is enough|lasts)",
            r"(?:no|without|zero) (?:\w+ )?(?:maintenance|upkeep|top-ups?|follow-up "
            r"treatments?|repeat (?:visits|sessions|treatments)|touch-ups?|further "
            r"treatments?|more treatments?)",
            r"(?:results?|regrowth|hair|benefits?|effects?) (?:will |can |should )?"
            r"(?:last|lasts|stay|stays|remain|remains) (?:for )?(?:years|decades|a "
            r"lifetime|forever|permanently)",
            r"(?:lasts?|lasting) (?:a )?lifetime",
            r"(?:hair|results|regrowth) that (?:stays?|lasts?)(?= ?[.!,;:]|$)",
            r"never (?:[\w']+ ){0,7}?again",
            r"(?:the )?(?:only|last) (?:[\w-]+ ){0,3}?you(?:'ll| will)? ever (?:need|"
            r"have to (?:buy|try|take|use)|buy|try)",
            r"(?:never|won't ever|will never) need (?:another|more|further|"
            r"to come back)",
            r"never (?:go|be|become|get|look|lose) (?:\w+ ){0,2}?(?:bald|thin\w*|"
            r"hair)",
        ),
        # The condition, or damage, lasts: "hair loss continues for life",
        # "scarring destroys follicles permanently".
        limiting=(
            *"continue continues progress progresses untreated condition".split(),
            *"destroy destroys destroyed damage damages damaged scar scars".split(),
            "scarring",
            *"scarred kill kills lose loses lost harm harms".split(),
            # Moved follicles keep the donor site's resistance to thinning.
            *"transplanted transplant grafts grafted donor".split(),
            # The benefit fades: "any benefit tends to fade without repeat
            # sessions" says it does not last.
            *"fade fades faded fading wane wanes waned waning".split(),
        ),
    ),
    Rule(
        "guarantee",
        "Guaranteed results",
        "Results vary from person to person. A guarantee is an express "
        "claim that, under " + FTC_GUIDANCE + ", must be backed by "
        "evidence that it holds for everyone, which no health treatment has.",
        "Say what results are typical in studies and that they vary.",
        (
            r"guarantee[sd]?(?!\s+(?:\w+\s+){0,2}?(?:privacy|private|confidential\w*"
            r"|details|data|information|appointment|reply|response|price|booking|"
            r"deposit|fees?|refund of|cancellation))",
            r"guaranteeing",
            r"if (?:you|it) (?:don't|do not|doesn't|does not|fail to) (?:[\w,]+ ){0,4}?"
            r"(?:you )?(?:don't|do not|won't|will not) pay",
            r"money[- ]back",
            r"(?:or|else) (?:your|you get your) money back",
            r"(?:or|else|otherwise) (?:it's |it is |(?:the|your) next (?:\w+ )?"
            r"(?:is|are) |"
            r"we(?:'ll| will) (?:\w+ ){1,4}?)(?:for )?(?:free(?: of charge)?|on us|at "
            r"no (?:extra )?(?:cost|charge))",
            r"(?:full|complete|total|100 ?%) refund|refund (?:every|your) \w+ if",
            r"(?:stake|bet) our (?:reputation|name)",
            r"(?:results|regrowth|success|growth) (?:is |are )?(?:assured|certain)",
            r"(?:assured|certain|sure) (?:results|regrowth|success)",
            r"(?:we|i) promise(?! to (?:answer|reply|respond|call|get back|keep|"
            r"protect|respect|listen|be |explain|review|tell))",
            r"(?:you'll|you will|you are going to) (?:definitely |certainly |surely"
            r" |absolutely )?(?:see|notice|get|have|regrow|grow|enjoy|love|achieve)"
            r" (?:\w+ ){0,3}?(?:results|hair|growth|regrowth|difference|thicker|"
            r"fuller)",
            r"(?:sure|certain) to (?:work|regrow|grow)",
        ),
    ),
    Rule(
        "absolute",
        "Absolute figures such as 100%",
        "A figure of 100% implies a certainty that no study provides. "
        + FTC_GUIDANCE_START
        + " treats numbers as claims that need the same scientific support.",
        "Give the figure a study found, with its study.",
        (r"(?<![\d.,])100(?:\.0+)? ?%", r"(?<![\d.,])100 ?per ?cent"),
    ),
)
