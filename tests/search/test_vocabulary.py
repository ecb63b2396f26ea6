"""The spelling vocabulary: stored per site, rebuilt when the pages change."""

from wagtail.models import Site

from search.caching import bump_content_version, content_version
from search.models import SiteVocabulary
from search.vocabulary import site_vocabulary, title_words

from .conftest import make_treatment
from .test_search_page import result_titles


def stored_words(site):
    return SiteVocabulary.objects.get(site=site).words.split()


def test_a_misspelled_search_stores_the_site_vocabulary(client, treatments):
    client.get("/search/", {"q": "platlet"})
    site = Site.objects.get(is_default_site=True)
    assert {"minoxidil", "topical", "platelet", "exosomes"} <= set(stored_words(site))


def test_condition_names_are_read_on_each_use(treatments, areata):
    site = Site.objects.get(is_default_site=True)
    site_vocabulary(site)
    areata.name = "Patchy alopecia"
    areata.save()
    assert "patchy" in site_vocabulary(site)


def test_publishing_rebuilds_the_vocabulary_after_commit(
    treatments, treatment_index, django_capture_on_commit_callbacks
):
    site = Site.objects.get(is_default_site=True)
    site_vocabulary(site)
    page = make_treatment(treatment_index, "Dutasteride capsules", "A tablet.")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "dutasteride" in stored_words(site)


def test_unpublishing_rebuilds_the_vocabulary_after_commit(
    treatments, django_capture_on_commit_callbacks
):
    site = Site.objects.get(is_default_site=True)
    site_vocabulary(site)
    with django_capture_on_commit_callbacks(execute=True):
        treatments["prp"].unpublish()
    assert "platelet" not in stored_words(site)


def test_a_change_the_signals_missed_is_noticed_by_the_next_search(
    client, treatments, treatment_index
):
    client.get("/search/", {"q": "platlet"})
    # The test's transaction never commits: no rebuild ran for this page.
    make_treatment(treatment_index, "Dutasteride capsules", "A tablet.")
    response = client.get("/search/", {"q": "dutastride"})
    assert result_titles(response) == ["Dutasteride capsules"]


def test_words_checked_under_the_current_version_are_read_as_they_are(
    treatments, django_assert_num_queries
):
    site = Site.objects.get(is_default_site=True)
    title_words(site, content_version())
    with django_assert_num_queries(1):  # the stored row
        words = title_words(site, content_version())
    assert "minoxidil" in words
    bump_content_version()
    # The row, the pages' state (the aggregate; view restrictions come from
    # their cache): unchanged, so only the row's version is written.
    with django_assert_num_queries(3):
        assert title_words(site, content_version()) == words
