"""Demo article: platelet-rich plasma (PRP) for hair loss. References from
home/demo/references.py (../shared/references.md, section 2).

Regulatory status "not approved" rather than "off-label": the reader text of
"off-label" says the product is approved for another use, but the kits that
prepare PRP are cleared devices, not approved products. The note says so.
"""

from ..references import GEORGESCU_2022, GRESSENBERGER_2020, ZHOU_2021

ARTICLE = {
    "slug": "platelet-rich-plasma",
    "title": "Platelet-rich plasma (PRP)",
    "summary": (
        "Your own blood is spun to concentrate its platelets, and the plasma is "
        "injected into the scalp over several sessions. Reviews report higher hair "
        "density, but trials are small, methods vary and a placebo-controlled pilot "
        "found no benefit."
    ),
    "evidence_level": "emerging",
    "regulatory_status": "not_approved",
    "regulatory_note": (
        "No PRP treatment is approved by the FDA for hair loss. The kits used to "
        "prepare PRP are cleared as devices for other uses; injecting it into the "
        "scalp is a doctor's decision outside those uses."
    ),
    "conditions": ["androgenetic-alopecia"],
    "reviewer": "okafor",
    "last_reviewed": "2026-09-05",
    "body": [
        (
            "key_facts",
            {
                "heading": "Key facts",
                "facts": [
                    "Made from a sample of your own blood.",
                    "Usually given as several sessions of scalp injections.",
                    "Reviews report higher hair density, but a small placebo-"
                    "controlled trial found no benefit.",
                    "There is no standard way to prepare or give it.",
                    "Not approved by the FDA for hair loss.",
                ],
            },
        ),
        (
            "section",
            {
                "heading": "What it is",
                "content": (
                    "<p>Platelets are tiny fragments of cells in the blood, best known "
                    "for helping it clot. They also release growth factors involved "
                    "in healing. PRP is "
                    "plasma, the liquid part of blood, with a higher concentration of "
                    "platelets than normal blood. The idea is that these growth "
                    "factors, injected near hair follicles, may encourage them to "
                    "grow.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "How it is done",
                "content": (
                    "<p>A small amount of blood is taken from your arm and spun in a "
                    "centrifuge, which separates it into layers. The platelet-rich "
                    "layer is drawn off and injected with fine needles into the skin "
                    "of the thinning areas. Clinics usually give a course of sessions "
                    "a few weeks apart, followed by occasional top-ups.</p>"
                    "<p>Machines, spin speeds, platelet concentrations, injection "
                    "techniques and schedules all differ between clinics, which makes "
                    "results hard to compare.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "What the evidence shows",
                "content": (
                    "<p>A 2021 review of 42 studies in women, 16 of them randomised "
                    "trials, found higher hair density after PRP than in comparison "
                    "groups; the authors asked for standardised methods and larger "
                    "trials. A 2022 review of 15 trials in pattern hair loss also "
                    "found that density rose after PRP, but most of its pooled "
                    "results compare people before and after treatment rather than "
                    "against a placebo.</p>"
                    "<p>On the other side, a randomised pilot trial in 30 men, "
                    "comparing PRP with salt-water injections, found no improvement "
                    "in hair counts or photographs. It was small, but it is a reminder "
                    "that the benefit is not settled.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Side effects and risks",
                "content": (
                    "<p>The injections are uncomfortable, and pain, tenderness, small "
                    "bruises, swelling and headache for a few days are common. "
                    "Infection is uncommon but possible. Tell the doctor if you have "
                    "a bleeding or platelet disorder or take medicines that thin the "
                    "blood, as PRP may not be suitable.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "evidence",
                "title": "Evidence level: emerging",
                "text": (
                    "<p>Pooled results look favourable, but many studies are small "
                    "or uncontrolled, methods are not standardised, and one placebo-"
                    "controlled pilot was negative.</p>"
                ),
            },
        ),
        (
            "urgent_care",
            {
                "heading": "When to seek urgent care",
                "introduction": "After PRP injections, contact a doctor straight away "
                "if you notice:",
                "warning_signs": [
                    "Redness, heat or swelling that spreads, or pus at injection sites",
                    "Fever or chills",
                    "Severe or increasing pain",
                    "Changes in your vision or a severe headache",
                ],
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "Is PRP approved for hair loss?",
                        "answer": (
                            "<p>No. The preparation kits are cleared devices for "
                            "other uses, and using PRP for hair loss is outside "
                            "those uses.</p>"
                        ),
                    },
                    {
                        "question": "Does it work?",
                        "answer": (
                            "<p>Some studies report more hair density, but results "
                            "are inconsistent and methods vary. It is not known "
                            "which preparation or schedule works best, if any.</p>"
                        ),
                    },
                    {
                        "question": "How many sessions are needed?",
                        "answer": (
                            "<p>There is no agreed number. Ask the clinic what "
                            "course it recommends, why, and the total cost.</p>"
                        ),
                    },
                    {
                        "question": "Can I keep using minoxidil?",
                        "answer": (
                            "<p>Yes, do not stop an established treatment without "
                            "talking to your doctor.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "references",
            {
                "heading": "References",
                "references": [ZHOU_2021, GEORGESCU_2022, GRESSENBERGER_2020],
            },
        ),
    ],
    "related": [
        (
            "minoxidil",
            "alternative",
            "Approved for pattern hair loss, with more evidence.",
        ),
        (
            "microneedling",
            "see_also",
            "A small trial found no extra benefit from adding PRP.",
        ),
        (
            "exosomes-for-hair-restoration",
            "see_also",
            "Experimental and not approved by the FDA.",
        ),
    ],
}
