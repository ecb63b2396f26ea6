"""An article's related-treatment cards, read as plain rows, rendered once per
content.

The links both ways (the editor's related links, the articles that list this
one) are one query of plain values: building a page instance per card, with
modelcluster's setup for each, cost more than the query. Each card carries
what it shows (title, URL path, summary, badges, note), so the section's
HTML is remembered under the cards themselves and the sites that make their
URLs (treatments.fragments): a renamed,
moved, unpublished or newly linked page changes the cards read on the next
request, and so the key. Previews keep model instances (their links are in
memory) and render the section afresh.
"""

from dataclasses import dataclass, replace

from django.template.loader import render_to_string
from django.urls import get_script_prefix
from wagtail.models import Site

from .fragments import remembered
from .models.choices import EvidenceLevel, RegulatoryStatus
from .page_places import PagePlace, page_url
from .visibility import is_visible_path

TEMPLATE = "treatments/includes/related.html"
# What a card needs of the page at either end of a link.
CARD_FIELDS = (
    "title",
    "url_path",
    "summary",
    "evidence_level",
    "regulatory_status",
    "live",
    "path",
)
LINK_FIELDS = (
    "page_id",
    "target_id",
    "relation_type",
    "note",
    *(f"{end}__{field}" for end in ("page", "target") for field in CARD_FIELDS),
)
EVIDENCE_LABELS = dict(EvidenceLevel.choices)
STATUS_LABELS = dict(RegulatoryStatus.choices)


@dataclass(frozen=True)
class Card:
    """One treatment card: what `includes/treatment_card.html` shows."""

    pk: int
    title: str
    url_path: str
    summary: str
    evidence_level: str
    regulatory_status: str
    # Set only to render: the URL follows from url_path and the sites (the
    # section's key names both), and working it out for every card costs
    # more than the rest of the card.
    card_url: str | None = None

    def get_evidence_level_display(self):
        return EVIDENCE_LABELS.get(self.evidence_level, self.evidence_level)

    def get_regulatory_status_display(self):
        return STATUS_LABELS.get(self.regulatory_status, self.regulatory_status)


@dataclass(frozen=True)
class CardLink:
    """An editor's related link, as its card shows it."""

    relation_type: str
    note: str
    target: Card

    @property
    def target_id(self):
        return self.target.pk


def card(row, end):
    fields = {field: row[f"{end}__{field}"] for field in CARD_FIELDS}
    return Card(
        pk=row[f"{end}_id"],
        title=fields["title"],
        url_path=fields["url_path"],
        summary=fields["summary"],
        evidence_level=fields["evidence_level"],
        regulatory_status=fields["regulatory_status"],
    )


def located(card, request):
    """`card` with its URL as {% pageurl %} writes it ("None" for a page
    outside every site)."""
    return replace(card, card_url=page_url(card.pk, card.url_path, request))


def url_context(request):
    """What a card's URL depends on besides its url_path: the sites' root
    paths, the request's site, the script prefix."""
    site = Site.find_for_request(request) if request else None
    roots = PagePlace(None, "")._get_site_root_paths(request)
    return tuple(roots), site.pk if site else None, get_script_prefix()


def shown(row, end, request):
    return is_visible_path(row[f"{end}__live"], row[f"{end}__path"], request)


def cards_both_ways(rows, page_id, request=None):
    """(the page's links to pages `request` may see, in the rows' order; the
    pages it may see that link to it, by title), from `LINK_FIELDS` rows."""
    links, linking = [], {}
    for row in rows:
        if row["page_id"] == page_id:
            if shown(row, "target", request):
                target = card(row, "target")
                links.append(CardLink(row["relation_type"], row["note"], target))
        elif shown(row, "page", request):
            linking[row["page_id"]] = card(row, "page")
    return links, sorted(linking.values(), key=lambda page: page.title.casefold())


def section_key(groups, linked_from, request):
    return (
        TEMPLATE,
        url_context(request),
        tuple(
            (group["type"], group["heading"], tuple(group["links"])) for group in groups
        ),
        tuple(linked_from),
    )


def related_section(groups, linked_from, request=None):
    """The "Related treatments" section's HTML ("" when there is nothing)."""
    if not groups and not linked_from:
        return ""
    cards = [link.target for group in groups for link in group["links"]]
    if all(isinstance(item, Card) for item in [*cards, *linked_from]):
        return remembered(
            section_key(groups, linked_from, request),
            lambda: render_cards(groups, linked_from, request),
        )
    # A preview's model instances: Wagtail's URLs need the request.
    context = {"related_groups": groups, "linked_from": linked_from}
    return render_to_string(TEMPLATE, context, request=request)


def render_cards(groups, linked_from, request):
    located_groups = [
        {
            **group,
            "links": [
                replace(link, target=located(link.target, request))
                for link in group["links"]
            ],
        }
        for group in groups
    ]
    context = {
        "related_groups": located_groups,
        "linked_from": [located(page, request) for page in linked_from],
    }
    return render_to_string(TEMPLATE, context)
