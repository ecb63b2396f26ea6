"""Demo article: topical minoxidil. Written for the portal; references checked
against ../shared/references.md (section 3)."""

ARTICLE = {
    "slug": "minoxidil",
    "title": "Topical minoxidil",
    "summary": (
        "A solution or foam applied to the scalp twice or once a day. It slows "
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
                    "growth phase for longer. How it does this is not fully understood.</p>"
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
                ],
            },
        ),
        (
            "references",
            {
                "heading": "References",
                "references": [
                    {
                        "authors": "Olsen EA, Dunlap FE, Funicella T, et al.",
                        "title": (
                            "A randomized clinical trial of 5% topical minoxidil versus 2% "
                            "topical minoxidil and placebo in the treatment of androgenetic "
                            "alopecia in men"
                        ),
                        "publisher": "J Am Acad Dermatol",
                        "year": 2002,
                        "doi": "",
                        "pmid": "",
                        "url": "https://www.jaad.org/article/S0190-9622(02)00124-X/pdf",
                    },
                    {
                        "authors": "Adil A, Godwin M",
                        "title": (
                            "The effectiveness of treatments for androgenetic alopecia: "
                            "A systematic review and meta-analysis"
                        ),
                        "publisher": "J Am Acad Dermatol",
                        "year": 2017,
                        "doi": "",
                        "pmid": "28396101",
                        "url": "",
                    },
                ],
            },
        ),
    ],
    # (target slug, relation type, note)
    "related": [],
}
