"""Site search, the search box's suggestions and the A-Z list. The search
views stay thin: parsing lives in search.text, searching in search.searching,
what the page of results shows in search.result_page."""

from dataclasses import dataclass
from itertools import groupby

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from treatments.models import (
    Condition,
    ConditionIndexPage,
    TreatmentIndexPage,
    TreatmentPage,
)
from treatments.params import cleans_query
from treatments.sites import site_for_request
from treatments.visibility import visible_pages

from . import result_page, searching
from .models import QueryResultCount, Synonym
from .text import clean_query, marked_words, page_number, words_of

PER_PAGE = 10


def current_site(request):
    return site_for_request(request)


@require_safe
@cleans_query("q", "condition", "evidence", "page", q=1000)
def search(request):
    text, was_cut = clean_query(request.GET.get("q", ""))
    words = words_of(text)
    filters = searching.resolve_filters(
        request.GET.get("condition", "").strip(),
        request.GET.get("evidence", "").strip(),
    )
    context = {
        "search_query": text,
        "query_was_cut": was_cut,
        "filters": filters,
        "params": request.GET,
    }
    site = current_site(request)
    if words:
        context.update(results_context(request, site, text, words, filters))
    return TemplateResponse(request, "search/search.html", context)


def is_first_visit(request):
    """A new search, not a click through to a later page of results."""
    return request.GET.get("page", "1").strip() in ("", "1")


def results_context(request, site, text, words, filters):
    groups = searching.synonym_groups()
    attempt, suggestion = searching.find(site, words, groups, filters)
    paginator = Paginator(attempt.ids, PER_PAGE)
    number = page_number(request.GET.get("page", 1), paginator.num_pages)
    page_obj = paginator.page(number)
    shown = result_page.pages_by_ids(list(page_obj.object_list))
    marked = marked_words(attempt.words, groups)
    if is_first_visit(request):
        QueryResultCount.record(text, words, attempt.total)
    context = {
        "page_obj": page_obj,
        "results": [
            {"page": page, "snippet": result_page.result_snippet(page, marked)}
            for page in shown
        ],
        "total": attempt.total,
        "attempt_kind": attempt.kind,
        "shown_query": " ".join(attempt.words),
        "suggestion": " ".join(suggestion) if suggestion else "",
        "promotions": attempt.promotions if number == 1 else [],
    }
    if attempt.total:
        context["facets"] = result_page.facets(attempt)
    else:
        context["popular"] = result_page.popular_treatments(site)
    return context


@require_safe
@cache_control(max_age=60, public=True)
@cleans_query("q", q=1000)
def suggest(request):
    text, _ = clean_query(request.GET.get("q", ""))
    found = searching.suggestions(request, current_site(request), words_of(text))
    return JsonResponse(found, safe=False)


# The A-Z list ------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    label: str
    url: str
    kind: str  # "treatment", "condition" or "synonym"
    see: str = ""  # for synonyms: the label of the entry it stands for


def letter_of(label):
    first = label.strip()[:1].upper()
    return first if first.isalpha() else "#"


def group_by_letter(entries):
    """[(letter, [entries])], letters in order, entries by label within each."""
    ordered = sorted(entries, key=lambda e: (letter_of(e.label), e.label.casefold()))
    return [
        (letter, list(items))
        for letter, items in groupby(ordered, key=lambda e: letter_of(e.label))
    ]


def see_target(phrases, targets):
    """The first entry among `targets` (lower-case label -> Entry) that one of
    the synonym's `phrases` names, or None."""
    for phrase in phrases:
        entry = targets.get(phrase.casefold())
        if entry:
            return entry
    return None


@require_safe
def a_to_z(request):
    site = current_site(request)
    index = visible_pages(TreatmentIndexPage.objects.in_site(site), request).first()
    listing_url = index.get_url(request) if index else None
    treatments = visible_pages(TreatmentPage.objects.in_site(site), request)
    treatments = treatments.order_by("title")
    conditions = Condition.objects.filter(treatments__in=treatments).distinct()
    # With a conditions section, every condition has a page (and lay names).
    condition_pages = visible_pages(
        ConditionIndexPage.objects.in_site(site), request
    ).first()
    if condition_pages:
        conditions = Condition.objects.all()
    elif listing_url is None:
        conditions = Condition.objects.none()  # nowhere to send a reader
    treatment_entries = {
        page.pk: Entry(page.title, page.get_url(request), "treatment")
        for page in treatments
    }
    condition_entries = {
        c.pk: Entry(
            c.name,
            condition_pages.condition_url(c, request)
            if condition_pages
            else f"{listing_url}?condition={c.slug}",
            "condition",
        )
        for c in conditions
    }
    targets = {
        entry.label.casefold(): entry
        for entry in [*treatment_entries.values(), *condition_entries.values()]
    }
    entries = [*treatment_entries.values(), *condition_entries.values()]
    entries += [
        Entry(name, condition_entries[c.pk].url, "synonym", see=c.name)
        for c in conditions
        for name in c.lay_name_list
        if name.casefold() not in targets
    ]
    for synonym in Synonym.objects.all():
        target = (
            treatment_entries.get(synonym.treatment_id)
            or condition_entries.get(synonym.condition_id)
            or see_target(synonym.phrases[1:], targets)
        )
        if target and synonym.term.casefold() not in targets:
            entries.append(Entry(synonym.term, target.url, "synonym", see=target.label))
    entries = list({(e.label.casefold(), e.url): e for e in entries}.values())
    return TemplateResponse(
        request, "search/a_to_z.html", {"letters": group_by_letter(entries)}
    )
