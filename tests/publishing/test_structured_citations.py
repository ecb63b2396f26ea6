"""References as schema.org works, read from the fields editors fill in."""

from publishing.structured_citations import citation, cited_authors

JOURNAL_ARTICLE = {
    "authors": "Olsen EA, Dunlap FE, Funicella T, et al.",
    "title": "A randomized clinical trial of 5% topical minoxidil",
    "publisher": "J Am Acad Dermatol",
    "year": 2002,
    "doi": "",
    "pmid": "",
    "url": "",
}


def test_authors_cited_as_journals_cite_them_are_people():
    people, as_in_journals = cited_authors("Olsen EA, Dunlap FE, et al.")
    assert people == [
        {"@type": "Person", "name": "Olsen EA"},
        {"@type": "Person", "name": "Dunlap FE"},
    ]
    assert as_in_journals


def test_an_agency_is_one_organisation_even_with_a_comma():
    authors, as_in_journals = cited_authors(
        "U.S. National Library of Medicine, DailyMed"
    )
    assert authors == [
        {"@type": "Organization", "name": "U.S. National Library of Medicine, DailyMed"}
    ]
    assert not as_in_journals


def test_a_journal_article_without_identifiers_is_still_scholarly():
    work = citation(JOURNAL_ARTICLE)
    assert work["@type"] == "ScholarlyArticle"
    assert work["isPartOf"] == {"@type": "Periodical", "name": "J Am Acad Dermatol"}
    assert work["datePublished"] == "2002"
    assert "publisher" not in work


def test_identifiers_give_the_links():
    work = citation({**JOURNAL_ARTICLE, "doi": "10.1/x", "pmid": "123"})
    assert work["url"] == "https://doi.org/10.1/x"
    assert [item["propertyID"] for item in work["identifier"]] == ["DOI", "PMID"]
    assert citation({**JOURNAL_ARTICLE, "pmid": "123"})["url"] == (
        "https://pubmed.ncbi.nlm.nih.gov/123/"
    )


def test_a_notice_by_an_agency_is_a_creative_work_it_publishes():
    work = citation(
        {
            **JOURNAL_ARTICLE,
            "authors": "U.S. Food and Drug Administration",
            "publisher": "FDA MedWatch",
        }
    )
    assert work["@type"] == "CreativeWork"
    assert work["author"] == {
        "@type": "Organization",
        "name": "U.S. Food and Drug Administration",
    }
    assert work["publisher"] == {"@type": "Organization", "name": "FDA MedWatch"}
