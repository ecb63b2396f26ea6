"""The policy pages: tree rules, the demo's three pages, their footer links,
and the blocks that show live facts instead of numbers typed into text."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, PolicyPage
from inquiries.models import InquirySettings
from tests.factories import ConditionFactory, fresh_home_page
from treatments.models import ConditionIndexPage, SupportOrganisation
from treatments.site_pages import live_links

from .test_demo import banned_phrases_in
from .test_demo_sections import load_demo, soup

pytestmark = pytest.mark.django_db

POLICY_SLUGS = ["editorial-policy", "accessibility", "privacy"]


class PolicyPageTreeTests(WagtailPageTestCase):
    def test_policy_pages_live_under_home_and_have_no_children(self):
        self.assertAllowedParentPageTypes(PolicyPage, {HomePage})
        self.assertAllowedSubpageTypes(PolicyPage, set())
        self.assertCanCreateAt(HomePage, PolicyPage)

    def test_an_editor_creates_one_in_the_admin(self):
        from wagtail.test.utils.form_data import (
            nested_form_data,
            rich_text,
            streamfield,
        )

        home = fresh_home_page()
        self.login()
        self.assertCanCreate(
            home,
            PolicyPage,
            nested_form_data(
                {
                    "title": "Complaints",
                    "slug": "complaints",
                    "summary": "How to complain.",
                    "last_updated": "2026-12-01",
                    "body": streamfield([("text", rich_text("<p>Write to us.</p>"))]),
                }
            ),
        )


def test_load_demo_builds_the_three_policy_pages_once():
    load_demo()
    load_demo()
    pages = PolicyPage.objects.live().order_by("path")
    assert [page.slug for page in pages] == POLICY_SLUGS
    assert all(page.get_parent().specific_class is HomePage for page in pages)


def test_each_page_serves_its_summary_and_date(client, demo_content):
    for page in PolicyPage.objects.all():
        html = soup(client, page.url)
        assert html.select_one("h1").get_text(strip=True) == page.title
        description = html.select_one('meta[name="description"]')["content"]
        assert description == page.summary
        assert html.select_one(".policy__updated time")["datetime"] == (
            page.last_updated.isoformat()
        )


def test_the_footer_links_every_policy_page(client, demo_content):
    for url in ["/", "/treatments/", "/conditions/"]:
        footer = soup(client, url).select_one('nav[aria-label="Footer"]')
        links = {a.get_text(strip=True): a["href"] for a in footer.select("a")}
        for page in PolicyPage.objects.all():
            assert links[page.title] == page.url, url


def test_an_unpublished_policy_leaves_the_footer(client, demo_content):
    privacy = PolicyPage.objects.get(slug="privacy")
    assert privacy.title in soup(client, "/").select_one("footer").get_text()
    privacy.unpublish()
    assert privacy.title not in soup(client, "/").select_one("footer").get_text()


def test_the_footer_links_cost_no_query_when_warm(
    django_assert_num_queries, demo_content
):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    request._wagtail_site = Site.objects.get(is_default_site=True)
    cold = live_links(request, PolicyPage)
    with django_assert_num_queries(0):
        warm = live_links(request, PolicyPage)
    assert warm == cold
    assert [link.url for link in warm] == [
        page.get_url(request) for page in PolicyPage.objects.live().order_by("path")
    ]


def test_the_privacy_notice_states_the_retention_setting(client, demo_content):
    settings = InquirySettings.for_site(Site.objects.get(is_default_site=True))
    settings.inquiry_retention_days = 30
    settings.save()
    cache.clear()
    fact = soup(client, "/privacy/").select_one(".policy__fact")
    assert "older than 30 days are deleted" in fact.get_text(" ", strip=True)


def test_the_editorial_policy_lists_support_organisations(client, demo_content):
    html = soup(client, "/editorial-policy/")
    assert html.select(".policy__support") == []
    condition = ConditionFactory(name="Scarring alopecia", slug="scarring-alopecia")
    SupportOrganisation.objects.create(
        condition=condition, name="A support group", url="https://example.org/group"
    )
    item = soup(client, "/editorial-policy/").select_one(".policy__support li")
    links = {a.get_text(strip=True): a["href"] for a in item.select("a")}
    section = ConditionIndexPage.objects.get()
    assert links == {
        "Scarring alopecia": f"{section.url}scarring-alopecia/",
        "A support group": "https://example.org/group",
    }


def test_policy_text_keeps_the_content_rules(client, demo_content):
    for page in PolicyPage.objects.all():
        text = soup(client, page.url).select_one(".policy").get_text(" ")
        assert banned_phrases_in(text) == [], page.slug
        # Rendered without a request too (previews, exports): the default site.
        assert page.body.render_as_block()
    sample_notes = [
        page.slug
        for page in PolicyPage.objects.all()
        if "fictional" in str(page.body.raw_data)
    ]
    assert sample_notes == ["editorial-policy", "privacy"]


def test_policy_pages_are_indexed_for_search(demo_content):
    found = Page.objects.live().type(PolicyPage).search("accessibility")
    assert [page.slug for page in found][:1] == ["accessibility"]
