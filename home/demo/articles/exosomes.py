"""Demo article: exosomes for hair restoration (the flagship).

Follows the outline of ../shared/seed/exosomes-for-hair-restoration.txt in new
words. Corrected from the seed: its unsourced statistics, the "ethically from
birth tissues" and "nutrition" claims, the wrong account of how exosomes are
released, the Lyme disease / arthritis and "physicians agreed in 2019" claims,
"thicker and healthier hair", the anecdotes, the description of transplant
surgery, the diet claim, and the outside link and "(insert link)" placeholders.
Exosomes are cell-free vesicles: the text never calls them cells.
"""

from ..references import (
    CHENG_2024,
    FDA_CONSUMER_ALERT_2020,
    FDA_EXOSOME_NOTIFICATION_2019,
    FDA_MEDWATCH_ALERT_2019,
    GUPTA_2023,
)

CAUSES = """
<p>Most hair loss has an ordinary, well-understood cause. By far the most common is
<b>androgenetic alopecia</b>, also called pattern hair loss. It runs in families and
depends on how sensitive hair follicles are to androgens, hormones that both men and
women make. Over years, affected follicles shrink and produce finer, shorter hairs,
until some stop producing visible hair at all. In men the thinning usually starts at
the temples and the crown; in women it tends to show as a widening parting and
thinner hair over the top of the head, with the front hairline kept.</p>
<p>Other causes include:</p>
<ul>
<li><b>Telogen effluvium</b>: diffuse shedding a few months after an illness, a high
fever, childbirth, surgery, a crash diet or a period of severe stress (see the next
section).</li>
<li><b>Alopecia areata</b>: an autoimmune condition that causes round, smooth
patches of hair loss.</li>
<li>Thyroid disorders and some other hormonal changes.</li>
<li>Iron deficiency and some other nutritional deficiencies, which can contribute to
shedding. Supplements help only when there is a deficiency, so ask for a check before
taking them.</li>
<li>Some medicines, including many cancer treatments.</li>
<li>Tight hairstyles that pull on the hair for a long time, and some scalp infections
and inflammatory skin conditions.</li>
</ul>
<p>Treatment depends on the cause, so sudden, patchy or unexplained hair loss, or hair
loss with an itchy, painful or scaly scalp, should be seen by a doctor before you try
any product.</p>
"""

STRESS = """
<p>Each hair follicle works through a cycle. In the growth phase (anagen), which on
the scalp lasts for years, the hair keeps lengthening. A short transition phase
(catagen) follows, then a resting phase (telogen) of a few months, after which the
old hair falls out and the follicle normally starts growing a new one. At any time
most scalp hairs are growing and a smaller share are resting, which is why losing
some hairs every day is normal.</p>
<p>A major physical or emotional shock can push many follicles into the resting
phase at the same time. A few months later, those hairs are shed together, and people
notice much more hair on the pillow, in the shower or on the brush. This is called
<b>telogen effluvium</b>. The shedding is spread over the whole scalp rather than in
patches, and because the follicles themselves are not destroyed, the hair usually
grows back over the following months once the trigger has passed. Regrowth is slow,
and in some people the shedding lasts longer or keeps coming back.</p>
<p>Stress does not cause pattern hair loss, but a bout of shedding can make existing
pattern thinning easier to see. A doctor can usually tell the two apart from the
history and an examination of the scalp, and may check blood tests such as iron
levels and thyroid function. Telogen effluvium does not need exosomes or any other
procedure: finding and dealing with the trigger is the main treatment.</p>
"""

SELF_IMAGE = """
<p>Hair is part of how people see themselves and how they present themselves to
others, so losing it can hurt. People with hair loss describe feeling older than they
are, less attractive or less confident, avoiding photographs, swimming or social
events, and spending a long time trying to hide thinning areas. These reactions are
common in both men and women. Women can find hair loss especially hard, because
thinning hair is less expected and less talked about for them.</p>
<p>Those feelings are real and worth taking seriously, whatever the cause or the
amount of hair lost. They are also what makes people with hair loss a target for
marketing that promises more than a treatment can deliver. Feeling distressed is a
good reason to see a doctor, not a reason to buy the newest or most expensive
option.</p>
<p>Help is not only medical. Changes of cut or style, hair fibres and concealers,
hairpieces and wigs, and talking with others who have been through the same thing can
all make a difference. If low mood, anxiety or worry about your appearance is taking
over your day, tell your doctor: these are treatable in their own right, and support
can help whether or not the hair grows back.</p>
"""

REMEDIES = """
<p>People have tried to treat hair loss for as long as records exist. Herbal rinses
and oils, including rosemary, lavender and thyme, have long been used. They are
generally pleasant and low risk, but good-quality evidence that they regrow hair is
scarce.</p>
<p>Today the options with the most evidence for pattern hair loss are:</p>
<ul>
<li><b>Topical minoxidil</b>, a liquid or foam applied to the scalp, for men and
women. It can irritate the scalp and sometimes causes unwanted hair growth elsewhere,
such as on the face.</li>
<li><b>Finasteride</b> tablets, for men. A minority of men have sexual side effects,
which should be discussed with a doctor before starting.</li>
<li><b>Low-level laser devices</b> used at home, some of which have FDA 510(k)
clearance for pattern hair loss.</li>
<li><b>Hair transplant surgery</b>. Small groups of hairs (follicular units) are moved
from a donor area, usually the back and sides of the scalp, to thinning areas. It is
not limited to the top of the head: whether it suits someone depends on how much donor
hair they have, their pattern of loss and whether it is still changing. It does not
stop the loss of hair that was not moved, so many people keep using medicines
afterwards, and some need more than one session.</li>
</ul>
<p>Medicines work only while they are used: hair gained is lost again within months of
stopping. Wanting a one-off treatment that avoids daily use is understandable, and it
is part of the appeal of newer procedures. But no current treatment, exosomes
included, has been shown to regrow hair for good after a single course.</p>
"""

WHAT_EXOSOMES_ARE = """
<p>Exosomes are one kind of <b>extracellular vesicle</b>: tiny packets wrapped in a
membrane that almost all cells release. They are far smaller than a cell. Each one
carries a mixture of proteins, fats and genetic messages in the form of RNA, including
messenger RNA and microRNA. When another cell takes them up, these contents can change
how that cell behaves. Exosomes are therefore part of the way cells signal to each
other.</p>
<p>They form inside the cell. Small vesicles collect inside a compartment called a
multivesicular body; when that compartment fuses with the cell's outer membrane, the
vesicles are released into the space around the cell as exosomes. (They are not made
by cells fusing with each other.)</p>
<p>Exosomes are <b>cell-free</b>. They have no nucleus, cannot divide and cannot grow
into new tissue; they are not living cells of any kind. Nor do they "feed" hair
follicles or supply nutrition: any effect would come from the signals they carry.</p>
<p>Products sold for hair loss are usually made from the fluid in which cells have
been grown in a laboratory, often mesenchymal stromal cells taken from fat, bone
marrow or umbilical cord, or from birth-tissue sources such as amniotic material.
Terms such as "ethically sourced" describe where the starting material came from; they
say nothing about whether the product is safe or does anything. How the vesicles are
separated, purified, tested and stored differs between makers, so products vary in
what they contain and how much of it, and there is no agreed standard. In the U.S.,
exosome products intended to treat a disease are regulated as drugs and biological
products that need FDA review before they are marketed, and the FDA has approved none.
</p>
"""

HOW_IT_WORKS = """
<p>The idea behind the treatment is that the signals exosomes carry, including growth
factors and microRNAs, could nudge hair follicles back towards growth. In laboratory
and animal studies, exosomes from several sources have acted on the <b>dermal
papilla</b>, the small cluster of cells at the base of each follicle that controls its
growth, and on the follicle's own regenerating cells. Reported effects include
keeping follicles in the growth phase for longer, encouraging new small blood vessels
around the follicle and calming inflammation.</p>
<p>These are findings from cells in dishes and from mice. They explain why
researchers are interested, but they do not show what happens in a person's scalp. It
is not known which of the many molecules in a product matter, what dose is needed, how
often it should be given, how long any effect lasts, or whether products from
different sources behave alike.</p>
<p>Two limits are worth knowing before any consultation. First, exosomes do not
replace follicles that have gone: smooth, shiny or scarred areas where follicles have
been lost are not expected to respond to a treatment of this kind. Second, they do not
remove the cause. In pattern hair loss, the hormonal sensitivity of the follicles
remains, so even if a benefit were shown, it would probably need repeating, as other
treatments do.</p>
"""

DELIVERY = """
<p>Clinics offering exosomes for hair loss use one of two methods, and sometimes
both.</p>
<h3>Injection into the scalp</h3>
<p>After the scalp is cleaned, and often numbed with a local anaesthetic or a numbing
cream, the liquid is injected into the skin of the thinning areas through many small,
shallow injections. Most people return to normal activities the next day. Tenderness,
swelling, small bruises and a headache for a few days are common after any scalp
injections. Less common but more serious risks include infection and reactions to the
product itself; the FDA has reported serious adverse events in people given
unapproved products marketed as exosomes.</p>
<h3>Applied with microneedling</h3>
<p>A roller or pen with very fine needles makes many tiny punctures in the scalp, and
the exosome liquid is applied to the skin straight afterwards, on the idea that the
channels let it reach the follicles. Microneedling on its own injures the skin in a
controlled way, and in small trials it was combined with minoxidil. When exosomes are
applied with microneedling, it is hard to tell which part caused any change.
Redness and tenderness for a day or two are usual; broken skin can become infected.</p>
<h3>What is not known</h3>
<p>There is no agreed number of sessions, interval between them, dose or product, and
no trial has compared the two methods directly, so claims that one works faster are
not backed by evidence. Whichever method is offered, ask what exactly is being used,
where it comes from and whether it is given as part of a registered clinical trial
under an FDA investigational new drug (IND) application.</p>
"""

EVIDENCE = """
<p>A 2023 systematic review found 16 studies of exosomes for hair loss. Fifteen were
laboratory or animal studies; only one was a clinical study in people, in which 39
people with pattern hair loss applied exosomes from fat-derived cells to the scalp.
The authors describe the evidence as preliminary. A 2024 review of how exosomes
influence hair follicles reached a similar view: the hair-growth effects come mainly
from cell and animal experiments.</p>
<p>Small studies in people have been published since, mostly without a comparison
group. In a study without a control group, people's hair can change for many other
reasons: the seasons, other treatments, the way photographs are taken or simply the
natural ups and downs of shedding. Such studies can suggest questions to test, but
they cannot show that the treatment caused the change.</p>
<p>What the evidence <b>does not</b> show:</p>
<ul>
<li>that exosomes regrow hair better than a placebo, in a properly randomised,
blinded trial;</li>
<li>that they work as well as, or better than, minoxidil, finasteride or other
established options;</li>
<li>that hair becomes thicker or healthier, or that any gain lasts after sessions
stop;</li>
<li>which product, dose or schedule to use, since products are not standardised;</li>
<li>that they are safe in the long term.</li>
</ul>
<p>Until larger controlled trials report, exosomes for hair loss remain an
experimental treatment. Anyone who wants to try them is best served by doing so in a
registered clinical trial, and by keeping to treatments with stronger evidence in the
meantime.</p>
"""

ARTICLE = {
    "slug": "exosomes-for-hair-restoration",
    "title": "Exosomes for hair restoration",
    "summary": (
        "Exosomes are tiny cell-free vesicles that carry signals between cells. "
        "Clinics inject them into the scalp or apply them with microneedling for "
        "hair loss, but the evidence comes mostly from laboratory and animal "
        "studies, and the FDA has approved no exosome product."
    ),
    "evidence_level": "experimental",
    "regulatory_status": "not_approved",
    "regulatory_note": (
        "The FDA has approved no exosome product, for hair loss or anything else, "
        "and has warned about serious adverse events in people given unapproved "
        "exosome products."
    ),
    "conditions": ["androgenetic-alopecia"],
    "reviewer": "rivera",
    "last_reviewed": "2026-10-20",
    "body": [
        (
            "key_facts",
            {
                "heading": "Key facts",
                "facts": [
                    "The FDA has not approved any exosome product, for hair loss "
                    "or any other use.",
                    "Exosomes are cell-free vesicles that carry signals between "
                    "cells; they are not living cells.",
                    "Evidence comes mostly from laboratory and animal studies; "
                    "studies in people are few, small and mostly uncontrolled.",
                    "Products differ in source, content and quality, and there is "
                    "no agreed standard.",
                    "Minoxidil, finasteride, laser devices and transplant surgery "
                    "have stronger evidence.",
                ],
            },
        ),
        (
            "callout",
            {
                "variant": "warning",
                "title": "Not approved, and the FDA has warned about harm",
                "text": (
                    "<p>The FDA has reported serious adverse events in patients "
                    "who were given unapproved products marketed as exosomes, and "
                    "has warned patients and clinicians that no exosome product is "
                    "approved. Before any treatment, ask whether the product is "
                    "given under an FDA investigational new drug (IND) application "
                    "and ask for the IND number.</p>"
                ),
            },
        ),
        ("section", {"heading": "What causes hair loss", "content": CAUSES}),
        ("section", {"heading": "How stress can lead to shedding", "content": STRESS}),
        (
            "section",
            {
                "heading": "Hair loss and how people feel about it",
                "content": SELF_IMAGE,
            },
        ),
        (
            "section",
            {"heading": "Traditional and current treatments", "content": REMEDIES},
        ),
        ("section", {"heading": "What exosomes are", "content": WHAT_EXOSOMES_ARE}),
        (
            "section",
            {
                "heading": "How the treatment is supposed to work",
                "content": HOW_IT_WORKS,
            },
        ),
        (
            "section",
            {"heading": "The two ways exosomes are given", "content": DELIVERY},
        ),
        (
            "section",
            {
                "heading": "What the evidence shows and does not show",
                "content": EVIDENCE,
            },
        ),
        (
            "callout",
            {
                "variant": "evidence",
                "title": "Evidence level: experimental",
                "text": (
                    "<p>A systematic review found one clinical study among 16; the "
                    "rest were laboratory or animal work. There are no large "
                    "randomised, placebo-controlled trials of exosomes for hair "
                    "loss, and no long-term safety data.</p>"
                ),
            },
        ),
        (
            "urgent_care",
            {
                "heading": "When to seek urgent care",
                "introduction": (
                    "After scalp injections or microneedling, contact a doctor "
                    "straight away, or emergency services if you feel very unwell, "
                    "if you notice:"
                ),
                "warning_signs": [
                    "Redness that spreads or gets worse after the first day or two, "
                    "or skin that feels hot",
                    "Pus, oozing or a painful, swollen lump at the treated area",
                    "Fever, chills or feeling generally unwell",
                    "Severe or increasing pain or swelling",
                    "Changes in your vision or a severe headache after scalp "
                    "injections",
                    "Swelling of the face, lips or tongue, a widespread rash or "
                    "difficulty breathing",
                ],
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "Is exosome treatment approved by the FDA?",
                        "answer": (
                            "<p>No. The FDA has approved no exosome product for hair "
                            "loss or for any other use. It regulates exosome "
                            "products meant to treat disease as drugs and biological "
                            "products that need review before they can be marketed, "
                            "and it has warned the public about clinics selling "
                            "unapproved products.</p>"
                        ),
                    },
                    {
                        "question": "Does it work?",
                        "answer": (
                            "<p>It is not known. Laboratory and animal studies "
                            "suggest exosomes can influence hair follicles, but "
                            "there are no large controlled trials in people. Small "
                            "studies without a comparison group cannot show whether "
                            "any change was caused by the treatment.</p>"
                        ),
                    },
                    {
                        "question": "Is it safe?",
                        "answer": (
                            "<p>Safety has not been established. The FDA has "
                            "reported serious adverse events in people given "
                            "unapproved exosome products. Because products are not "
                            "standardised, what is in a vial, and whether it is "
                            "sterile, can differ from one maker to another. "
                            "Injections and microneedling also carry their own "
                            "risks, such as infection. If you are harmed, tell your "
                            "doctor and report it to the FDA's MedWatch "
                            "programme.</p>"
                        ),
                    },
                    {
                        "question": "Are exosomes living cells?",
                        "answer": (
                            "<p>No. Exosomes are cell-free vesicles released by "
                            "cells. They carry proteins and RNA but have no nucleus "
                            "and cannot divide or grow into tissue.</p>"
                        ),
                    },
                    {
                        "question": "What does it cost, and what should I ask a "
                        "clinic?",
                        "answer": (
                            "<p>Prices vary widely between clinics, sessions are "
                            "usually repeated, and because the treatment is "
                            "experimental it is normally paid for privately. Before "
                            "paying, ask:</p><ul>"
                            "<li>Which product is used, who makes it and what it is "
                            "made from?</li>"
                            "<li>Is it given under an FDA IND application or in a "
                            "registered clinical trial, and what is the IND "
                            "number?</li>"
                            "<li>What evidence in people do you rely on?</li>"
                            "<li>How many sessions, at what total cost?</li>"
                            "<li>Who does the procedure, and what happens if there "
                            "is a complication?</li></ul>"
                        ),
                    },
                    {
                        "question": "Should I stop minoxidil or finasteride to try "
                        "exosomes?",
                        "answer": (
                            "<p>No. Exosomes have not been shown to replace any "
                            "established treatment, and hair gained with minoxidil "
                            "or finasteride is lost within months of stopping. Talk "
                            "to your doctor before changing treatment.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "references",
            {
                "heading": "References",
                "references": [
                    FDA_EXOSOME_NOTIFICATION_2019,
                    FDA_MEDWATCH_ALERT_2019,
                    FDA_CONSUMER_ALERT_2020,
                    GUPTA_2023,
                    CHENG_2024,
                ],
            },
        ),
    ],
    # (target slug, relation type, note)
    "related": [
        (
            "minoxidil",
            "alternative",
            "Approved for pattern hair loss, with randomised trials behind it.",
        ),
        (
            "finasteride",
            "alternative",
            "An approved tablet for men with pattern hair loss.",
        ),
        (
            "low-level-laser-therapy",
            "alternative",
            "Home-use devices with FDA 510(k) clearance and sham-controlled trials.",
        ),
        (
            "hair-transplant-surgery",
            "alternative",
            "Moves hair from the donor area to thinning areas.",
        ),
        (
            "platelet-rich-plasma",
            "see_also",
            "Another injected treatment; the evidence is mixed.",
        ),
        (
            "microneedling",
            "see_also",
            "Often used to apply exosomes; tested mainly together with minoxidil.",
        ),
        (
            "baricitinib-for-alopecia-areata",
            "see_also",
            "For patchy hair loss from alopecia areata, an approved medicine.",
        ),
        (
            "exosome-skin-treatments",
            "see_also",
            "The same products sold for skin, with the same regulatory status.",
        ),
    ],
}
