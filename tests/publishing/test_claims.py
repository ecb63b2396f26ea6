"""The claims checker as pure functions: what it flags and what it lets pass."""

import pytest

from home.demo.builder import load_articles
from publishing.claim_text import article_from_fields
from publishing.claims import (
    RULES,
    Article,
    TextUnit,
    check_article,
    parse_site_phrases,
)
from treatments.blocks import TreatmentBodyBlock


def check(text, status="off_label", cell_free=False, has_source=False, phrases=()):
    article = Article(
        units=(TextUnit("Section “Test”", text, has_source=has_source),),
        regulatory_status=status,
        cell_free_topic=cell_free,
    )
    return check_article(article, phrases)


def flagged(text, **kwargs):
    return sorted((f.rule, f.phrase.lower()) for f in check(text, **kwargs))


def test_guaranteed_cure_is_flagged_with_rule_place_and_guidance():
    findings = check("Guaranteed to cure baldness in weeks.")
    assert {(f.rule, f.phrase) for f in findings} == {
        ("guarantee", "Guaranteed"),
        ("cure", "cure"),
    }
    for finding in findings:
        assert finding.where == "Section “Test”"
        assert "FTC" in finding.why or "FDA" in finding.why
        assert finding.label


@pytest.mark.parametrize(
    "text",
    [
        "Keep your scalp secure and clean.",
        "The product was procured from a lab.",
        "A manicure is not a treatment.",
        "Curettage is a different procedure.",
        "Results took 1000% longer to measure.",
        "Stem cells appear in this sentence about bone marrow.",
    ],
)
def test_words_inside_other_words_or_out_of_scope_are_not_flagged(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("It cures hair loss.", "cure"),
        ("Patients were cured.", "cure"),
        ("A true cure-all.", "cure"),
        ("Enjoy permanent results.", "permanent"),
        ("Hair grows back permanently.", "permanent"),
        ("Results are guaranteed.", "guarantee"),
        ("100% of patients saw regrowth.", "absolute"),
        ("It works 100 percent of the time.", "absolute"),
        ("There are no side effects.", "no_side_effects"),
        ("A side-effect-free option.", "no_side_effects"),
        ("A risk-free procedure.", "risk_free"),
        ("It is completely safe.", "risk_free"),
        ("A miracle for thinning hair.", "miracle"),
        ("This FDA-approved injection helps.", "fda_approved"),
        ("It is approved by the FDA for hair loss.", "fda_approved"),
        ("An FDA cleared device.", "fda_cleared"),
        ("It is clinically proven to regrow hair.", "clinically_proven"),
        ("This product does not need FDA approval.", "regulatory_exemption"),
        ("Exosomes are exempt from FDA regulation.", "regulatory_exemption"),
        ("No approval needed for this treatment.", "regulatory_exemption"),
    ],
)
def test_each_risky_phrase_is_flagged(text, rule):
    assert rule in {finding.rule for finding in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "There is no cure for pattern hair loss.",
        "Exosomes do not cure baldness.",
        "Results cannot be guaranteed.",
        "No treatment is completely safe.",
        "It is not a miracle.",
        "The product is not FDA-approved.",
        "Is it approved by the FDA?",
        "Can exosomes cure baldness? No.",
        "Surgery can permanently scar the scalp.",
        "If a clinic says it does not need FDA approval, ask why.",
    ],
)
def test_denials_questions_and_reported_claims_pass(text):
    assert flagged(text) == []


def test_fda_status_phrases_follow_the_pages_regulatory_status():
    assert flagged("This FDA-approved foam.", status="approved") == []
    assert flagged("This FDA-cleared laser cap.", status="cleared") == []
    # Clearance is not approval, so a cleared device may not say "approved".
    assert flagged("This FDA-approved laser cap.", status="cleared") == [
        ("fda_approved", "fda-approved")
    ]
    assert flagged("This FDA-cleared foam.", status="approved") == [
        ("fda_cleared", "fda-cleared")
    ]


def test_clinically_proven_needs_a_source_in_the_same_section():
    assert flagged("Clinically proven.", has_source=True) == []
    assert flagged("Clinically proven.") == [("clinically_proven", "clinically proven")]


def test_clinically_proven_passes_with_a_link_or_a_cited_reference_number():
    def body(html):
        return TreatmentBodyBlock().normalize(
            [
                ("section", {"heading": "Linked", "content": html}),
                (
                    "references",
                    {
                        "heading": "References",
                        "references": [
                            {
                                "authors": "Adil A, Godwin M",
                                "title": "The effectiveness of treatments for AGA",
                                "publisher": "J Am Acad Dermatol",
                                "year": 2017,
                                "doi": "",
                                "pmid": "28396101",
                                "url": "",
                            }
                        ],
                    },
                ),
            ]
        )

    def rules(html):
        article = article_from_fields("T", "S", "approved", body(html))
        return {finding.rule for finding in check_article(article)}

    linked = (
        '<p>Clinically proven in <a href="https://example.org/trial">a trial</a>.</p>'
    )
    assert rules(linked) == set()
    assert rules("<p>Clinically proven [1].</p>") == set()
    assert rules("<p>Clinically proven [2].</p>") == {"clinically_proven"}
    assert rules("<p>Clinically proven.</p>") == {"clinically_proven"}


def test_better_than_approved_care_applies_only_to_unapproved_treatments():
    text = "It works better than minoxidil and replaces finasteride."
    assert {rule for rule, _ in flagged(text, status="not_approved")} == {
        "better_than_approved"
    }
    assert flagged(text, status="approved") == []
    assert flagged("No need for minoxidil any more.", status="not_approved") == [
        ("better_than_approved", "no need for minoxidil")
    ]
    assert flagged("It does not replace minoxidil.", status="not_approved") == []


def test_stem_cells_are_flagged_on_pages_about_cell_free_products():
    assert flagged("A stem cell treatment.", cell_free=True) == [
        ("stem_cell_cell_free", "stem cell")
    ]
    assert flagged("A stem cell treatment.", cell_free=False) == []
    assert flagged("Exosomes are not stem cells.", cell_free=True) == []
    # Said anywhere, even on a page about something else.
    assert ("stem_cell_cell_free", "exosomes are living stem cells") in flagged(
        "Exosomes are living stem cells."
    )


def test_cell_free_topic_comes_from_title_or_summary_but_not_stem_cell_articles():
    def topic(title, summary):
        return article_from_fields(title, summary, "", None).cell_free_topic

    assert topic("Exosomes for hair restoration", "")
    assert topic("Scalp injections", "Exosome vesicles injected into the scalp.")
    assert not topic("Minoxidil", "A foam.")
    assert not topic("Stem cell injections for joints", "Stem cell or exosome shots.")


def test_site_phrases_extend_the_list_with_their_own_reasons():
    phrases = parse_site_phrases(
        "instant results | Nothing works at once.\n\nno downtime"
    )
    findings = [
        finding
        for finding in check("Instant   results and no downtime.", phrases=phrases)
        if finding.rule == "site_phrase"
    ]
    assert [(f.rule, f.phrase, f.why) for f in findings] == [
        ("site_phrase", "Instant results", "Nothing works at once."),
        (
            "site_phrase",
            "no downtime",
            # A phrase without its own reason gets the standing one.
            "Your editors added this phrase to the claims list in Review settings.",
        ),
    ]
    assert check("Instantly resulting.", phrases=phrases) == []


def test_a_phrase_repeated_in_one_place_is_one_finding_with_a_count():
    findings = check("It cures. It cures again.")
    assert len(findings) == 1
    assert findings[0].count == 2


def test_title_summary_and_body_places_are_named_and_references_skipped():
    body = TreatmentBodyBlock().normalize(
        [
            (
                "callout",
                {"variant": "info", "title": "Note", "text": "<p>A miracle.</p>"},
            ),
            (
                "faq",
                {
                    "heading": "FAQ",
                    "items": [{"question": "Why?", "answer": "<p>Guaranteed.</p>"}],
                },
            ),
            (
                "references",
                {
                    "heading": "References",
                    "references": [
                        {
                            "authors": "A",
                            "title": "A miracle cure? Guaranteed 100% results",
                            "publisher": "J",
                            "year": 2020,
                            "doi": "",
                            "pmid": "",
                            "url": "",
                        }
                    ],
                },
            ),
        ]
    )
    article = article_from_fields("Miracle foam", "Risk-free.", "off_label", body)
    places = {(f.rule, f.where) for f in check_article(article)}
    assert places == {
        ("miracle", "Title"),
        ("risk_free", "Summary"),
        ("miracle", "Callout “Note”"),
        ("guarantee", "FAQ, question “Why?”"),
    }


def test_every_rule_explains_itself_with_fda_or_ftc_guidance():
    for rule in RULES.values():
        assert "FDA" in rule.why or "FTC" in rule.why, rule.id


@pytest.mark.parametrize("article", load_articles(), ids=lambda a: a["slug"])
def test_demo_articles_pass_the_claims_check_clean(article):
    body = TreatmentBodyBlock().normalize(article["body"])
    checked = article_from_fields(
        article["title"], article["summary"], article["regulatory_status"], body
    )
    assert check_article(checked) == []


@pytest.mark.parametrize(
    "text",
    [
        # A denial carries into the clause that goes on from it.
        "FDA clearance does not mean a device works, or that it carries no risk.",
        "Being sold without a prescription does not mean a serum is harmless, "
        "or that it has no side effects.",
        "Exosomes are not cells at all, let alone stem cells.",
        # Reported with a third party as the subject, or "marketed as".
        "Tabloid headlines have called exosomes a miracle for hair.",
        "Exosomes are often marketed as a cure for baldness.",
        # A term in single quotes, or a warning about whoever uses it.
        "Treat any use of the word 'cure' as a warning sign.",
        "Avoid any serum advertised as risk-free.",
    ],
)
def test_carried_denials_reports_and_mentions_pass(text):
    assert flagged(text, cell_free=True) == []


@pytest.mark.parametrize(
    "text, rule",
    [
        # "No" and "never" that assert: idioms, and a "no" reaching along a list.
        ("5,000 happy clients can't be wrong.", "efficacy_figure"),
        ("Nothing short of miraculous!", "miracle"),
        ("No pain or side effects.", "no_side_effects"),
        # Typography: dotted acronyms before a dash, a multiplication sign.
        ("Uses an F.D.A.\u2013cleared system for hair.", "fda_cleared"),
        ("Up to 3\u00d7 the regrowth.", "efficacy_figure"),
        # A rhetorical question that closes a statement still sells.
        (
            "Finasteride's side effects can last a lifetime - why take the chance?",
            "better_than_approved",
        ),
        # Approval said of the clause's subject, by any regulator.
        ("PRP is fully approved for hair restoration in the US.", "fda_approved"),
        ("EU\u2011approved and sold without a prescription.", "fda_approved"),
        # Wording no rule lists: a seller promising an outcome.
        ("Get your hair back and keep it.", "promised_outcome"),
    ],
)
def test_assertive_wording_and_typography_are_flagged(text, rule):
    assert rule in {found_rule for found_rule, _ in flagged(text, cell_free=True)}


@pytest.mark.parametrize(
    "text",
    [
        # Reported: printed matter or a headline as the subject of a verb of
        # saying or praising.
        "A newspaper headline hailed the serum as a miracle.",
        "The maker's leaflet offers a money-back guarantee on unopened packs.",
        # A negated verb governs its "with".
        "Hair-loss treatments don't come with a guarantee.",
        # "Never been" denies, unless it praises ("never been easier").
        "Exosome serums have never been approved by the FDA.",
        # How long a product has existed, not how long results last; a
        # benefit that fades.
        "PRP has been offered for decades to injured athletes.",
        "The benefit of PRP tends to fade without repeat sessions.",
        # A regulatory-sounding word explained as no approval, or said of a
        # named approved product.
        "Thousands of facilities are FDA-registered; registration is not approval.",
        "Minoxidil is made in FDA-registered facilities.",
        # A clearance the sentence itself puts to another use.
        "A microneedling pen won FDA clearance for acne scars, not for hair loss.",
        # Approved care as a class.
        "A GP can explain the approved options.",
        # Posts, salons and hearsay report; a correction closes the claim.
        "A social media post praised the serum as a miracle.",
        "Some salons sell serums labelled as cGMP-grade.",
        "Patients sometimes hear that exosomes are a miracle.",
        "The salon advertised the serum as FDA approved, which it is not.",
        # A negated subject's "comes with"; a use that must go on; scarring.
        "No treatment comes with a guarantee.",
        "Finasteride must be taken for life to keep its effect.",
        "Hair loss from scarring alopecia is permanent.",
        # The body's own stem cells; a report with two adverbs.
        "Stem cells are found in hair follicles and help them regrow.",
        "Exosome serums are sometimes wrongly sold as stem cell treatments.",
        # A clearance of the equipment that prepares a treatment.
        "The centrifuge used to prepare PRP is FDA cleared.",
        # A term defined by its expansion; a registration the agency does
        # not review; a phrase whose meaning the sentence denies.
        "GMP is short for good manufacturing practice.",
        "An FDA-registered site is listed; the FDA does not evaluate its products.",
        "FDA clearance of the kit does not mean the injections are cleared.",
        # A consumer agency spelled out as the source.
        "The Federal Trade Commission says a money-back guarantee proves nothing.",
        # A kind with devices cleared for skin, said for a skin use.
        "Some dermapens are FDA cleared to treat facial wrinkles.",
    ],
)
def test_look_alikes_by_kind_pass(text):
    assert flagged(text, cell_free=True) == []


@pytest.mark.parametrize(
    "text, rule",
    [
        # The seller's own clinic, leaflet or testimonial is no third party.
        ("We've been told by hundreds of patients it's a miracle.", "miracle"),
        ("Guaranteed regrowth, which is not something others offer.", "guarantee"),
        ("Our clinic offers a money-back guarantee.", "guarantee"),
        ("Our leaflet promises results for life.", "permanent"),
        # A "with" after a negated noun starts a claim of its own.
        ("No needles, with permanent results.", "permanent"),
        # The seller's own lab, no approved product named.
        ("Our serum is made in an FDA-registered lab.", "regulatory_sounding"),
        # Endorsements in short or hyphenated words.
        ("Derm-approved and surgeon-loved.", "endorsement"),
        ("Recommended by hair-loss specialists.", "endorsement"),
        # Exemption, whoever's approval is said to be needless.
        ("No medical approval is required.", "regulatory_exemption"),
        ("Natural extracts can't be regulated as drugs.", "regulatory_exemption"),
        # A clearance claimed for hair, whatever else it covers.
        ("Our pen is FDA cleared for hair loss, not just acne.", "fda_cleared"),
        ("The kit used to prepare PRP is FDA cleared for hair loss.", "fda_cleared"),
        # A skin clearance that goes on to hair; the seller's own data; the
        # removal of scars, promised for good.
        (
            "Our dermapen is FDA cleared for facial scars and scalp regrowth.",
            "fda_cleared",
        ),
        ("In our in-house study, 92% of clients saw thicker hair.", "efficacy_figure"),
        ("Erase surgical scars permanently in three sessions.", "permanent"),
        ("Permanent scar reduction after one session.", "permanent"),
    ],
)
def test_the_sellers_own_voice_and_short_endorsements_are_flagged(text, rule):
    assert rule in {found_rule for found_rule, _ in flagged(text, cell_free=True)}
