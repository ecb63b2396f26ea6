"""Demo article: finasteride for male pattern hair loss. References from
home/demo/references.py (../shared/references.md, sections 3 and 4). Kaufman
1998 is left out: the list marks it as needing a re-check."""

from ..references import ADIL_GODWIN_2017, LEYDEN_1999, MELLA_2010, WHITING_2003

ARTICLE = {
    "slug": "finasteride",
    "title": "Finasteride tablets",
    "summary": (
        "A daily prescription tablet for men with pattern hair loss. It lowers a "
        "hormone that shrinks hair follicles, slowing loss and regrowing some hair "
        "while it is taken. Sexual side effects are possible and worth discussing "
        "with a doctor first."
    ),
    "evidence_level": "established",
    "regulatory_status": "approved",
    "regulatory_note": (
        "Finasteride 1 mg is approved for male pattern hair loss in men. It is not "
        "approved for women; anyone who is or may become pregnant must not take it "
        "or handle crushed or broken tablets."
    ),
    "conditions": ["androgenetic-alopecia"],
    "reviewer": "rivera",
    "last_reviewed": "2026-09-22",
    "body": [
        (
            "key_facts",
            {
                "heading": "Key facts",
                "facts": [
                    "A 1 mg tablet taken once a day, on prescription.",
                    "Approved for men with male pattern hair loss.",
                    "Trials show more men improve than on placebo; results take "
                    "months.",
                    "Sexual side effects occur in a minority of men.",
                    "Not for women who are or may become pregnant.",
                ],
            },
        ),
        (
            "section",
            {
                "heading": "What it is",
                "content": (
                    "<p>Finasteride blocks an enzyme, 5-alpha reductase, that turns "
                    "testosterone into dihydrotestosterone (DHT). In men with pattern "
                    "hair loss, DHT makes sensitive follicles shrink over the years. "
                    "Lowering it slows that shrinking, and some follicles recover and "
                    "grow thicker hairs again.</p>"
                    "<p>A higher dose of the same medicine is used for an enlarged "
                    "prostate. For hair loss the dose is 1 mg a day.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Who it is for",
                "content": (
                    "<p>Finasteride is for <b>men</b> with pattern hair loss at the "
                    "crown, the top of the head or the front. It is taken every day "
                    "for as long as the effect is wanted: after stopping, the hair "
                    "gained is gradually lost again.</p>"
                    "<p>It is <b>not approved for women</b>. It can harm the genitals "
                    "of a male baby developing in the womb, so anyone who is or may "
                    "become pregnant must not take it and should not handle crushed "
                    "or broken tablets. Women with hair loss should talk to a doctor "
                    "about options suited to them.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "What the evidence shows",
                "content": (
                    "<p>A systematic review of 12 randomised trials with 3,927 men "
                    "found that more men improved on finasteride than on placebo, both "
                    "in the short and the longer term. The reviewers rated the "
                    "evidence as moderate quality, and most trials were funded by the "
                    "manufacturer. They also found a higher risk of erectile "
                    "dysfunction on the drug.</p>"
                    "<p>Individual trials showed benefit at the front of the scalp "
                    "over a year, and in men aged 41 to 60 at the crown over two "
                    "years, with improvement visible in photographs from six months. "
                    "A later review of placebo-controlled trials confirmed that "
                    "finasteride 1 mg helps men more than placebo.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Side effects to discuss with your doctor",
                "content": (
                    "<p>Most men have no problems, but a minority notice lower sex "
                    "drive, difficulty getting or keeping an erection, or less semen. "
                    "Some men have reported that these effects continued after they "
                    "stopped the tablets. Low mood and depression have also been "
                    "reported. Breast tenderness or enlargement is uncommon.</p>"
                    "<p>Finasteride lowers the PSA blood test used to check the "
                    "prostate, so tell any doctor who orders that test that you take "
                    "it. Talk through the possible side effects with your doctor "
                    "before starting, and tell them if anything changes.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "warning",
                "title": "Pregnancy",
                "text": (
                    "<p>Finasteride must not be taken by anyone who is or may become "
                    "pregnant, and they should avoid handling crushed or broken "
                    "tablets.</p>"
                ),
            },
        ),
        (
            "urgent_care",
            {
                "heading": "When to seek urgent care",
                "introduction": "Stop the tablets and contact a doctor straight away if "
                "you have:",
                "warning_signs": [
                    "Swelling of the face, lips or tongue, a widespread rash or "
                    "difficulty breathing",
                    "Thoughts of harming yourself, or low mood that is getting worse",
                    "A lump, pain or discharge in the breast",
                ],
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "How long before I see a difference?",
                        "answer": (
                            "<p>Several months. In trials, differences from placebo "
                            "were seen in photographs from about six months.</p>"
                        ),
                    },
                    {
                        "question": "What happens if I stop?",
                        "answer": (
                            "<p>The hormone level returns to what it was, and hair "
                            "gained on treatment is gradually lost again.</p>"
                        ),
                    },
                    {
                        "question": "Can women take finasteride?",
                        "answer": (
                            "<p>It is not approved for women, and it must not be "
                            "taken by anyone who is or may become pregnant. Women "
                            "should ask a doctor about other options.</p>"
                        ),
                    },
                    {
                        "question": "Can I use it with minoxidil?",
                        "answer": (
                            "<p>Yes, men often use both, as they work in different "
                            "ways. Ask your doctor first.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "references",
            {
                "heading": "References",
                "references": [MELLA_2010, LEYDEN_1999, WHITING_2003, ADIL_GODWIN_2017],
            },
        ),
    ],
    "related": [
        ("minoxidil", "combined", "Works in a different way; men often use both."),
        (
            "low-level-laser-therapy",
            "alternative",
            "A home-use device option with sham-controlled trials.",
        ),
        (
            "hair-transplant-surgery",
            "see_also",
            "Medicines help keep the hair that was not moved.",
        ),
        (
            "exosomes-for-hair-restoration",
            "see_also",
            "Experimental and not approved by the FDA.",
        ),
    ],
}
