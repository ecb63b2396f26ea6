"""The fields of a treatment page that readers see besides its title, summary
and body, as `TextUnit`s for the claims checker; and a page's claims context.

claim_text.py walks the title, summary and body. The regulatory note, the SEO
title and description (search results and link previews show them), the notes
on related links and the conditions' names and descriptions (shown on the
page) are read here, from a saved page, a revision or a bound admin form.
"""

from . import claim_products as products
from .claims import Context, TextUnit, context_for


def field_units(
    regulatory_note="", seo_title="", search_description="", links=(), conditions=()
):
    """`links` are (target title, note) pairs; `conditions` (name, description)."""
    units = [
        TextUnit("Regulatory note", regulatory_note or ""),
        TextUnit("SEO title", seo_title or ""),
        TextUnit("Search description", search_description or ""),
    ]
    units += [
        TextUnit(f"Related link “{target}”, note", note or "", topic=topic_key(target))
        for target, note in links
    ]
    units += [
        TextUnit(f"Condition “{name}”", f"{name}\n{description or ''}")
        for name, description in conditions
    ]
    return [unit for unit in units if unit.text.strip()]


def topic_key(title):
    kind = products.topic_of(title)
    return kind.key if kind else ""


def page_field_units(page):
    """From a page or a revision's page (its links and conditions in memory)."""
    return field_units(
        page.regulatory_note,
        page.seo_title,
        page.search_description,
        links=[
            (link.target.title, link.note) for link in page.related_treatments.all()
        ],
        conditions=[
            (condition.name, condition.description)
            for condition in page.conditions.all()
        ],
    )


def form_field_units(form, cleaned_data):
    """From the treatment page editor's form, before anything is saved."""
    links = []
    formset = getattr(form, "formsets", {}).get("related_treatments")
    for link_form in formset.forms if formset is not None else []:
        data = getattr(link_form, "cleaned_data", None) or {}
        if data.get("target") is not None and not data.get("DELETE"):
            links.append((data["target"].title, data.get("note", "")))
    return field_units(
        cleaned_data.get("regulatory_note"),
        cleaned_data.get("seo_title"),
        cleaned_data.get("search_description"),
        links=links,
        conditions=[
            (condition.name, condition.description)
            for condition in cleaned_data.get("conditions") or ()
        ],
    )


def claims_context(article):
    """The page's status and topic, and the products its texts name."""
    context = context_for(article)
    named = []
    for unit in article.units:
        for mention in products.mentions(unit.text):
            if mention.kind not in named:
                named.append(mention.kind)
    topic = context.topic or (named[0] if named else None)
    return Context(
        status=context.status,
        topic=topic,
        cell_free=context.cell_free or bool(topic and topic.cell_free),
        products=tuple(named),
    )
