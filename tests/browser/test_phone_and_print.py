"""On a phone: one search box, 24 px tap targets, the first result on the
first screen. On paper: the site, the page's address and its review dates."""

import re

import pytest
from playwright.sync_api import expect

from .pages import EXOSOME_URL

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE_PAGES = [
    "/",
    "/search/?q=hair",
    "/treatments/a-z/",
    "/treatments/",
    "/conditions/",
    "/conditions/androgenetic-alopecia/",
    "/doctors/",
    EXOSOME_URL,
    "/inquire/",
]

# Every visible control, with whether it sits inside a sentence: WCAG 2.2's
# 2.5.8 exempts a link in running text (its size is the line's), nothing else.
TARGETS_JS = """() => [...document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary')]
  .map(el => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const block = el.closest('p, li, dd, td, figcaption');
    const ownText = el.textContent.trim().length;
    const inSentence = style.display === 'inline' && block !== null
      && block.textContent.trim().length > ownText + 3
      && !el.closest('nav, .site-footer, .breadcrumbs');
    return {label: (el.textContent.trim() || el.name || el.tagName).slice(0, 40),
            width: box.width, height: box.height, inSentence,
            shown: box.width > 0 && box.height > 0 && style.visibility !== 'hidden'};
  })
  .filter(target => target.shown && !target.inSentence)"""


@pytest.mark.parametrize("viewport", ["phone"])
def test_every_tap_target_is_at_least_24_px(page, viewport):
    too_small = {}
    checked = 0
    for url in PHONE_PAGES:
        page.goto(url)
        targets = page.evaluate(TARGETS_JS)
        checked += len(targets)
        small = [
            (t["label"], round(t["width"]), round(t["height"]))
            for t in targets
            if t["width"] < 24 or t["height"] < 24
        ]
        if small:
            too_small[url] = small
    assert too_small == {}
    assert checked > 200  # the A-Z letters, filters, footer links... all measured


@pytest.mark.parametrize("viewport", ["phone"])
@pytest.mark.parametrize("url", ["/", "/search/?q=minoxidil", EXOSOME_URL, "/nope/"])
def test_a_phone_shows_one_search_box(page, viewport, url):
    page.goto(url)
    boxes = page.locator('input[type="search"]')
    visible = [i for i in range(boxes.count()) if boxes.nth(i).is_visible()]
    assert len(visible) == 1, url


@pytest.mark.parametrize("viewport", ["phone"])
def test_the_first_result_is_on_the_first_screen(page, viewport, screenshot):
    page.goto("/search/?q=minoxidil")
    title = page.locator(".search-results .search-result").first.locator("a").first
    expect(title).to_be_visible()
    box = title.bounding_box()
    assert box["y"] + box["height"] <= 844, box
    assert page.evaluate("window.scrollY") == 0
    screenshot(page, "first-screen", full_page=False)


def test_a_printed_article_names_the_site_its_address_and_its_review(
    page, viewport, screenshot
):
    page.goto(EXOSOME_URL)
    header = page.locator(".print-header")
    expect(header).to_be_hidden()  # on screen the page header says it all
    page.emulate_media(media="print")
    expect(header).to_be_visible()
    expect(header).to_contain_text("Clinic Network")
    expect(header).to_contain_text(page.url)
    expect(header).to_contain_text(re.compile(r"Last reviewed \d+ \w+ \d{4}\."))
    expect(header).to_contain_text(re.compile(r"Next review due \w+ \d{4}\."))
    for hidden in (".site-nav", ".site-search", ".toc", ".cta", "form"):
        assert not page.locator(hidden).first.is_visible(), hidden
    # The disclaimer prints once, with the article.
    expect(page.get_by_text("Medical disclaimer:")).to_have_count(1)
    screenshot(page, "print")


def test_the_printed_sheet_lists_its_warning_signs_and_the_real_address(
    page, viewport, screenshot
):
    page.goto(EXOSOME_URL + "appointment-sheet/")
    page.emulate_media(media="print")
    signs = page.locator(".sheet__signs li")
    assert signs.count() >= 3
    assert signs.first.evaluate("li => getComputedStyle(li).display") == "list-item"
    # The live server's own address: the Site record the demo fixture set.
    expect(page.locator(".sheet__url")).to_have_text(page.url.split("appointment")[0])
    expect(page.locator(".print-header")).to_contain_text(page.url)
    screenshot(page, "sheet-print")
