"""Demo article: low-level laser (light) therapy. References from
home/demo/references.py (../shared/references.md, sections 3 and 6).

Evidence level "emerging": sham-controlled trials and two meta-analyses show a
benefit, but the trials are short and mostly device-funded, and both reviews ask
for longer, larger trials. The 510(k) numbers are not cited: the list saw them
only on a third-party index.
"""

from ..references import ADIL_GODWIN_2017, LUEANGARUN_2021, MENG_2020

ARTICLE = {
    "slug": "low-level-laser-therapy",
    "title": "Low-level laser therapy",
    "summary": (
        "Combs, caps and helmets that shine low-power red light on the scalp, used "
        "at home several times a week. Sham-controlled trials show a modest rise in "
        "hair density, but they were short and long-term results are unknown."
    ),
    "evidence_level": "emerging",
    "regulatory_status": "cleared",
    "regulatory_note": (
        "Several home-use devices have FDA 510(k) clearance for pattern hair loss, "
        "each for set patterns of loss and skin types. Clearance is not approval: "
        "check what the device you buy is cleared for."
    ),
    "conditions": ["androgenetic-alopecia"],
    "reviewer": "rivera",
    "last_reviewed": "2026-07-14",
    "body": [
        (
            "key_facts",
            {
                "heading": "Key facts",
                "facts": [
                    "Low-power red light, not the heat of surgical lasers.",
                    "Used at home, usually several times a week, for months.",
                    "Trials against sham devices show a modest gain in hair density.",
                    "Some devices have FDA 510(k) clearance; that is not approval.",
                    "Long-term results are not known.",
                ],
            },
        ),
        (
            "section",
            {
                "heading": "What it is",
                "content": (
                    "<p>Low-level laser therapy, also called photobiomodulation, "
                    "uses low-power lasers or light-emitting diodes in the red part "
                    "of the spectrum. The light does not cut or heat the skin. It is "
                    "thought to act on the energy-producing parts of follicle cells "
                    "and to encourage follicles to stay in their growth phase, but "
                    "the mechanism is not fully worked out.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "How it is used",
                "content": (
                    "<p>Devices come as hand-held combs, caps and helmets. You use "
                    "them on a clean, dry scalp for a set time, several times a week, "
                    "following the maker's instructions. As with medicines, any "
                    "benefit is expected to need continued use, and it takes months "
                    "to judge.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "What the evidence shows",
                "content": (
                    "<p>A 2021 review pooled seven double-blind trials of home-use "
                    "devices against sham devices that looked the same but gave no "
                    "therapeutic light; hair density rose more with the real devices. "
                    "A 2020 review of nine randomised trials found an average of "
                    "about 18.6 more hairs per square centimetre than with sham "
                    "devices. A wider review of placebo-controlled trials also found "
                    "benefit in men.</p>"
                    "<p>The gains are modest, the trials were short, and both "
                    "reviews call for longer and larger studies. How the results "
                    "compare with minoxidil or finasteride over years is not "
                    "known.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Side effects and safety",
                "content": (
                    "<p>These devices are generally considered low risk, but the "
                    "trials followed people only for months. Follow the device's "
                    "instructions, including any advice on protecting the eyes, and "
                    "check that the device is cleared for your pattern of hair loss "
                    "and skin type. Sudden or patchy hair loss should be seen by a "
                    "doctor rather than treated at home.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "evidence",
                "title": "Evidence level: emerging",
                "text": (
                    "<p>Several sham-controlled trials show a benefit, but they are "
                    "short and small, and long-term follow-up is lacking.</p>"
                ),
            },
        ),
        (
            "urgent_care",
            {
                "heading": "When to stop and see a doctor",
                "introduction": "Stop using the device and get medical advice if you "
                "notice:",
                "warning_signs": [
                    "A burn, blistering or sore skin where the device touched",
                    "Eye pain or changes in your vision",
                    "A scalp rash or irritation that does not settle",
                ],
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "Is it approved by the FDA?",
                        "answer": (
                            "<p>Some devices have FDA 510(k) clearance, which means "
                            "the FDA found them substantially equivalent to a device "
                            "already on the market. That is a different and lighter "
                            "process than approval.</p>"
                        ),
                    },
                    {
                        "question": "How long until I see results?",
                        "answer": (
                            "<p>Trials ran for months. Give it several months of "
                            "regular use before judging.</p>"
                        ),
                    },
                    {
                        "question": "Can I use it with minoxidil?",
                        "answer": (
                            "<p>People do, but the trials mostly tested devices on "
                            "their own. Ask your doctor.</p>"
                        ),
                    },
                    {
                        "question": "Does it help women?",
                        "answer": (
                            "<p>Some devices are cleared for women with certain "
                            "patterns of loss. Check the device's cleared use.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "references",
            {
                "heading": "References",
                "references": [LUEANGARUN_2021, MENG_2020, ADIL_GODWIN_2017],
            },
        ),
    ],
    "related": [
        ("minoxidil", "alternative", "An approved medicine with long use behind it."),
        ("finasteride", "alternative", "An approved tablet for men."),
        (
            "exosomes-for-hair-restoration",
            "see_also",
            "Experimental and not approved by the FDA.",
        ),
    ],
}
