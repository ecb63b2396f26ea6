"""The schema.org check itself: it passes valid JSON-LD and names each fault."""

from tests.publishing.schemaorg.validator import problems, vocabulary

ARTICLE = {
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "MedicalWebPage",
            "@id": "https://example.org/a#webpage",
            "name": "A page",
            "lastReviewed": "2026-06-18",
            "datePublished": "2026-06-18T10:00:00+00:00",
            "specialty": "https://schema.org/Dermatology",
            "publisher": {"@id": "https://example.org/#organization"},
            "author": {"@type": "Person", "name": "Dr A"},
            "about": {
                "@type": "Drug",
                "name": "Minoxidil",
                "prescriptionStatus": "https://schema.org/OTC",
                "legalStatus": "Approved",
            },
        },
        {"@type": "MedicalOrganization", "@id": "https://example.org/#organization"},
    ],
}


def with_page(**changes):
    page = {**ARTICLE["@graph"][0], **changes}
    return {**ARTICLE, "@graph": [page, ARTICLE["@graph"][1]]}


def test_valid_json_ld_has_no_problems():
    assert problems(ARTICLE) == []


def test_the_vocabulary_is_schema_orgs():
    assert vocabulary()["release"] == "12.0"
    assert "MedicalWebPage" in vocabulary()["types"]


def test_an_unknown_type_is_caught():
    assert problems(with_page(**{"@type": "MedicalWebsite"})) == [
        "$[0]: unknown type MedicalWebsite"
    ]


def test_an_unknown_property_is_caught():
    about = {**ARTICLE["@graph"][0]["about"], "relevantCondition": []}
    assert problems(with_page(about=about)) == [
        "$[0].about.relevantCondition: unknown property relevantCondition"
    ]


def test_a_property_outside_its_domain_is_caught():
    # prescriptionStatus belongs to Drug, not to a device.
    about = {**ARTICLE["@graph"][0]["about"], "@type": "MedicalDevice"}
    assert problems(with_page(about=about)) == [
        "$[0].about.prescriptionStatus: prescriptionStatus is not defined for "
        "MedicalDevice"
    ]


def test_text_where_a_person_is_expected_is_caught():
    [problem] = problems(with_page(author="Gupta AK"))
    assert problem.startswith("$[0].author: 'Gupta AK' is not one of")


def test_a_node_of_the_wrong_type_is_caught():
    [problem] = problems(with_page(author={"@type": "MedicalCondition", "name": "x"}))
    assert problem == (
        "$[0].author: a ['MedicalCondition'] is not one of ['Organization', 'Person']"
    )


def test_a_reference_is_checked_as_the_node_it_names():
    page, organisation = ARTICLE["@graph"]
    graph = [page, {"@type": "Drug", "@id": organisation["@id"]}]
    [problem] = problems({**ARTICLE, "@graph": graph})
    assert problem.startswith("$[0].publisher: a ['Drug'] is not one of")


def test_a_member_of_another_enumeration_is_caught():
    [problem] = problems(with_page(specialty="https://schema.org/OTC"))
    assert problem.startswith("$[0].specialty: 'https://schema.org/OTC'")


def test_a_malformed_date_is_caught():
    [problem] = problems(with_page(lastReviewed="18 June 2026"))
    assert problem == "$[0].lastReviewed: '18 June 2026' is not one of ['Date']"


def test_problems_inside_lists_name_their_position():
    [problem] = problems(with_page(citation=[{"@type": "ScholarlyArticle"}, {}]))
    assert problem == "$[0].citation[1]: a node without @type"


def test_action_annotations_are_read_as_their_property():
    action = {
        "@type": "SearchAction",
        "target": {"@type": "EntryPoint", "urlTemplate": "https://x/?q={q}"},
        "query-input": "required name=q",
    }
    assert problems({"@type": "WebSite", "potentialAction": action}) == []
    [problem] = problems(
        {"@type": "WebSite", "potentialAction": {**action, "colour-input": "x"}}
    )
    assert problem.endswith("unknown property colour")


def test_a_citation_year_is_a_date_and_a_sentence_is_not():
    assert problems(with_page(datePublished="2019")) == []
    [problem] = problems(with_page(datePublished="in 2019"))
    assert problem.startswith("$[0].datePublished: 'in 2019'")


def test_a_reference_to_a_nested_node_is_checked_too():
    about = {"@type": "Drug", "@id": "#drug", "name": "Minoxidil"}
    audience = {"@type": "MedicalAudience", "healthCondition": {"@id": "#drug"}}
    [problem] = problems(with_page(about=about, audience=audience))
    assert problem == (
        "$[0].audience.healthCondition: a ['Drug'] is not one of ['MedicalCondition']"
    )
