"""JSON-LD for treatment pages and the home page, built as dicts.

`to_json_ld` serialises with "<", ">" and "&" escaped as \\u003c, \\u003e and
\\u0026 so no value (a title like "</script>") can end the script element, and
drops empty values so search engines never see a property with nothing in it.
"""

import json

from django.urls import reverse
from wagtailseo.models import SeoSettings

from treatments.fragments import remembered

from .structured_citations import citation
from .structured_treatment import (
    condition,
    medical_specialties,
    patients_with,
    person,
    treatment,
)

SCHEMA = "https://schema.org"
JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}
DEFAULT_ORGANISATION_TYPE = "MedicalOrganization"
# The organisation types schema.org gives a medicalSpecialty: an admin may set
# a plain "Organization" in the SEO settings, which has none.
SPECIALIST_ORGANISATION_TYPES = {
    "MedicalOrganization",
    "MedicalClinic",
    "Hospital",
    "Physician",
}
HOME_DEPTH = 2  # the site root page sits just below Wagtail's tree root


def to_json_ld(data):
    # Compacting walks every value in Python; the plain dump (C) names the
    # data exactly, so each distinct graph is compacted once per process.
    return remembered(
        ("json-ld", json.dumps(data, ensure_ascii=False)),
        lambda: json.dumps(compact(data), ensure_ascii=False).translate(JSON_ESCAPES),
    )


def compact(value):
    """`value` without None, blank strings, or lists and dicts left empty."""
    if isinstance(value, dict):
        pairs = ((key, compact(child)) for key, child in value.items())
        return {key: child for key, child in pairs if not is_empty(child)}
    if isinstance(value, (list, tuple)):
        children = (compact(child) for child in value)
        return [child for child in children if not is_empty(child)]
    if isinstance(value, str):
        return value.strip()
    return value


def is_empty(value):
    return value is None or value == "" or value == [] or value == {}


def site_root(page):
    return page.get_site().root_url


def organisation(request, page, specialties=()):
    """The site's organisation; `specialties` are those this page shows it has."""
    seo = SeoSettings.for_request(request)
    root = site_root(page)
    org_type = seo.struct_org_type or DEFAULT_ORGANISATION_TYPE
    return {
        "@type": org_type,
        "@id": f"{root}/#organization",
        "name": seo.struct_org_name or page.get_site().site_name,
        "url": f"{root}/",
        "telephone": seo.struct_org_phone,
        "medicalSpecialty": (
            list(specialties) if org_type in SPECIALIST_ORGANISATION_TYPES else []
        ),
    }


def breadcrumb_list(request, page, page_id):
    """Home, then each ancestor below it, then the page, as the visible trail."""
    crumbs = [("Home", f"{site_root(page)}/")] + [
        (crumb.title, crumb.get_full_url(request)) for crumb in trail_below_home(page)
    ]
    return {
        "@type": "BreadcrumbList",
        "@id": f"{page_id}#breadcrumb",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": {"@id": url},
            }
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def trail_below_home(page):
    # Walk up through get_parent(), which routing has usually cached, rather
    # than querying the ancestors again: the visible breadcrumbs already did.
    trail = [page]
    while trail[-1].depth > HOME_DEPTH + 1:
        trail.append(trail[-1].get_parent())
    return list(reversed(trail))


def treatment_page_data(request, page, conditions=None, review=None):
    """MedicalWebPage about the treatment and its conditions, for patients,
    with its sources, and its review when `review` (a review_state.ReviewClaim)
    says the live text is the approved text."""
    url = page.get_full_url(request)
    root = site_root(page)
    if conditions is None:
        conditions = list(page.conditions.all()) if page.pk else []
    reviewer = page.medical_reviewer
    specialties = medical_specialties(reviewer)
    web_page = {
        "@type": "MedicalWebPage",
        "@id": f"{url}#webpage",
        "url": url,
        "name": page.title,
        "headline": page.title,
        "description": page.summary,
        "inLanguage": "en",
        "datePublished": iso(page.first_published_at),
        "dateModified": iso(page.last_published_at),
        **review_properties(review),
        "about": [
            treatment(page, url, specialties),
            *(condition(root, item) for item in conditions),
        ],
        "audience": patients_with(root, conditions),
        "specialty": specialties,
        "citation": [citation(reference) for reference in page.references()],
        "image": page.seo_image_url,
        "publisher": {"@id": f"{root}/#organization"},
        "breadcrumb": {"@id": f"{url}#breadcrumb"},
    }
    return {
        "@context": SCHEMA,
        "@graph": [
            web_page,
            breadcrumb_list(request, page, url),
            organisation(request, page, specialties),
        ],
    }


def review_properties(review):
    """lastReviewed and reviewedBy, only for a page whose live text is reviewed."""
    if review is None or not review.reviewed:
        return {}
    return {
        "lastReviewed": iso(review.reviewed_on),
        "reviewedBy": person(review.reviewer) if review.reviewer else None,
    }


def web_page_data(request, page, schema_type):
    """A page that is neither an article nor the home page: a CollectionPage
    (the treatment listing) or a ContactPage (the inquiry form), with its
    breadcrumbs and publisher."""
    url = page.get_full_url(request)
    return {
        "@context": SCHEMA,
        "@graph": [
            {
                "@type": schema_type,
                "@id": f"{url}#webpage",
                "url": url,
                "name": page.title,
                "description": page.seo_description,
                "inLanguage": "en",
                "publisher": {"@id": f"{site_root(page)}/#organization"},
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            breadcrumb_list(request, page, url),
            organisation(request, page),
        ],
    }


def home_page_data(request, page):
    """The organisation and the website, with its site search."""
    root = site_root(page)
    search_url = f"{root}{reverse('search:search')}?q={{search_term_string}}"
    org = organisation(request, page)
    return {
        "@context": SCHEMA,
        "@graph": [
            {**org, "description": page.seo_description},
            {
                "@type": "WebSite",
                "@id": f"{root}/#website",
                "url": f"{root}/",
                "name": page.get_site().site_name,
                "inLanguage": "en",
                "publisher": {"@id": org["@id"]},
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": {"@type": "EntryPoint", "urlTemplate": search_url},
                    "query-input": "required name=search_term_string",
                },
            },
        ],
    }


def iso(value):
    return value.isoformat() if value else ""
