"""Demo article: baricitinib for severe alopecia areata. Cites the phase 3
trials (King 2022). The 2022 U.S. approval was verified only through news
reports, so it is stated plainly in the text and fda.gov is not cited."""

from ..references import KING_2022

ARTICLE = {
    "slug": "baricitinib-for-alopecia-areata",
    "title": "Baricitinib for severe alopecia areata",
    "summary": (
        "A daily tablet that calms part of the immune system. In two large trials "
        "in adults with severe alopecia areata, far more people regrew most of their "
        "scalp hair than on placebo. It needs monitoring for serious side effects."
    ),
    "evidence_level": "established",
    "regulatory_status": "approved",
    "regulatory_note": (
        "Approved in the U.S. in 2022 for adults with severe alopecia areata. It is a "
        "prescription medicine with serious safety warnings on its label."
    ),
    "conditions": ["alopecia-areata"],
    "reviewer": "rivera",
    "last_reviewed": "2026-06-18",
    "body": [
        (
            "key_facts",
            {
                "heading": "Key facts",
                "facts": [
                    "A JAK inhibitor tablet, prescribed by a specialist.",
                    "For adults with severe alopecia areata.",
                    "Two phase 3 trials showed far more regrowth than placebo.",
                    "Needs blood tests and a check for infections and other risks.",
                ],
            },
        ),
        (
            "section",
            {
                "heading": "What it is",
                "content": (
                    "<p>Alopecia areata is an autoimmune condition: the immune system "
                    "attacks hair follicles, causing patches of hair loss and, in "
                    "severe cases, loss of most or all scalp hair. Baricitinib is a "
                    "Janus kinase (JAK) inhibitor, a medicine that blocks signals "
                    "some immune cells use, and so eases the attack on the follicles."
                    "</p><p>It is approved in the U.S. for adults with severe "
                    "alopecia areata and is also used for some other immune "
                    "conditions.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "What the evidence shows",
                "content": (
                    "<p>Two phase 3 trials enrolled adults who had lost at least half "
                    "of their scalp hair. After 36 weeks, 38.8% and 35.9% of people "
                    "taking 4 mg a day had hair covering at least 80% of the scalp, "
                    "compared with 6.2% and 3.3% on placebo. Acne, raised levels of "
                    "the muscle enzyme creatine kinase and raised cholesterol were "
                    "more common on baricitinib.</p>"
                    "<p>Many people did not respond, and hair loss often returns if "
                    "treatment stops.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Safety",
                "content": (
                    "<p>JAK inhibitors carry serious warnings on their labels, "
                    "including about infections. Before and during treatment your "
                    "doctor will check your blood, screen for infections such as "
                    "tuberculosis and go through your other health risks. Check the "
                    "current label and discuss it with your specialist.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "warning",
                "title": "Not for pattern hair loss",
                "text": (
                    "<p>Baricitinib is for alopecia areata, not for pattern hair loss "
                    "or shedding after stress or illness.</p>"
                ),
            },
        ),
        (
            "urgent_care",
            {
                "heading": "When to seek urgent care",
                "introduction": "While taking baricitinib, contact a doctor or "
                "emergency services straight away if you have:",
                "warning_signs": [
                    "Fever, chills, a cough or other signs of infection",
                    "Chest pain or shortness of breath",
                    "Pain, swelling or warmth in one leg",
                    "Sudden weakness, numbness or difficulty speaking",
                ],
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "Who can take it?",
                        "answer": (
                            "<p>Adults with severe alopecia areata, after a "
                            "specialist has checked that the benefits outweigh the "
                            "risks for them.</p>"
                        ),
                    },
                    {
                        "question": "Will my hair stay if I stop?",
                        "answer": (
                            "<p>Often it does not. Talk to your specialist before "
                            "stopping.</p>"
                        ),
                    },
                    {
                        "question": "Do exosomes or PRP help alopecia areata?",
                        "answer": (
                            "<p>There is no good evidence that they do, and the FDA "
                            "has approved no exosome product.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "references",
            {"heading": "References", "references": [KING_2022]},
        ),
    ],
    "related": [
        (
            "exosomes-for-hair-restoration",
            "see_also",
            "Experimental, not approved, and not a treatment for alopecia areata.",
        ),
    ],
}
