"""Demo article: exosome facials and skin treatments. Built only from the FDA
exosome notices in home/demo/references.py; no skin studies are cited because
none was verified. Exosomes are cell-free vesicles: the text never calls them
cells."""

from ..references import (
    FDA_CONSUMER_ALERT_2020,
    FDA_EXOSOME_NOTIFICATION_2019,
    FDA_MEDWATCH_ALERT_2019,
)

ARTICLE = {
    "slug": "exosome-skin-treatments",
    "title": "Exosome facials and skin treatments",
    "summary": (
        "Serums and facials containing exosomes, often applied after microneedling "
        "or laser, are sold to make skin look younger. The FDA has approved no "
        "exosome product, and we found no good-quality trials showing a benefit "
        "for skin ageing."
    ),
    "evidence_level": "experimental",
    "regulatory_status": "not_approved",
    "regulatory_note": (
        "The FDA has approved no exosome product. It has warned about serious "
        "adverse events after unapproved exosome products, and products meant to "
        "treat disease need its review first."
    ),
    "conditions": ["skin-ageing"],
    "reviewer": "rivera",
    "last_reviewed": "2026-10-09",
    "body": [
        (
            "key_facts",
            {
                "heading": "Key facts",
                "facts": [
                    "Exosomes are tiny cell-free vesicles; they are not living cells.",
                    "The FDA has approved no exosome product, for skin or any other "
                    "use.",
                    "Products vary in source, content and quality, with no agreed "
                    "standard.",
                    "Applying products to skin opened by needling or laser raises "
                    "the risk of infection and reactions.",
                ],
            },
        ),
        (
            "section",
            {
                "heading": "What is on offer",
                "content": (
                    '<p>Clinics and spas sell "exosome facials", serums and '
                    "treatments said to improve wrinkles, firmness, tone or scarring, "
                    "or to speed recovery after other procedures. The liquid is "
                    "usually applied straight after microneedling or a laser "
                    "treatment, so that it can pass through the opened skin; some "
                    "clinics inject it.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "What exosomes are",
                "content": (
                    "<p>Exosomes are tiny vesicles, wrapped in a membrane, that cells "
                    "release to carry proteins and RNA messages to other cells. They "
                    "are released when small compartments inside the cell fuse with "
                    "its outer membrane. They are cell-free: they have no nucleus "
                    "and cannot divide or grow into tissue.</p>"
                    "<p>Products are usually made from the fluid in which cells have "
                    "been grown in a laboratory, often mesenchymal stromal cells, or "
                    "from birth-tissue sources. How they are made, purified and "
                    "tested differs between makers, so what a vial contains varies, "
                    "and there is no agreed standard.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Regulatory status",
                "content": (
                    "<p>The FDA has approved no exosome product. It regulates exosome "
                    "products intended to treat disease as drugs and biological "
                    "products that need its review before they are marketed, and in "
                    "2019 it warned patients and clinicians after serious adverse "
                    "events in people given unapproved exosome products.</p>"
                    "<p>Products sold as cosmetics do not go through FDA approval, so "
                    "the claims on a cosmetic label have not been checked by the FDA. "
                    "A product that is injected, or that claims to treat a condition, "
                    "is not simply a cosmetic.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "What the evidence shows",
                "content": (
                    "<p>We have not found good-quality trials in people showing that "
                    "exosome products improve the signs of skin ageing, or that they "
                    "add anything to the microneedling or laser treatment they are "
                    "applied with. Laboratory findings about how exosomes signal "
                    "between cells do not show what a product does on a face. We "
                    "will update this article if trials are published.</p>"
                    "<p>Measures with a long record for ageing skin include daily sun "
                    "protection and not smoking; a dermatologist can discuss "
                    "treatments for specific concerns.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Risks",
                "content": (
                    "<p>Skin opened by needling or laser lets in whatever is applied "
                    "to it, including contaminants. Redness and irritation are "
                    "common; infection, allergic reactions and, with injections, the "
                    "serious adverse events the FDA has described are possible. "
                    "Because products are not standardised, you cannot tell from the "
                    "label what you are getting.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "warning",
                "title": "Before you book",
                "text": (
                    "<p>Ask what product will be used, who makes it, what it is made "
                    "from and how it is tested for sterility. If it is offered to "
                    "treat a condition, ask whether it is approved or given under an "
                    "FDA investigational new drug (IND) application.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "evidence",
                "title": "Evidence level: experimental",
                "text": (
                    "<p>This article relies on FDA notices. Benefit and safety of "
                    "exosome products for skin have not been established in "
                    "good-quality trials.</p>"
                ),
            },
        ),
        (
            "urgent_care",
            {
                "heading": "When to seek urgent care",
                "introduction": "After a facial with needling, laser or injections, "
                "contact a doctor straight away if you notice:",
                "warning_signs": [
                    "Redness, heat or swelling that spreads after the first day or two",
                    "Pus, crusting sores or painful lumps",
                    "Fever or chills",
                    "Changes in your vision or severe pain after injections near "
                    "the eyes",
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
                        "question": "Are exosome facials approved?",
                        "answer": (
                            "<p>No exosome product is approved by the FDA. Cosmetic "
                            "products do not go through FDA approval at all.</p>"
                        ),
                    },
                    {
                        "question": "Do they work?",
                        "answer": (
                            "<p>It is not known. We found no good-quality trials "
                            "showing a benefit for skin ageing.</p>"
                        ),
                    },
                    {
                        "question": "Are they safe?",
                        "answer": (
                            "<p>Safety has not been established. The FDA has "
                            "reported serious adverse events after unapproved "
                            "exosome products, and applying any product to opened "
                            "skin carries a risk of infection.</p>"
                        ),
                    },
                    {
                        "question": "How do I report a problem?",
                        "answer": (
                            "<p>Tell your doctor, and report it to the FDA's "
                            "MedWatch safety programme.</p>"
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
                ],
            },
        ),
    ],
    "related": [
        (
            "exosomes-for-hair-restoration",
            "see_also",
            "The same products sold for hair loss, with the same status.",
        ),
        (
            "unapproved-stem-cell-treatments",
            "see_also",
            "FDA warnings on unapproved regenerative injections.",
        ),
    ],
}
