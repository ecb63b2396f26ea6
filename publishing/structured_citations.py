"""A body's references as schema.org works: journal articles and other sources.

A reference block has one "Journal or publisher" field and authors as cited.
Authors in the Vancouver style of journals ("Gupta AK, Wang T") mark a journal
article: a ScholarlyArticle by those people, part of the named Periodical. A
reference with a DOI or PubMed ID is one too. Anything else (an FDA notice, a
drug label) is a CreativeWork by and from the organisations it names.
"""

import re

# A surname (perhaps several words) and up to three initials: "Dunlap FE".
CITED_PERSON = re.compile(r"^[A-Z][\w'’-]+(?: [a-zA-Z][\w'’-]+)* [A-Z]{1,3}$")
ET_AL = "et al."
GROUP_PREFIX = "for the "


def citation(reference):
    """The reference as a ScholarlyArticle or a CreativeWork, with its links."""
    authors, as_in_journals = cited_authors(reference.get("authors") or "")
    work = {
        "name": reference.get("title"),
        "datePublished": str(reference["year"]) if reference.get("year") else "",
        "identifier": identifiers(reference),
        "url": reference_url(reference),
    }
    if as_in_journals or reference.get("doi") or reference.get("pmid"):
        return {
            "@type": "ScholarlyArticle",
            **work,
            "author": authors,
            "isPartOf": {"@type": "Periodical", "name": reference.get("publisher")},
        }
    return {
        "@type": "CreativeWork",
        **work,
        "author": organisation(reference.get("authors")),
        "publisher": organisation(reference.get("publisher")),
    }


def cited_authors(authors):
    """([Person or Organization], whether the list is cited as journals cite).

    "King B, Ohyama M, et al., for the BRAVE-AA Investigators" gives two
    people and a study group; "U.S. Food and Drug Administration" gives an
    organisation and is not a journal's author list.
    """
    found, as_in_journals = [], False
    for part in (part.strip() for part in authors.split(",")):
        if not part or part == ET_AL:
            continue
        if CITED_PERSON.match(part):
            found.append({"@type": "Person", "name": part})
            as_in_journals = True
        elif part.startswith(GROUP_PREFIX):
            found.append(organisation(part.removeprefix(GROUP_PREFIX)))
        else:
            return [organisation(authors)], False
    return found, as_in_journals


def organisation(name):
    return {"@type": "Organization", "name": name} if name else None


def identifiers(reference):
    found = []
    if reference.get("doi"):
        found.append(property_value("DOI", reference["doi"]))
    if reference.get("pmid"):
        found.append(property_value("PMID", reference["pmid"]))
    return found


def reference_url(reference):
    if reference.get("url"):
        return reference["url"]
    if reference.get("doi"):
        return f"https://doi.org/{reference['doi']}"
    if reference.get("pmid"):
        return f"https://pubmed.ncbi.nlm.nih.gov/{reference['pmid']}/"
    return ""


def property_value(name, value):
    return {"@type": "PropertyValue", "propertyID": name, "value": value}
