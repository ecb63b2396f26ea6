"""Demo article: hair transplant surgery. References from home/demo/references.py
(../shared/references.md, section 5).

Regulatory status: "procedure". Surgery is governed by medical licensing and
practice standards, not by an FDA product approval.
"""

from ..references import RAZMI_2022, SHARMA_RANJAN_2019, ZITO_STATPEARLS

ARTICLE = {
    "slug": "hair-transplant-surgery",
    "title": "Hair transplant surgery",
    "summary": (
        "An operation that moves small groups of hairs from the back and sides of "
        "the scalp to thinning areas. It suits people with enough donor hair and a "
        "settled pattern of loss; it does not stop hair loss elsewhere."
    ),
    "evidence_level": "established",
    "regulatory_status": "procedure",
    "regulatory_note": (
        "Check the surgeon's qualifications and who will carry out each step of "
        "the operation."
    ),
    "conditions": ["androgenetic-alopecia"],
    "reviewer": "okafor",
    "last_reviewed": "2026-08-30",
    "body": [
        (
            "key_facts",
            {
                "heading": "Key facts",
                "facts": [
                    "Follicular units are moved from a donor area, usually the back "
                    "and sides of the scalp.",
                    "Two ways to harvest them: a strip of skin (FUT) or one unit at "
                    "a time (FUE).",
                    "Suitability depends on donor supply, the pattern of loss and "
                    "whether it is still changing.",
                    "Transplanted hairs shed first and regrow over months.",
                    "Hair that was not moved can still be lost, so medicines often "
                    "continue.",
                ],
            },
        ),
        (
            "section",
            {
                "heading": "What it is",
                "content": (
                    "<p>Hair grows in natural groups of one to a few hairs called "
                    "<b>follicular units</b>. In a transplant, a surgeon takes these "
                    "units from a donor area, usually the back and sides of the head, "
                    "where hair tends to be less affected by pattern hair loss, and "
                    "places them in tiny openings made in the thinning areas.</p>"
                    "<p>The hair is redistributed, not created: the total number of "
                    "follicles does not increase, so the result depends on how much "
                    "donor hair there is to move.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Two ways to harvest hair",
                "content": (
                    "<ul><li><b>Follicular unit transplantation (FUT)</b>, or the "
                    "strip method: a thin strip of scalp is removed from the donor "
                    "area and divided into units under magnification. It leaves a "
                    "fine linear scar, usually hidden by the surrounding hair.</li>"
                    "<li><b>Follicular unit extraction (FUE)</b>: units are taken one "
                    "at a time with a small punch. It leaves many tiny dot scars "
                    "rather than a line, which matters to people who wear their hair "
                    "very short.</li></ul>"
                    "<p>Both are done under local anaesthetic, often over most of a "
                    "day. The right method depends on the donor area, the number of "
                    "grafts needed and the person's preferences.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Who is a good candidate",
                "content": (
                    "<p>Transplants are not limited to the top of the head. What "
                    "matters is whether there is enough good donor hair for the area "
                    "to be covered, the pattern and extent of loss, and whether the "
                    "loss has settled. In younger people whose hair loss is still "
                    "progressing, surgeons plan carefully, because the hair around "
                    "the grafts may keep thinning.</p>"
                    "<p>The cause of hair loss should be diagnosed first: some types, "
                    "such as active patchy or scarring hair loss, need other "
                    "treatment before surgery is considered. Good counselling covers "
                    "realistic expectations, the likely need for ongoing medicines "
                    "and the possibility of more than one session.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Recovery and results",
                "content": (
                    "<p>The scalp is sore, swollen and crusted for several days. The "
                    "transplanted hairs usually shed within the first weeks; the "
                    "follicles stay in place and start growing new hair over the "
                    "following months, and the final result takes many months to "
                    "judge.</p>"
                ),
            },
        ),
        (
            "section",
            {
                "heading": "Risks",
                "content": (
                    "<p>Risks include pain, swelling, bleeding, infection, numbness of "
                    "the scalp, inflamed follicles, visible scarring in the donor "
                    "area, temporary shedding of existing hair near the grafts, poor "
                    "growth of grafts and a result that looks unnatural. The surgery "
                    "is costly and usually paid for privately.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "variant": "evidence",
                "title": "About our sources",
                "text": (
                    "<p>This article draws on clinical overviews and technique "
                    "reviews written by surgeons. They describe accepted practice "
                    "rather than comparing results in trials.</p>"
                ),
            },
        ),
        (
            "urgent_care",
            {
                "heading": "When to seek urgent care",
                "introduction": "After surgery, contact your clinic or a doctor "
                "straight away if you notice:",
                "warning_signs": [
                    "Bleeding that does not stop with firm pressure",
                    "Redness, heat or swelling that spreads, or pus from the wounds",
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
                        "question": "Will the transplanted hair fall out?",
                        "answer": (
                            "<p>It usually sheds in the first weeks, then the "
                            "follicles grow new hair over the following months. Hair "
                            "taken from the donor area tends to keep its resistance "
                            "to pattern loss, but hair around it can still thin.</p>"
                        ),
                    },
                    {
                        "question": "Do I still need minoxidil or finasteride?",
                        "answer": (
                            "<p>Often, yes: surgery does not stop the loss of hair "
                            "that was not moved. Your surgeon or doctor can advise.</p>"
                        ),
                    },
                    {
                        "question": "Is it approved by the FDA?",
                        "answer": (
                            "<p>Surgery is a medical procedure rather than a product, "
                            "so it does not go through FDA approval. Check that your "
                            "surgeon is properly qualified and registered.</p>"
                        ),
                    },
                    {
                        "question": "How many sessions will I need?",
                        "answer": (
                            "<p>It depends on the area to cover and the donor supply. "
                            "Some people need more than one session.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "references",
            {
                "heading": "References",
                "references": [ZITO_STATPEARLS, SHARMA_RANJAN_2019, RAZMI_2022],
            },
        ),
    ],
    "related": [
        ("minoxidil", "see_also", "Often used before and after surgery."),
        ("finasteride", "see_also", "Helps keep the hair that was not moved."),
        (
            "exosomes-for-hair-restoration",
            "see_also",
            "Experimental and not approved by the FDA.",
        ),
    ],
}
