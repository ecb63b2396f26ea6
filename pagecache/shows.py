"""Which pages show what: for each change, the URLs whose cached copies go.

Every function here returns a `Purge`: full URLs (Django's page cache uses
their paths, the HTTP cache the URLs themselves) and whether every page of
every site goes too. The rules, from the templates and `get_context`s:

- A treatment article is shown by its own pages (the article, its
  appointment sheet), its listing (any filter or page of it), the home page
  (features, conditions), the conditions and doctors sections (a condition's
  treatments, a doctor's reviewed articles; any of them, since the article's
  conditions or reviewer may just have changed), the A-Z and the sitemap,
  and every article it links to or that links to it ("Related treatments",
  "Linked from").
- Any other page (the home page, a section, the inquiry form, a policy
  page) is linked from the header, the footer or the boxes other apps add
  to every article: the whole site goes.
- A condition or a doctor is shown by the listings above and by the articles
  that name it; their own pages are in the sections' paths, under the old
  slug when computed before a save and the new one after.
- A synonym is shown by the A-Z; a support organisation by its condition's
  page; a setting, a site or a view restriction by everything.

Search results and suggestions are never cached, so nothing here names them.
"""

from copy import copy
from dataclasses import dataclass, field

from django.urls import reverse
from wagtail.models import Page, Site

from treatments.models import (
    ConditionIndexPage,
    DoctorIndexPage,
    TreatmentIndexPage,
    TreatmentPage,
)

#: Views outside the page tree that list pages, by URL name.
SITE_LISTINGS = ["treatments_a_to_z", "sitemap"]


@dataclass
class Purge:
    urls: set = field(default_factory=set)
    everything: bool = False

    def __or__(self, other):
        return Purge(self.urls | other.urls, self.everything or other.everything)


def page_urls(page):
    """The page's URL and those of its routes (`get_cached_paths`)."""
    url = page.get_full_url()
    if url is None:  # not routable: no site serves it
        return set()
    return {url + path.lstrip("/") for path in page.get_cached_paths()}


def pages_urls(pages):
    return set().union(*(page_urls(page) for page in pages))


def listings(site):
    """The pages of `site` that list treatments, conditions or doctors."""
    sections = [
        model.objects.live().in_site(site)
        for model in (TreatmentIndexPage, ConditionIndexPage, DoctorIndexPage)
    ]
    root = site.root_page.specific
    return (
        page_urls(root)
        | set().union(*(pages_urls(pages) for pages in sections))
        | {site.root_url + reverse(name) for name in SITE_LISTINGS}
    )


def all_listings():
    return set().union(*(listings(site) for site in Site.objects.all()))


def everything_of(sites):
    """Every live page of `sites` with its routes, and the site listings."""
    urls = set()
    for site in sites:
        pages = Page.objects.live().descendant_of(site.root_page, inclusive=True)
        urls |= pages_urls(pages.specific()) | listings(site)
    return Purge(urls, everything=True)


# Pages ------------------------------------------------------------------------


def for_page(page):
    """A page published, unpublished, deleted or moved (as it is now)."""
    page = page.specific
    site = page.get_site()
    if not isinstance(page, TreatmentPage):
        return everything_of([site] if site else Site.objects.all())
    links_here = TreatmentPage.objects.filter(related_treatments__target=page)
    linked_from_here = TreatmentPage.objects.filter(linked_from_set__page=page)
    related = (links_here | linked_from_here).exclude(pk=page.pk)
    return Purge(
        page_urls(page)
        | page_urls(page.get_parent().specific)
        | (listings(site) if site else set())
        | pages_urls(related.distinct())
    )


def for_moved_page(page, url_path_before, parent_before):
    """A page moved (or its slug changed): its new and old addresses, and
    those of every page under it, and the listing it left."""
    before = old_addresses(page, url_path_before)
    left = page_urls(parent_before.specific) if parent_before else set()
    return for_page(page) | Purge(before | left)


def old_addresses(page, url_path_before):
    """The URLs `page` and its descendants had when its url_path was
    `url_path_before` (the pages as they are now, addressed as before)."""
    urls = set()
    subtree = Page.objects.descendant_of(page, inclusive=True).specific()
    for moved in subtree:
        then = copy(moved)
        then.url_path = url_path_before + moved.url_path[len(page.url_path) :]
        urls |= page_urls(then)
    return urls


def for_review_state(state):
    """A page's review state changed without a publish (an approval recorded
    after it, an outside review): its byline, JSON-LD and sheet change."""
    return for_page(state.page)


def for_related_link(link):
    """A related link added, changed or removed: both ends show it."""
    ends = TreatmentPage.objects.filter(pk__in=[link.page_id, link.target_id])
    return Purge(pages_urls(ends))


# Snippets and settings -----------------------------------------------------------


def for_condition(condition):
    """A condition saved or deleted: listings, its page, its articles."""
    named = (
        TreatmentPage.objects.live().filter(conditions=condition)
        if condition.pk
        else []
    )
    return Purge(all_listings() | pages_urls(named))


def for_doctor(doctor):
    """A doctor saved or deleted: listings, their profile, what they reviewed."""
    reviewed = (
        TreatmentPage.objects.live().filter(medical_reviewer=doctor)
        if doctor.pk
        else []
    )
    return Purge(all_listings() | pages_urls(reviewed))


def for_support_organisation(organisation):
    """Shown on its condition's page in each site's conditions section."""
    urls = set()
    slug = organisation.condition.slug
    for section in ConditionIndexPage.objects.live():
        base = section.get_full_url()
        if base:
            urls.add(base + section.subpage_path(slug).lstrip("/"))
    return Purge(urls)


def for_synonym(synonym):
    return Purge(
        {site.root_url + reverse("treatments_a_to_z") for site in Site.objects.all()}
    )


def for_setting(setting, created=False):
    """A site's setting (disclaimer, contact, SEO...): all of that site; a
    setting shared by every site: all of them.

    A row just created changes nothing cached: a page that shows a setting
    reads it through `for_site`/`load`, which creates the row, so every page
    showing its values was rendered after it existed. (The first render of
    a site creates its rows; purging then would empty the cache from a
    reader's request.)"""
    if created:
        return Purge()
    site_id = getattr(setting, "site_id", None)
    sites = Site.objects.filter(pk=site_id) if site_id else Site.objects.all()
    return everything_of(sites)


def for_site_change(instance):
    """A site added, changed or removed, or a view restriction: everything."""
    return everything_of(Site.objects.all())
