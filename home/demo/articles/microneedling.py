"""Demo article: microneedling for hair loss. References from
home/demo/references.py (../shared/references.md, section 7). In the trials it
was tested together with minoxidil, never against doing nothing."""

from ..references import AGGARWAL_2020, DHURAT_2013, KUMAR_2019

ARTICLE = {
    "slug": "microneedling",
    "title": "Microneedling for hair loss",
    "summary": (
        "A roller or pen makes many tiny punctures in the scalp. In small trials, "
        "weekly microneedling added to minoxidil gave more regrowth than minoxidil "
        "alone; on its own it has hardly been tested."
    ),
    "evidence_level": "emerging",
    "regulatory_status": "not_approved",
    "regulatory_note": (
        "We found no FDA approval or clearance of a microneedling device for hair "
        "loss. Ask which device is used and what it is cleared for."
    ),
    "conditions": ["androgenetic-alopecia"],
    "reviewer": "okafor",
    "last_reviewed": "2026-08-12",
    "body": [
        (
            "key_facts",
            {
                "heading": "Key facts",
                "facts": [
                    "Tiny, controlled punctures in the scalp skin.",
                    "Tested mainly as an add-on to minoxidil, in small, short trials.",
                    "Adding PRP gave no significant extra benefit in one small trial.",
                    "Broken skin can become infected; hygiene matters.",
                ],
            },
        ),
        (
            "section",
            {
                "heading": "What it is",
                "content": (
                    "<p>Microneedling uses a roller or an electric pen set with very "
                    "fine needles to make many small punctures in the skin. The "
                    "controlled injury sets off the skin's wound-healing response, "
                    "which is thought to stimulate follicles. The channels may also "
                    "help products applied afterwards reach deeper into the skin.</p>"
                    "<p>It is done in clinics, where needle depth and hygiene can be "
                    "controlled, and with home rollers, which use shorter needles.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "What the evidence shows",
                "content": (
                    "<p>In a 12-week randomised, evaluator-blinded pilot trial of 100 "
                    "men, weekly microneedling plus 5% minoxidil gave a larger gain in "
                    "hair count than minoxidil alone. A second small trial, in 68 men, "
                    "used the same design. In a split-scalp study of 30 men, "
                    "both the side treated with microneedling alone and the side with "
                    "microneedling plus PRP improved, with no significant extra benefit "
                    "from the PRP.</p>"
                    "<p>The trials were small, short and mostly from single centres. "
                    "Microneedling was tested alongside minoxidil rather than against "
                    "a sham, so its effect on its own is uncertain, and how long any "
                    "gain lasts is not known.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Side effects and risks",
                "content": (
                    "<p>Redness, pinpoint bleeding and tenderness for a day or two are "
                    "usual. Infection is the main risk, especially with shared or "
                    "poorly cleaned rollers; never share a device. Some products "
                    "applied straight after needling can irritate or cause reactions, "
                    "because the skin barrier is open. Do not needle skin that is "
                    "infected, inflamed or has active acne or cold sores.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "evidence",
                "title": "Evidence level: emerging",
                "text": (
                    "<p>Small randomised trials support microneedling as an add-on to "
                    "minoxidil. It has not been shown to work on its own.</p>"
                ),
            },
        ),
        (
            "urgent_care",
            {
                "heading": "When to seek urgent care",
                "introduction": "After microneedling, contact a doctor straight away "
                "if you notice:",
                "warning_signs": [
                    "Redness, heat or swelling that spreads after the first day or two",
                    "Pus, crusting sores or a painful lump",
                    "Fever or chills",
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
                        "question": "Does microneedling work on its own?",
                        "answer": (
                            "<p>It is not known. The trials tested it with "
                            "minoxidil, and one small trial with or without PRP.</p>"
                        ),
                    },
                    {
                        "question": "Can I do it at home?",
                        "answer": (
                            "<p>Home rollers exist, but trials used clinic "
                            "treatment. Ask a doctor before starting, keep the "
                            "device clean and never share it.</p>"
                        ),
                    },
                    {
                        "question": "Should I put exosomes or PRP on afterwards?",
                        "answer": (
                            "<p>Adding PRP gave no significant extra benefit in one "
                            "small trial, and the FDA has approved no exosome "
                            "product. Microneedling's evidence is with minoxidil.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "references",
            {
                "heading": "References",
                "references": [DHURAT_2013, KUMAR_2019, AGGARWAL_2020],
            },
        ),
    ],
    "related": [
        ("minoxidil", "combined", "The trials tested microneedling with minoxidil."),
        (
            "platelet-rich-plasma",
            "see_also",
            "Adding PRP gave no significant extra benefit in a small trial.",
        ),
        (
            "exosomes-for-hair-restoration",
            "see_also",
            "Often applied with microneedling; experimental and not approved.",
        ),
    ],
}
