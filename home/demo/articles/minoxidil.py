"""Demo article: topical minoxidil. References from home/demo/references.py
(checked against ../shared/references.md, section 3)."""

from ..references import ADIL_GODWIN_2017, DAILYMED_MINOXIDIL_5, OLSEN_2002

ARTICLE = {
    "slug": "minoxidil",
    "title": "Topical minoxidil",
    "summary": (
        "A solution or foam applied to the scalp once or twice a day. It slows "
        "pattern hair loss and regrows some hair in many people, but only while it "
        "is used."
    ),
    "evidence_level": "established",
    "regulatory_status": "approved",
    "regulatory_note": (
        "Sold over the counter in the U.S. for hereditary hair loss; check the label "
        "of the product you buy for who it is meant for."
    ),
    "conditions": ["androgenetic-alopecia"],
    "reviewer": "rivera",
    "last_reviewed": "2026-09-15",
    "body": [
        (
            "key_facts",
            {
                "heading": "Key facts",
                "facts": [
                    "Approved for over-the-counter use in hereditary (pattern) hair loss.",
                    "Randomised trials show more regrowth than placebo in men and women.",
                    "Results take months to show; the label says 2 to 4 months.",
                    "Hair gained is lost again within months of stopping.",
                    "Scalp itching and irritation are the most common side effects.",
                ],
            },
        ),
        (
            "section",
            {
                "heading": "What it is",
                "content": (
                    "<p>Minoxidil was first used as a blood-pressure tablet. Applied to "
                    "the scalp as a liquid or foam, it helps hair follicles stay in their "
                    "growth phase for longer and can thicken hairs that have become "
                    "fine. How it does this is not fully understood.</p>"
                    "<p>It is sold without a prescription in different strengths and "
                    "forms, including a 5% solution or foam and a 2% solution. Products "
                    "are labelled for particular users, such as men with thinning on "
                    "the crown, so read the label of the one you buy.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Who it is for",
                "content": (
                    "<p>Minoxidil is for <b>pattern hair loss</b>: gradual thinning "
                    "that runs in families, at the crown or temples in men or over the "
                    "top of the head in women. It works best on recent thinning, while "
                    "follicles are still producing fine hairs.</p>"
                    "<p>It is not meant for sudden, patchy or unexplained hair loss, "
                    "hair loss after childbirth, or loss with a red, itchy or painful "
                    "scalp. These can have other causes that need a different "
                    "treatment, so see a doctor first.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "How to use it",
                "content": (
                    "<p>Apply the dose on the label to a dry scalp, on the thinning "
                    "area, and let it dry before lying down or styling. Wash your "
                    "hands afterwards so it does not spread to the face. More than the "
                    "labelled amount, or more often, does not work better and makes "
                    "side effects more likely.</p>"
                    "<p>Give it time: the label says results may take 2 to 4 months. "
                    "If there is no change after about four months, talk to a doctor "
                    "or pharmacist about whether to carry on. Once it works, it has to "
                    "be kept up: the hair it maintains is shed again within months of "
                    "stopping.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "What the evidence shows",
                "content": (
                    "<p>In a 48-week randomised trial of 393 men, the 5% solution led to "
                    "more regrowth than the 2% solution and than placebo, with more scalp "
                    "itching and irritation at the higher strength. A later review of "
                    "placebo-controlled trials found that minoxidil helped both men and "
                    "women more than placebo.</p>"
                    "<p>Minoxidil slows loss and regrows some hair in many users, but "
                    "the amount varies from person to person and it rarely restores a "
                    "full head of hair where thinning is advanced.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Side effects",
                "content": (
                    "<p>The most common are itching, dryness, flaking and redness of "
                    "the scalp, more often with the 5% strength. Unwanted hair can grow "
                    "where the product spreads, such as the forehead or cheeks. "
                    "Because minoxidil is absorbed in small amounts, the label also "
                    "lists rarer effects on the heart and circulation; these are "
                    "listed in the urgent-care box below.</p>"
                    "<p>Do not use it on broken or sunburnt skin, and ask a doctor "
                    "before using it if you have heart disease or are pregnant or "
                    "breastfeeding.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "warning",
                "title": "When minoxidil is not the right choice",
                "text": (
                    "<p>The label warns against using it for sudden, patchy or unexplained "
                    "hair loss. See a doctor first: these can have causes that need other "
                    "treatment.</p>"
                ),
            },
        ),
        (
            "urgent_care",
            {
                "heading": "When to stop and get medical advice",
                "introduction": (
                    "Stop using minoxidil and contact a doctor, or emergency services "
                    "if severe, if you have:"
                ),
                "warning_signs": [
                    "Chest pain, a fast or pounding heartbeat, faintness or dizziness",
                    "Sudden, unexplained weight gain",
                    "Swelling of the hands or feet",
                    "Scalp redness or irritation that does not settle",
                    "Swelling of the face, lips or tongue, or difficulty breathing",
                ],
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "Do I have to use it for ever?",
                        "answer": (
                            "<p>For as long as you want to keep the effect. Hair that "
                            "depends on minoxidil is shed again within months of stopping.</p>"
                        ),
                    },
                    {
                        "question": "Can women use minoxidil?",
                        "answer": (
                            "<p>Yes, trials show benefit in women with pattern hair "
                            "loss. Use a product labelled for women or ask a doctor "
                            "which strength to use.</p>"
                        ),
                    },
                    {
                        "question": "Can I use it with finasteride or microneedling?",
                        "answer": (
                            "<p>Men often use minoxidil and finasteride together, "
                            "and small trials tested microneedling alongside "
                            "minoxidil. Ask a doctor before combining treatments.</p>"
                        ),
                    },
                    {
                        "question": "Are exosome or PRP injections better?",
                        "answer": (
                            "<p>No trial has shown that. Minoxidil has far more "
                            "evidence than either, and the FDA has approved no "
                            "exosome product.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "references",
            {
                "heading": "References",
                "references": [OLSEN_2002, ADIL_GODWIN_2017, DAILYMED_MINOXIDIL_5],
            },
        ),
    ],
    # (target slug, relation type, note)
    "related": [
        ("finasteride", "combined", "Men often use both; ask a doctor first."),
        (
            "microneedling",
            "combined",
            "Small trials tested microneedling together with minoxidil.",
        ),
        (
            "low-level-laser-therapy",
            "alternative",
            "A home-use device option with sham-controlled trials.",
        ),
        (
            "hair-transplant-surgery",
            "see_also",
            "Many people keep using medicines after surgery.",
        ),
        (
            "platelet-rich-plasma",
            "see_also",
            "Not approved for hair loss; the evidence is mixed.",
        ),
        (
            "exosomes-for-hair-restoration",
            "see_also",
            "Experimental and not approved by the FDA.",
        ),
    ],
}
