"""Checks a JSON-LD document against schema.org's vocabulary (vocabulary.json).

`problems(document)` lists, as readable strings, every place where:
- an @type is not a schema.org type;
- a property is not a schema.org property, or is not defined for the node's
  type or any of its supertypes (domainIncludes);
- a value has no type in the property's rangeIncludes: a node of another type,
  text where a thing is expected, a malformed date or URL, an enumeration
  member of another enumeration.

A node reference ({"@id": …}) is checked as the node it names when that node
is in the document, and accepted as a link to the outside world otherwise.
"""

import json
import re
from functools import cache
from pathlib import Path

SCHEMA_URL = "https://schema.org/"
VOCABULARY = Path(__file__).with_name("vocabulary.json")
# schema.org's Action annotations: "query-input" describes the "query" input.
ANNOTATION_SUFFIXES = ("-input", "-output")
# ISO 8601 dates, reduced precision included: a citation's year is "2019".
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$"
)
URL = re.compile(r"^https?://\S+$")


@cache
def vocabulary():
    return json.loads(VOCABULARY.read_text())


@cache
def ancestors(type_name):
    """The type and all its supertypes."""
    found = {type_name}
    for parent in vocabulary()["types"].get(type_name, []):
        found |= ancestors(parent)
    return frozenset(found)


def problems(document):
    nodes = document.get("@graph", [document])
    index = {node["@id"]: node for node in described_nodes(nodes)}
    found = []
    for position, node in enumerate(nodes):
        found += node_problems(node, f"$[{position}]", index)
    return found


def described_nodes(value):
    """Every node, however deeply nested, that has an @id and says more."""
    if isinstance(value, list):
        for item in value:
            yield from described_nodes(item)
    elif isinstance(value, dict):
        if "@id" in value and len(value) > 1:
            yield value
        for child in value.values():
            yield from described_nodes(child)


def types_of(node):
    found = node.get("@type", [])
    return [found] if isinstance(found, str) else list(found)


def node_problems(node, path, index):
    if set(node) <= {"@id"} and node:
        return []
    node_types = types_of(node)
    if not node_types:
        return [f"{path}: a node without @type"]
    known = vocabulary()["types"]
    found = [f"{path}: unknown type {name}" for name in node_types if name not in known]
    if found:  # its properties cannot be judged against a type that is not there
        return found
    lineage = set().union(*(ancestors(name) for name in node_types))
    for key, value in node.items():
        if not key.startswith("@"):
            found += property_problems(
                key, value, (node_types, lineage), f"{path}.{key}", index
            )
    return found


def property_problems(key, value, node_types, path, index):
    node_types, lineage = node_types
    name = key.removesuffix("-input").removesuffix("-output")
    definition = vocabulary()["properties"].get(name)
    if definition is None:
        return [f"{path}: unknown property {name}"]
    if not lineage & set(definition["domain"]):
        return [f"{path}: {name} is not defined for {'/'.join(node_types)}"]
    expected = set(definition["range"])
    if key != name:  # an annotation: text or a PropertyValueSpecification
        expected = {"Text", "PropertyValueSpecification"}
    found = []
    for position, item in enumerate(value if isinstance(value, list) else [value]):
        item_path = f"{path}[{position}]" if isinstance(value, list) else path
        found += value_problems(item, expected, item_path, index)
    return found


def value_problems(value, expected, path, index):
    if isinstance(value, dict):
        return node_value_problems(value, expected, path, index)
    kinds = value_kinds(value)
    if any(ancestors(kind) & expected for kind in kinds):
        return []
    return [f"{path}: {value!r} is not one of {sorted(expected)}"]


def node_value_problems(value, expected, path, index):
    is_reference = "@id" in value and len(value) == 1
    target = index.get(value["@id"]) if is_reference else value
    if target is None:  # a link to a node outside this document
        return value_problems(value["@id"], expected | {"URL"}, path, index)
    if not types_of(target):
        return node_problems(target, path, index)
    lineage = set().union(*(ancestors(name) for name in types_of(target)))
    found = (
        []
        if lineage & expected
        else [f"{path}: a {types_of(target)} is not one of {sorted(expected)}"]
    )
    if target is value:
        found += node_problems(value, path, index)
    return found


def value_kinds(value):
    """The schema.org data types (or enumeration) a plain JSON value can be."""
    if isinstance(value, bool):
        return ["Boolean"]
    if isinstance(value, int):
        return ["Integer"]
    if isinstance(value, float):
        return ["Number"]
    if not isinstance(value, str):
        return []
    kinds = ["Text"]
    if URL.match(value):
        kinds.append("URL")
        member = value.removeprefix(SCHEMA_URL)
        if value.startswith(SCHEMA_URL):
            kinds += vocabulary()["members"].get(member, [])
    if DATE.match(value):
        kinds.append("Date")
    if DATE_TIME.match(value):
        kinds.append("DateTime")
    return kinds
