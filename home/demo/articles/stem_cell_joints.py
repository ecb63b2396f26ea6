"""Demo article: unapproved stem cell and regenerative injections for joint
pain. Built only from the FDA notices in home/demo/references.py: no joint
studies are cited because none in ../shared/references.md was verified."""

from ..references import (
    FDA_CONSUMER_ALERT_2020,
    FDA_EXOSOME_NOTIFICATION_2019,
    FDA_MEDWATCH_ALERT_2019,
)

ARTICLE = {
    "slug": "unapproved-stem-cell-treatments",
    "title": "Stem cell and regenerative injections for joint pain",
    "summary": (
        'Some clinics sell stem cell, exosome or other "regenerative" injections '
        "for painful joints. The FDA has approved no stem cell or exosome product "
        "for joint pain, and it has warned patients about clinics marketing "
        "unapproved products."
    ),
    "evidence_level": "experimental",
    "regulatory_status": "not_approved",
    "regulatory_note": (
        "No stem cell or exosome product is approved by the FDA for joint pain or "
        "arthritis. The FDA has warned patients about clinics marketing unapproved "
        "products."
    ),
    "conditions": ["joint-pain"],
    "reviewer": "lindqvist",
    "last_reviewed": "2026-10-02",
    "body": [
        (
            "key_facts",
            {
                "heading": "Key facts",
                "facts": [
                    "In its 2020 alert the FDA said the only approved stem cell "
                    "products were cord-blood products for blood disorders.",
                    "No stem cell or exosome product is approved for joint pain.",
                    "The FDA has warned about clinics marketing unapproved products "
                    "and about serious adverse events.",
                    "A genuine investigational treatment is given under an FDA IND "
                    "number: ask for it.",
                ],
            },
        ),
        (
            "section",
            {
                "heading": "What clinics offer",
                "content": (
                    "<p>Clinics advertise injections into the knee, hip, shoulder or "
                    'spine, described as stem cells, "regenerative medicine", '
                    "exosomes or tissue products. The material may come from your own "
                    "fat or bone marrow, processed on the day, or from donated birth "
                    "tissues such as umbilical cord or amniotic material. They are "
                    "often presented as a way to regrow cartilage or avoid surgery.</p>"
                    "<p>These claims have not been shown in the kind of studies the "
                    "FDA requires before a product can be approved, and what is "
                    "actually in a given injection often cannot be checked.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "What the FDA has approved",
                "content": (
                    "<p>In its 2020 consumer alert, the FDA said that the only stem "
                    "cell products it had approved were made from umbilical cord "
                    "blood. They contain blood-forming (haematopoietic) progenitor "
                    "cells and are used in transplants for people with disorders "
                    "that affect the production of blood. They are not approved for "
                    "joint pain, arthritis or injuries, and no stem cell product is "
                    "approved for those uses.</p>"
                    "<p>The FDA regulates stem cell and exosome products intended to "
                    "treat disease as drugs and biological products that need its "
                    "review before they are marketed. It has approved no exosome "
                    "product for any use.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "What the FDA has warned about",
                "content": (
                    "<p>In December 2019 the FDA issued a safety notification after "
                    "patients in Nebraska who received unapproved products marketed "
                    "as exosomes had serious adverse events, and a public safety "
                    "alert to patients and clinicians about the marketing of "
                    "unapproved stem cell and exosome products. In 2020 it issued a "
                    "consumer alert repeating that these products need approval, "
                    "that only cord-blood products are approved, and asking people "
                    "who have been harmed to report it.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Questions to ask a clinic",
                "content": (
                    "<ul>"
                    "<li>Is this product approved by the FDA for my condition? If "
                    "the answer is that it does not need approval, ask why.</li>"
                    "<li>Is it being given as part of a clinical trial under an FDA "
                    "investigational new drug (IND) application? What is the IND "
                    "number?</li>"
                    "<li>What exactly is in the injection, where does it come from, "
                    "and how is it tested for sterility?</li>"
                    "<li>What evidence in people supports it, for my joint and "
                    "condition?</li>"
                    "<li>What will it cost in total, and what happens if there is a "
                    "complication?</li>"
                    "</ul>"
                    "<p>A genuine clinical trial gives you written information about "
                    "its risks and has been reviewed by an ethics committee. Talk to "
                    "your own doctor about treatments for joint pain that have been "
                    "tested, such as exercise and physiotherapy, weight management, "
                    "pain medicines and, for advanced joint damage, surgery.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "warning",
                "title": "Ask for the IND number",
                "text": (
                    "<p>The FDA advises patients to ask for the investigational new "
                    "drug (IND) number before agreeing to an unapproved stem cell or "
                    "exosome treatment. A clinic that cannot give one is not offering "
                    "it as part of an FDA-reviewed investigation.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "evidence",
                "title": "Evidence level: experimental",
                "text": (
                    "<p>This article relies on FDA notices, not on trials. Products "
                    "sold by clinics vary, and benefit and safety for joint pain "
                    "have not been established.</p>"
                ),
            },
        ),
        (
            "urgent_care",
            {
                "heading": "When to seek urgent care",
                "introduction": "After an injection into or near a joint, contact a "
                "doctor or emergency services straight away if you notice:",
                "warning_signs": [
                    "A joint that becomes hot, red, swollen and very painful",
                    "Fever, chills or feeling generally unwell",
                    "Pus or spreading redness at the injection site",
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
                        "question": "Are any stem cell treatments approved?",
                        "answer": (
                            "<p>Only for specific serious conditions. In its 2020 "
                            "alert the FDA said the approved ones were cord-blood "
                            "products used in transplants for disorders of blood "
                            "production. None is approved for joint pain.</p>"
                        ),
                    },
                    {
                        "question": "The clinic uses my own cells. Is that different?",
                        "answer": (
                            "<p>Using your own cells does not make a treatment "
                            "proven or free of risk: processing and injection can "
                            "still cause harm. Ask whether the product is approved "
                            "or given under an IND.</p>"
                        ),
                    },
                    {
                        "question": "How do I report a problem?",
                        "answer": (
                            "<p>Tell your doctor, and report it to the FDA's MedWatch "
                            "safety programme.</p>"
                        ),
                    },
                    {
                        "question": "Where can I find real trials?",
                        "answer": (
                            "<p>Ask your doctor or a university hospital. A genuine "
                            "trial can tell you its IND number and its registration "
                            "details.</p>"
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
                    FDA_CONSUMER_ALERT_2020,
                    FDA_MEDWATCH_ALERT_2019,
                    FDA_EXOSOME_NOTIFICATION_2019,
                ],
            },
        ),
    ],
    "related": [
        (
            "exosome-skin-treatments",
            "see_also",
            "The same FDA warnings apply to exosome products sold for skin.",
        ),
    ],
}
