"""Private stays private on the pages a visitor reads: a view-restricted
treatment and a draft, linked from everywhere (tests/security/private_site),
appear on no page an anonymous visitor reads; the restricted one does appear
for a visitor who passed its restriction, so each check can fail."""

import json
import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Page, PageViewRestriction

from home.models import HomeFeaturedTreatment
from inquiries.fill_time import make_fill_token
from inquiries.forms import HONEYPOT_FIELD, STARTED_FIELD
from inquiries.models import InquiryFormPage, InquirySubmission
from tests.factories import TreatmentPageFactory
from treatments.models import RelatedTreatment

from .private_site import (
    DRAFT_WORD,
    PASSWORD,
    PRIVATE_WORD,
    build_private_site,
    leaked_words,
)

pytestmark = pytest.mark.django_db


def ok(response):
    assert response.status_code == 200
    return response


def card_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in soup.select(".card__title")]


def test_related_cards_and_linked_from(client, member_client, private_site):
    # The public article lists both as alternatives; both list it back.
    assert leaked_words(ok(client.get(private_site.public.url))) == []
    shown = card_titles(ok(member_client.get(private_site.public.url)))
    assert shown == [private_site.private.title]  # a draft, for no one


def test_linked_from_on_a_page_linked_by_the_private_one(client, private_site):
    # The private page links to the public one; a second public article also
    # does, so "Articles that mention this treatment" is shown.
    index = private_site.public.get_parent()
    other = build_other_public_article(index, private_site)
    response = ok(client.get(other.url))
    assert card_titles(response) == [private_site.public.title]
    assert leaked_words(response) == []


def build_other_public_article(index, private_site):
    other = TreatmentPageFactory(parent=index, title="Scalp massage")
    for page in (private_site.public, private_site.private, private_site.draft):
        RelatedTreatment.objects.create(page=page, target=other)
    return other


def test_rich_text_links(client, private_site):
    # The editor's words stay; the addresses of the hidden pages go.
    soup = BeautifulSoup(ok(client.get(private_site.public.url)).content, "html.parser")
    links = soup.find_all("a", string="another option")
    assert [link.get("href") for link in links] == [None, None]
    hrefs = " ".join(link.get("href") or "" for link in soup.find_all("a"))
    assert PRIVATE_WORD not in hrefs and DRAFT_WORD not in hrefs


def test_rich_text_link_to_a_public_page_keeps_its_address(client, private_site):
    # Once the restriction goes, the link leads to the page again.
    private_site.restriction.delete()
    soup = BeautifulSoup(ok(client.get(private_site.public.url)).content, "html.parser")
    hrefs = [a.get("href") for a in soup.find_all("a", string="another option")]
    assert hrefs == [private_site.private.url, None]  # the draft stays unlinked


def test_home_page_features(client, member_client, private_site):
    assert card_titles(ok(client.get("/"))) == [private_site.public.title]
    assert leaked_words(ok(client.get("/"))) == []
    assert card_titles(ok(member_client.get("/"))) == [
        private_site.private.title,
        private_site.public.title,
    ]


def test_treatment_listing_filters_and_counts(client, member_client, private_site):
    response = ok(client.get("/treatments/"))
    assert card_titles(response) == [private_site.public.title]
    assert leaked_words(response) == []
    soup = BeautifulSoup(response.content, "html.parser")
    filters = soup.get_text(" ", strip=True)
    assert "Telogen effluvium" not in filters  # only the hidden pages have it
    filtered = ok(client.get("/treatments/", {"condition": "telogen-effluvium"}))
    assert card_titles(filtered) == []
    assert leaked_words(filtered) == []
    member = ok(member_client.get("/treatments/"))
    assert private_site.private.title in card_titles(member)
    assert "Telogen effluvium" in member.content.decode()


def test_condition_pages(client, member_client, private_site):
    for slug in ("pattern-hair-loss", "telogen-effluvium"):
        assert leaked_words(ok(client.get(f"/conditions/{slug}/"))) == []
    member = ok(member_client.get("/conditions/telogen-effluvium/"))
    assert leaked_words(member) == [PRIVATE_WORD]


def test_doctor_profile(client, member_client, private_site):
    url = f"/doctors/{private_site.doctor.slug}/"
    response = ok(client.get(url))
    assert private_site.public.title in response.content.decode()
    assert leaked_words(response) == []
    assert leaked_words(ok(member_client.get(url))) == [PRIVATE_WORD]


def test_a_to_z(client, member_client, private_site):
    response = ok(client.get("/treatments/a-z/"))
    assert private_site.public.title in response.content.decode()
    assert leaked_words(response) == []
    # The synonyms that point only at them are left out too.
    assert "velvet drip" not in response.content.decode()
    assert "new serum" not in response.content.decode()
    member = ok(member_client.get("/treatments/a-z/")).content.decode()
    assert private_site.private.title in member and "velvet drip" in member


def test_sitemap(client, private_site):
    response = ok(client.get("/sitemap.xml"))
    assert private_site.public.url in response.content.decode()
    assert leaked_words(response) == []


def json_ld(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        json.loads(script.string)
        for script in soup.select("script[type='application/ld+json']")
    ]


def test_json_ld(client, private_site):
    for url in ("/", private_site.public.url, "/treatments/", "/inquire/"):
        graphs = json_ld(ok(client.get(url)))
        assert graphs, url
        text = json.dumps(graphs).casefold()
        assert PRIVATE_WORD not in text and DRAFT_WORD not in text, url


def test_appointment_sheet(client, private_site):
    response = ok(client.get(private_site.public.url + "appointment-sheet/"))
    assert private_site.public.title in response.content.decode()
    assert leaked_words(response) == []


def test_inquiry_form_offers_neither(client, member_client, private_site):
    response = ok(client.get("/inquire/", {"treatment": private_site.private.slug}))
    assert leaked_words(response) == []
    soup = BeautifulSoup(response.content, "html.parser")
    options = [option.get("value") for option in soup.select("select option")]
    assert private_site.public.slug in options
    assert soup.select("option[selected][value*='zephyrine']") == []


def test_the_restricted_page_itself_still_asks(client, private_site):
    # The page's own address keeps Wagtail's answer: sign in first.
    response = client.get(private_site.private.url)
    assert response.status_code == 302
    assert client.get(private_site.draft.url).status_code == 404


@pytest.mark.parametrize("restriction_type", ["password", "login", "groups"])
def test_each_kind_of_restriction(client, django_user_model, home_page,
                                  restriction_type):  # fmt: skip
    site = build_private_site(home_page, restriction_type)
    assert leaked_words(ok(client.get(site.public.url))) == []
    user = django_user_model.objects.create_user(username="visitor", password="pw")
    client.force_login(user)
    signed_in = leaked_words(ok(client.get(site.public.url)))
    assert signed_in == ([PRIVATE_WORD] if restriction_type == "login" else [])
    if restriction_type == "password":
        form_url = f"/_util/authenticate_with_password/{site.restriction.pk}/"
        form_url += f"{site.private.pk}/"
        client.post(form_url, {"password": PASSWORD, "return_url": "/"})
    else:
        user.groups.add(site.members)
    assert leaked_words(ok(client.get(site.public.url))) == [PRIVATE_WORD]


def test_section_links_follow_a_restriction(client, private_site):
    # The header's section links are cached for every visitor: a section put
    # behind a password is dropped from them at once, and comes back.
    def menu():
        soup = BeautifulSoup(ok(client.get("/")).content, "html.parser")
        return [a["href"] for a in soup.select("nav.site-nav a")]

    assert "/conditions/" in menu()
    section = Page.objects.get(url_path="/home/conditions/")
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type="password", password=PASSWORD
    )
    assert "/conditions/" not in menu()
    restriction.delete()
    assert "/conditions/" in menu()


def test_previews_hold_links_in_memory_and_keep_the_rule(rf, private_site):
    # A preview's links are in memory (modelcluster), not in the database.
    request = rf.get("/")
    request.user = AnonymousUser()
    request.is_preview = True  # as Wagtail's preview view sets it
    public, hidden = private_site.public, [private_site.private, private_site.draft]
    public.related_treatments = [
        RelatedTreatment(target=target) for target in [*hidden, public]
    ]
    groups = public.get_context(request)["related_groups"]
    assert [link.target for group in groups for link in group["links"]] == [public]
    home = private_site.home.specific
    home.featured_treatments = [
        HomeFeaturedTreatment(treatment=page) for page in [*hidden, public]
    ]
    assert home.get_context(request)["featured"] == [public]


def inquiry_about(slug):
    page = InquiryFormPage.objects.get()
    names = {field.field_type: field.clean_name for field in page.form_fields.all()}
    return {
        names["name"]: "Jane Visitor",
        names["email"]: "jane@example.com",
        names["treatment"]: slug,
        names["doctor"]: "any",
        names["multiline"]: "Is this right for thinning at the crown?",
        names["consent"]: "on",
        HONEYPOT_FIELD: "",
        STARTED_FIELD: make_fill_token(time.time() - 60),
    }


def test_an_inquiry_cannot_name_them(client, private_site):
    # So no notification or confirmation email can name them either.
    for page in (private_site.private, private_site.draft):
        response = client.post("/inquire/", inquiry_about(page.slug))
        assert response.status_code == 200  # the form again, with its error
        assert leaked_words(response) == []
    assert not InquirySubmission.objects.exists()
    response = client.post("/inquire/", inquiry_about(private_site.public.slug))
    assert response.status_code == 302
    assert InquirySubmission.objects.get()
