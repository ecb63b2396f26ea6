"""Every change a reader can see reaches the next request, though each page
was in the cache beforehand (a hit): only a purge can bring the change."""

import pytest
from wagtail.models import Page

from home.models import PortalSettings
from inquiries.models import InquirySettings
from publishing.models import ReviewSettings
from search.models import Synonym
from tests.factories import TreatmentIndexPageFactory
from tests.reviewing import approved
from treatments.models import SupportOrganisation

from .conftest import served, text_of

pytestmark = pytest.mark.django_db

ARTICLE = "/treatments/minoxidil/"
PROFILE = "/doctors/dr-alex-rivera/"
WHERE_MINOXIDIL_SHOWS = [
    ARTICLE,
    ARTICLE + "appointment-sheet/",
    "/treatments/",
    "/treatments/?condition=androgenetic-alopecia",
    "/conditions/androgenetic-alopecia/",
    PROFILE,  # while its live text is the text the doctor approved
    "/treatments/a-z/",
    "/treatments/finasteride/",  # its "Related treatments"
]


def warm(client, urls):
    for url in urls:
        served(client, url)


def showing(client, urls, text):
    """The URLs among `urls` whose next response shows `text`."""
    return [url for url in urls if text in text_of(client.get(url))]


def publish(page, committed, **changes):
    page = page.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(page, name, value)
    with committed():
        page.save_revision().publish()
    return page


def test_a_published_change_reaches_the_page_its_listings_and_related_pages(
    client, minoxidil, finasteride, committed
):
    warm(client, WHERE_MINOXIDIL_SHOWS)
    publish(minoxidil, committed, title="Minoxidil foam")
    unreviewed_shows = [url for url in WHERE_MINOXIDIL_SHOWS if url != PROFILE]
    assert showing(client, WHERE_MINOXIDIL_SHOWS, "Minoxidil foam") == (
        unreviewed_shows
    )


def test_the_doctors_profile_drops_an_edit_until_it_is_approved(
    client, minoxidil, finasteride, committed
):
    warm(client, [PROFILE])
    assert "Topical minoxidil" in text_of(client.get(PROFILE))
    edited = publish(minoxidil, committed, title="Minoxidil foam")
    assert "minoxidil" not in text_of(client.get(PROFILE)).lower()
    with committed():
        approved(edited)
    assert "Minoxidil foam" in text_of(client.get(PROFILE))


def test_a_featured_article_changes_on_the_home_page_and_where_it_links(
    client, minoxidil, finasteride, committed
):
    urls = ["/", ARTICLE]  # featured; minoxidil lists it as "Linked from"
    warm(client, urls)
    publish(finasteride, committed, title="Finasteride tablets")
    assert showing(client, urls, "Finasteride tablets") == urls


def test_a_removed_related_link_leaves_the_page_it_pointed_to(
    client, minoxidil, finasteride, committed
):
    warm(client, [ARTICLE])
    assert "Oral finasteride" in text_of(client.get(ARTICLE))
    publish(finasteride, committed, related_treatments=[])
    assert "Oral finasteride" not in text_of(client.get(ARTICLE))


def test_an_unpublished_article_leaves_every_page(
    client, minoxidil, finasteride, committed
):
    warm(client, WHERE_MINOXIDIL_SHOWS)
    with committed():
        minoxidil.unpublish()
    assert client.get(ARTICLE).status_code == 404
    still = [url for url in WHERE_MINOXIDIL_SHOWS if client.get(url).status_code == 200]
    assert showing(client, still, "Topical minoxidil") == []


def test_a_deleted_article_leaves_every_page(client, minoxidil, finasteride, committed):
    warm(client, WHERE_MINOXIDIL_SHOWS)
    with committed():
        Page.objects.get(pk=minoxidil.pk).delete()
    assert client.get(ARTICLE).status_code == 404
    still = [url for url in WHERE_MINOXIDIL_SHOWS if client.get(url).status_code == 200]
    assert showing(client, still, "Topical minoxidil") == []


def test_a_moved_article_leaves_its_old_address_and_listing(
    client, home_page, minoxidil, finasteride, committed
):
    other = TreatmentIndexPageFactory(parent=home_page, title="More", slug="more")
    warm(client, [ARTICLE, "/treatments/", "/more/"])
    with committed():
        minoxidil.move(other, pos="last-child")
    # Wagtail redirects the old address; the cached article is gone from it.
    assert client.get(ARTICLE)["Location"] == "/more/minoxidil/"
    assert "Topical minoxidil" not in text_of(client.get("/treatments/"))
    assert "Topical minoxidil" in text_of(client.get("/more/"))


def test_a_new_slug_leaves_the_old_address_and_reaches_the_sitemap(
    client, minoxidil, committed
):
    warm(client, [ARTICLE, "/sitemap.xml"])
    publish(minoxidil, committed, slug="minoxidil-foam")
    assert client.get(ARTICLE)["Location"] == "/treatments/minoxidil-foam/"
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/treatments/minoxidil-foam/" in sitemap
    assert "/treatments/minoxidil/<" not in sitemap


def test_a_renamed_condition_reaches_every_page_that_names_it(
    client, minoxidil, condition, committed
):
    old_page = "/conditions/androgenetic-alopecia/"
    urls = [ARTICLE, "/", "/treatments/", "/conditions/", "/treatments/a-z/"]
    warm(client, [*urls, old_page])
    condition.name, condition.slug = "Pattern hair loss", "pattern-hair-loss"
    with committed():
        condition.save()
    assert showing(client, urls, "Pattern hair loss") == urls
    assert client.get(old_page).status_code == 404
    assert "Pattern hair loss" in text_of(client.get("/conditions/pattern-hair-loss/"))


def test_a_deleted_condition_leaves_its_articles(
    client, minoxidil, condition, committed
):
    urls = [ARTICLE, "/", "/conditions/", "/treatments/a-z/"]
    warm(client, urls)
    with committed():
        condition.delete()
    assert showing(client, urls, "Androgenetic alopecia") == []


def test_a_renamed_doctor_reaches_their_articles_and_profile(
    client, minoxidil, doctor, committed
):
    urls = [ARTICLE, "/doctors/", "/doctors/dr-alex-rivera/"]
    with committed():
        approved(minoxidil)  # so the article's byline names its reviewer
    warm(client, urls)
    doctor.name = "Dr Sam Rivera (sample)"
    with committed():
        doctor.save()
    assert showing(client, urls, "Dr Sam Rivera") == urls


def test_a_support_organisation_reaches_its_condition_page(
    client, minoxidil, condition, committed
):
    page = "/conditions/androgenetic-alopecia/"
    warm(client, [page])
    with committed():
        SupportOrganisation.objects.create(
            condition=condition, name="Hair Loss Support (sample)",
            url="https://example.org/support",
        )  # fmt: skip
    assert "Hair Loss Support (sample)" in text_of(client.get(page))


def test_a_synonym_reaches_the_a_to_z(client, minoxidil, committed):
    warm(client, ["/treatments/a-z/"])
    with committed():
        Synonym.objects.create(
            term="Rogaine", equivalents="minoxidil", treatment=minoxidil
        )
    assert "Rogaine" in text_of(client.get("/treatments/a-z/"))


def test_portal_settings_reach_every_page(client, minoxidil, home_page, committed):
    urls = ["/", ARTICLE, "/treatments/", "/conditions/", "/treatments/a-z/"]
    warm(client, urls)
    settings = PortalSettings.for_site(home_page.get_site())
    settings.disclaimer = "A new disclaimer for every page."
    with committed():
        settings.save()
    assert showing(client, urls, "A new disclaimer for every page.") == urls


@pytest.mark.parametrize("model", [InquirySettings, ReviewSettings])
def test_any_site_setting_renders_the_site_again(
    client, minoxidil, home_page, committed, model
):
    warm(client, [ARTICLE, "/"])
    with committed():
        model.for_site(home_page.get_site()).save()
    assert client.get(ARTICLE)["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_a_section_page_change_renders_the_site_again(
    client, minoxidil, treatment_index, committed
):
    warm(client, [ARTICLE, "/doctors/"])
    publish(treatment_index, committed, title="All treatments")
    assert client.get(ARTICLE)["X-Page-Cache"] == "miss"
    assert client.get("/doctors/")["X-Page-Cache"] == "miss"


def test_an_unrelated_article_keeps_its_cached_copy(
    client, minoxidil, finasteride, committed, treatment_index, condition, doctor
):
    """Purges are aimed: publishing one article leaves others' copies."""
    from .conftest import article

    with committed():
        article(treatment_index, "Laser therapy", "laser", condition, doctor)
    warm(client, ["/treatments/laser/"])
    publish(finasteride, committed, title="Finasteride tablets")
    assert client.get("/treatments/laser/")["X-Page-Cache"] == "hit"


def test_a_review_recorded_without_a_publish_reaches_the_page_and_its_sheet(
    client, minoxidil, doctor, admin_user, committed
):
    from publishing.outside_review import record_outside_review

    urls = [ARTICLE, ARTICLE + "appointment-sheet/"]
    publish(minoxidil, committed, title="Minoxidil foam")  # not reviewed
    minoxidil.refresh_from_db()
    warm(client, urls + [PROFILE])
    assert showing(client, urls, "medical review is pending") == urls
    assert "Minoxidil foam" not in text_of(client.get(PROFILE))
    with committed():
        record_outside_review(
            minoxidil, admin_user, doctor, "Reviewed on paper at the clinic meeting."
        )
    assert showing(client, urls, "medical review is pending") == []
    assert showing(client, urls, "Medically reviewed by") == urls
    assert "Minoxidil foam" in text_of(client.get(PROFILE))
