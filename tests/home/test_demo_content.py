"""The demo articles are Markdown files read through the article importer (the
importer's largest test), and `load_demo` keeps what editors changed."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.demo.content import (
    DemoContentError,
    article_paths,
    load_articles,
    read_demo_article,
    reference_library,
)
from treatments.hooks import publish_problems
from treatments.importer import read_article
from treatments.importing import missing_for_publish
from treatments.models import Condition, Doctor, TreatmentPage

FLAGSHIP = "exosomes-for-hair-restoration"
DEMO_BLOCK_TYPES = {
    "section",
    "callout",
    "urgent_care",
    "key_facts",
    "faq",
    "references",
}


def without_ids(value):
    """Stored StreamField data without block ids and ListBlock item wrappers."""
    if isinstance(value, dict) and value.get("type") == "item" and "id" in value:
        return without_ids(value["value"])
    if isinstance(value, dict):
        return {key: without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    return value


def load_demo():
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def test_every_demo_file_imports_without_a_notice():
    library = reference_library()
    paths = article_paths()
    assert len(paths) == 10
    used = set()
    for path in paths:
        article = read_article(path.read_bytes(), path.name, library)
        assert article.notices == [], path.name
        assert {"slug", "reviewer"} <= set(article.metadata)
        # Review dates come from the demo's approval, never from the file.
        assert not {"last_reviewed", "next_review_due"} & set(article.metadata)
        used |= {block["type"] for block in article.body}
    # Every block type the demo shows comes through the importer.
    assert used == DEMO_BLOCK_TYPES


def test_a_demo_file_with_notices_is_refused(tmp_path):
    text = article_paths()[0].read_text(encoding="utf-8")
    broken = tmp_path / "broken.md"
    broken.write_text(text.replace("\n## ", "\n(insert link)\n\n## ", 1))
    with pytest.raises(DemoContentError, match="removed editorial placeholder"):
        read_demo_article(broken, reference_library())


def test_a_demo_file_without_its_reviewer_is_refused(tmp_path):
    text = article_paths()[0].read_text(encoding="utf-8")
    broken = tmp_path / "broken.md"
    broken.write_text(
        "\n".join(line for line in text.split("\n") if "reviewer:" not in line)
    )
    with pytest.raises(DemoContentError, match="front matter lacks reviewer"):
        read_demo_article(broken, reference_library())


@pytest.mark.django_db
def test_load_demo_saves_what_the_importer_reads_and_every_article_publishes():
    load_demo()
    articles = load_articles()
    pages = {page.slug: page for page in TreatmentPage.objects.live()}
    assert set(pages) == {article["slug"] for article in articles}
    for article in articles:
        page = pages[article["slug"]]
        expected = [{"type": kind, "value": value} for kind, value in article["body"]]
        assert without_ids(page.body.get_prep_value()) == expected, page.slug
        assert (page.title, page.summary) == (article["title"], article["summary"])
        assert missing_for_publish(page) == [], page.slug
        assert publish_problems(page.get_latest_revision()) == [], page.slug
        page.full_clean()


@pytest.mark.django_db
def test_load_demo_keeps_an_editors_changes_to_an_article_and_a_snippet():
    load_demo()
    page = TreatmentPage.objects.get(slug=FLAGSHIP)
    edited = page.get_latest_revision_as_object()
    edited.title = "Exosomes and hair: what is known"
    edited.body[0].value["heading"] = "The short version"
    edited.save_revision().publish()
    condition = Condition.objects.get(slug="androgenetic-alopecia")
    condition.description = "Edited by an editor."
    condition.save()
    doctor = page.medical_reviewer
    doctor.name = "Dr Alex Rivera (renamed)"
    doctor.save()
    revisions = page.revisions.count()
    pages = Page.objects.count()

    assert "nothing changed" in load_demo()

    page = TreatmentPage.objects.get(slug=FLAGSHIP)
    assert page.title == "Exosomes and hair: what is known"
    assert page.body[0].value["heading"] == "The short version"
    assert page.revisions.count() == revisions
    assert not page.has_unpublished_changes
    assert Condition.objects.get(slug=condition.slug).description == (
        "Edited by an editor."
    )
    assert Doctor.objects.get(pk=doctor.pk).name == "Dr Alex Rivera (renamed)"
    assert Doctor.objects.count() == 3
    assert Page.objects.count() == pages
