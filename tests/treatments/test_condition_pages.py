"""Condition pages: /conditions/ and /conditions/<slug>/, served from the
Condition snippets by one routable page."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import HomePage
from tests.factories import (
    ConditionFactory,
    ConditionIndexPageFactory,
    TreatmentPageFactory,
    fresh_home_page,
)
from tests.html import page_soup as soup
from treatments.models import ConditionIndexPage, SupportOrganisation

# A warm request with no page cache (the site, site-root paths, view
# restrictions, the header's section links and the site settings cached by
# the first request). The 5 are: routing to the section (2: the pages on the
# way by URL path, the section's specific row), the condition, its support
# organisations and the treatments (all in one query, however many).
CONDITION_PAGE_QUERIES = 5


@pytest.fixture
def conditions_section(home_page):
    return ConditionIndexPageFactory(parent=home_page)


@pytest.fixture
def alopecia(db):
    return ConditionFactory(
        name="Androgenetic alopecia",
        slug="androgenetic-alopecia",
        description="Inherited thinning.",
        lay_names="hair loss, balding",
        overview="<p>Pattern hair loss, explained plainly.</p>",
        when_to_get_help="<p>See a doctor if hair falls out in patches.</p>",
    )


def treatment(index, title, evidence, status, *conditions, **kwargs):
    page = TreatmentPageFactory(
        parent=index,
        title=title,
        evidence_level=evidence,
        regulatory_status=status,
        **kwargs,
    )
    page.conditions.set(conditions)
    page.save_revision().publish()
    return page


class ConditionIndexTreeTests(WagtailPageTestCase):
    def test_conditions_section_lives_only_under_home_once(self):
        self.assertAllowedParentPageTypes(ConditionIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ConditionIndexPage, set())
        home = fresh_home_page()
        assert ConditionIndexPage.can_create_at(home)
        ConditionIndexPageFactory(parent=home)
        assert not ConditionIndexPage.can_create_at(home)  # max_count 1

    def test_section_and_a_condition_route_and_render(self):
        home = fresh_home_page()
        section = ConditionIndexPageFactory(parent=home)
        ConditionFactory(slug="telogen-effluvium", name="Telogen effluvium")
        self.assertPageIsRoutable(section)
        self.assertPageIsRenderable(section)
        self.assertPageIsRoutable(section, "telogen-effluvium/")
        self.assertPageIsRenderable(section, "telogen-effluvium/")


def test_condition_page_shows_overview_help_and_lay_names(
    client, conditions_section, alopecia
):
    html = soup(client.get("/conditions/androgenetic-alopecia/"))
    assert html.select_one("h1").text == "Androgenetic alopecia"
    assert html.select_one(".condition__lay-names").text == (
        "Also called: hair loss, balding"
    )
    assert "explained plainly" in html.select_one(".condition__overview").text
    help_box = html.select_one(".condition__help")
    assert help_box.select_one("h2").get_text(" ", strip=True) == (
        "Important: When to get help"
    )
    assert "in patches" in help_box.text
    assert html.title.text.startswith("Androgenetic alopecia |")
    assert html.select_one("link[rel=canonical]")["href"] == (
        "http://testserver/conditions/androgenetic-alopecia/"
    )
    assert html.select_one("meta[name=description]")["content"] == (
        "Inherited thinning."
    )
    crumbs = [a["href"] for a in html.select(".breadcrumbs a")]
    assert crumbs == ["/", "/conditions/", "/conditions/androgenetic-alopecia/"]


def test_treatments_are_grouped_by_evidence_then_status(
    client, treatment_index, conditions_section, alopecia
):
    other = ConditionFactory(name="Skin ageing", slug="skin-ageing")
    treatment(treatment_index, "Minoxidil", "established", "approved", alopecia)
    treatment(treatment_index, "Hair transplant", "established", "procedure", alopecia)
    treatment(treatment_index, "Laser", "emerging", "cleared", alopecia)
    treatment(treatment_index, "Exosomes", "experimental", "not_approved", alopecia)
    treatment(treatment_index, "Retinoid", "established", "approved", other)
    draft = treatment(treatment_index, "Draft", "emerging", "cleared", alopecia)
    draft.unpublish()
    private = treatment(treatment_index, "Private", "emerging", "cleared", alopecia)
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    html = soup(client.get("/conditions/androgenetic-alopecia/"))

    groups = [
        (
            group.select_one("h2").text,
            [
                (status.select_one("h3").text, [a.text for a in status.select("h4 a")])
                for status in group.select(".treatment-group__status")
            ],
        )
        for group in html.select(".treatment-group")
    ]
    assert groups == [
        (
            "Evidence: Established",
            [
                ("Approved for this use", ["Minoxidil"]),
                ("Medical procedure", ["Hair transplant"]),
            ],
        ),
        ("Evidence: Emerging", [("Cleared device", ["Laser"])]),
        ("Evidence: Experimental", [("Not approved", ["Exosomes"])]),
    ]
    assert html.select_one(".condition__treatment-count").text.startswith(
        "4 treatments for Androgenetic alopecia"
    )
    assert html.select_one("h4 a[href='/treatments/minoxidil/']")
    assert html.select_one(".condition__no-treatments") is None


def test_a_condition_without_treatments_says_so_and_lists_none(
    client, treatment_index, conditions_section, alopecia
):
    ConditionFactory(name="Telogen effluvium", slug="telogen-effluvium")
    treatment(treatment_index, "Minoxidil", "established", "approved", alopecia)

    html = soup(client.get("/conditions/telogen-effluvium/"))

    assert html.select(".card") == []
    assert html.select(".treatment-group") == []
    assert "no published treatment articles for Telogen effluvium" in (
        html.select_one(".condition__no-treatments").text
    )
    # No text of its own: the site's help tiers, never an empty box.
    help_box = html.select_one(".condition__help")
    assert len(help_box.select(".help-tier")) == 3
    assert "make an appointment with your own doctor" in help_box.text
    assert html.select_one(".condition__overview") is None


def test_support_organisations_are_listed_only_when_editors_add_them(
    client, conditions_section, alopecia
):
    html = soup(client.get("/conditions/androgenetic-alopecia/"))
    assert html.select_one(".condition__support") is None

    SupportOrganisation.objects.create(
        condition=alopecia,
        name="988 Suicide & Crisis Lifeline",
        url="https://988lifeline.org/",
        description="Call or text 988 (U.S.).",
    )
    html = soup(client.get("/conditions/androgenetic-alopecia/"))
    link = html.select_one(".condition__support li a")
    assert (link.text, link["href"]) == (
        "988 Suicide & Crisis Lifeline",
        "https://988lifeline.org/",
    )


def test_unknown_condition_is_not_found(client, conditions_section):
    assert client.get("/conditions/no-such-condition/").status_code == 404


def test_index_lists_every_condition_with_lay_names(
    client, conditions_section, alopecia
):
    ConditionFactory(name="Telogen effluvium", slug="telogen-effluvium")
    html = soup(client.get("/conditions/"))
    links = [(a.text, a["href"]) for a in html.select(".condition-list li > a")]
    assert links == [
        ("Androgenetic alopecia", "/conditions/androgenetic-alopecia/"),
        ("Telogen effluvium", "/conditions/telogen-effluvium/"),
    ]
    assert "hair loss, balding" in html.select_one(".condition-list li").text


def test_sitemap_and_cache_paths_name_every_condition_page(
    client, conditions_section, alopecia
):
    ConditionFactory(name="Telogen effluvium", slug="telogen-effluvium")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/conditions/androgenetic-alopecia/" in sitemap
    assert "http://testserver/conditions/telogen-effluvium/" in sitemap
    assert sorted(conditions_section.get_cached_paths()) == [
        "/",
        "androgenetic-alopecia/",
        "telogen-effluvium/",
    ]


@pytest.mark.parametrize("treatment_count", [1, 6])
def test_condition_page_query_count_does_not_grow_with_treatments(
    client,
    treatment_index,
    conditions_section,
    alopecia,
    treatment_count,
    django_assert_num_queries,
):
    levels = ["established", "emerging", "experimental"]
    for number in range(treatment_count):
        treatment(
            treatment_index, f"T{number}", levels[number % 3], "approved", alopecia
        )
    url = "/conditions/androgenetic-alopecia/"
    client.get(url)  # warm Wagtail's site-root cache and the section links
    with django_assert_num_queries(CONDITION_PAGE_QUERIES):
        response = client.get(url)
    assert len(soup(response).select(".card")) == treatment_count


def test_editor_writes_a_condition_page_in_the_snippet(
    admin_client, conditions_section
):
    response = admin_client.post(
        reverse("wagtailsnippets_treatments_condition:add"),
        nested_form_data(
            {
                "name": "Alopecia areata",
                "slug": "alopecia-areata",
                "description": "Round patches of hair loss.",
                "lay_names": "patchy hair loss",
                "overview": rich_text("<p>An autoimmune condition.</p>"),
                "when_to_get_help": rich_text("<p>See a doctor.</p>"),
                "support_organisations": inline_formset(
                    [
                        {
                            "name": "A support group",
                            "url": "https://example.org/support",
                            "description": "",
                        }
                    ]
                ),
            }
        ),
    )
    assert response.status_code == 302
    html = soup(admin_client.get("/conditions/alopecia-areata/"))
    assert html.select_one(".condition__lay-names").text == (
        "Also called: patchy hair loss"
    )
    assert html.select_one(".condition__support a").text == "A support group"
