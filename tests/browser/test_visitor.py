"""A visitor's journey: home, the exosome article, its contents, a related treatment."""

import re

import pytest
from playwright.sync_api import expect

from .pages import EXOSOME_URL

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_visitor_reads_the_exosome_article(page, viewport, screenshot):
    page.goto("/")
    expect(page.locator("h1")).to_have_count(1)
    screenshot(page, "1-home")

    page.get_by_role("link", name="Treatments", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/treatments/$"))
    page.get_by_role("link", name="Exosomes for hair restoration").click()
    expect(page).to_have_url(re.compile(re.escape(EXOSOME_URL) + "$"))
    expect(page.locator("h1")).to_contain_text("xosome")
    screenshot(page, "2-article-top", full_page=False)

    # Table of contents: folded on phones, open beside the text on wide screens.
    toc = page.locator(".toc__details")
    if viewport == "phone":
        expect(toc).not_to_have_attribute("open", "")
        page.locator(".toc summary").click()
    expect(toc).to_have_attribute("open", "")
    entry = page.locator(".toc a").nth(2)
    target = entry.get_attribute("href")
    entry.click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    heading = page.locator(target)
    expect(heading).to_be_in_viewport()
    if viewport == "desktop":
        # The contents stay in view beside the text while reading.
        expect(page.locator(".toc")).to_be_in_viewport()
    screenshot(page, "3-toc-followed", full_page=False)

    related = page.locator(".related .card__title a").first
    related_title = related.text_content().strip()
    related.click()
    expect(page.locator("h1")).to_have_text(related_title)
    screenshot(page, "4-related-treatment", full_page=False)


@pytest.mark.parametrize("viewport", ["desktop"])  # paper has one width
def test_article_prints_without_navigation(page, viewport, screenshot):
    page.goto(EXOSOME_URL)
    page.emulate_media(media="print")
    for selector in (".site-header", ".toc", ".cta", ".breadcrumbs"):
        expect(page.locator(selector).first).to_be_hidden()
    expect(page.locator(".article__byline .reviewer")).to_be_visible()
    expect(page.locator(".reference__url").first).to_be_visible()
    screenshot(page, "print")


@pytest.mark.parametrize("viewport", ["desktop"])
def test_appointment_sheet_is_one_printed_page(page, viewport, screenshot):
    page.goto(EXOSOME_URL)
    page.get_by_role("link", name=re.compile("Take to your appointment")).click()
    expect(page.locator("h1")).to_contain_text("xosome")
    for question in (
        "Is it approved for this use?",
        "What is the evidence?",
        "What does it cost?",
        "What are the alternatives?",
    ):
        expect(page.get_by_text(question)).to_be_visible()
    screenshot(page, "sheet")
    assert printed_page_count(page) == 1

    # Every demo treatment's sheet fits one page, not just the flagship one.
    page.goto("/treatments/")
    for href in page.locator(".card__title a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    ):
        page.goto(href + "appointment-sheet/")
        assert printed_page_count(page) == 1, href


def printed_page_count(page):
    pdf = page.pdf(format="A4", print_background=False)
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))
