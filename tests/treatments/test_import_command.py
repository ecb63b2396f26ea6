"""import_article on the sample files: drafts, publishing, revisions, errors."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from tests.factories import ConditionFactory, DoctorFactory
from tests.html import soup
from treatments.models import TreatmentPage

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).parent / "samples"
MARKDOWN = SAMPLES / "platelet-rich-plasma.md"
TEXT = SAMPLES / "microneedling.txt"


def run(path, *args, **options):
    out = StringIO()
    call_command("import_article", str(path), *args, stdout=out, **options)
    return out.getvalue()


def publish_options(doctor, condition):
    return {
        "publish": True,
        "evidence_level": "emerging",
        "regulatory_status": "off_label",
        "reviewer": doctor.name,
        "conditions": [condition.slug],
    }


def counts():
    return Page.objects.count(), Revision.objects.count()


def test_markdown_sample_creates_a_sectioned_draft(treatment_index, admin_client):
    output = run(MARKDOWN, parent="/treatments/")

    page = TreatmentPage.objects.child_of(treatment_index).get()
    assert page.slug == "platelet-rich-plasma-for-hair-loss"
    assert not page.live and page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    assert [block.block_type for block in draft.body] == [
        "section",
        "section",
        "faq",
        "references",
    ]
    assert draft.body[0].value["heading"] == "How the treatment works"
    assert len(draft.references()) == 2
    assert draft.summary.startswith("Platelet-rich plasma (PRP) is made")
    assert "2 sections, 2 FAQ items, 2 references:" in output
    assert "  faq: Frequently asked questions" in output
    assert f"/admin/pages/{page.pk}/edit/" in output
    assert "line 9: removed editorial placeholder “(insert link)”" in output
    assert "line 27: removed editorial placeholder “TK”" in output

    editor = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert editor.status_code == 200
    assert b"How the treatment works" in editor.content


def test_text_sample_creates_sections_faq_and_references(treatment_index, admin_client):
    output = run(TEXT, parent="http://testserver/treatments/")
    page = TreatmentPage.objects.child_of(treatment_index).get()
    draft = page.get_latest_revision_as_object()
    sections = [b.value["heading"] for b in draft.body if b.block_type == "section"]
    assert sections == [
        "Overview",
        "What happens during a session",
        "Is it safe to do at home?",
    ]
    faq = next(b.value for b in draft.body if b.block_type == "faq")
    assert [item["question"] for item in faq["items"]] == [
        "How many sessions are needed?",
        "Can it be combined with minoxidil?",
    ]
    assert draft.references()[0]["doi"] == "10.4103/0974-7753.114700"
    assert "3 sections, 2 FAQ items, 1 reference:" in output
    assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_publish_refused_without_metadata_but_draft_saved(treatment_index):
    with pytest.raises(CommandError) as error:
        run(MARKDOWN, parent="/treatments/", publish=True)

    message = str(error.value)
    assert "not published" in message
    for missing in (
        "--evidence-level",
        "--regulatory-status",
        "--reviewer",
    ):
        assert missing in message
    assert "reference" not in message  # the sample cites its sources
    page = TreatmentPage.objects.child_of(treatment_index).get()
    assert not page.live
    assert page.revisions.count() == 1


def test_publish_refused_when_article_has_no_references(treatment_index, tmp_path):
    article = tmp_path / "no-refs.md"
    article.write_text("# Laser caps\n\nLight therapy.\n\n## Use\n\nDaily.\n")
    doctor, condition = DoctorFactory(), ConditionFactory()
    with pytest.raises(CommandError, match="at least one reference"):
        run(article, parent="/treatments/", **publish_options(doctor, condition))
    assert not TreatmentPage.objects.get(slug="laser-caps").live


def test_publish_with_metadata_serves_the_article(treatment_index, client):
    doctor = DoctorFactory(name="Dr Ada Sample")
    condition = ConditionFactory(name="Hair loss", slug="hair-loss")
    output = run(MARKDOWN, parent="/treatments/", **publish_options(doctor, condition))

    page = TreatmentPage.objects.child_of(treatment_index).get()
    assert page.live and not page.has_unpublished_changes
    assert page.medical_reviewer == doctor
    assert list(page.conditions.all()) == [condition]
    # Published, not reviewed: no review dates, and readers are told so.
    assert (page.last_reviewed, page.next_review_due) == (None, None)
    assert "Published: http://testserver/treatments/platelet-rich-plasma" in output
    assert "medical review pending" in output

    html = soup(client.get(page.url))
    assert html.select_one("h1").get_text(strip=True) == page.title
    assert "its medical review is pending" in html.select_one(".review-pending").text
    assert html.select_one(".article__byline .reviewer") is None
    assert [a.get_text() for a in html.select(".toc a")] == [
        "How the treatment works",
        "Who may consider it",
        # Every block with a heading is listed, the FAQ and references too.
        "Frequently asked questions",
        "References",
    ]
    assert len(html.select("ol.references__list > li")) == 2
    body = html.select_one(".article__body")
    assert "<script>" not in str(body)
    assert "&lt;script&gt;" in str(body)


def test_second_run_makes_a_new_revision_and_keeps_live_content(
    treatment_index, client, tmp_path
):
    doctor, condition = DoctorFactory(), ConditionFactory()
    article = tmp_path / "prp.md"
    shutil.copy(MARKDOWN, article)
    run(article, parent="/treatments/", **publish_options(doctor, condition))
    page = TreatmentPage.objects.child_of(treatment_index).get()
    pages_before = Page.objects.count()

    article.write_text(
        article.read_text().replace("## Who may consider it", "## Who may choose it")
    )
    output = run(article, parent="/treatments/")

    assert "Saved a new revision" in output
    assert Page.objects.count() == pages_before
    page.refresh_from_db()
    assert page.live and page.has_unpublished_changes
    assert page.revisions.count() == 2  # the published one, then the new draft
    live_toc = [a.get_text() for a in soup(client.get(page.url)).select(".toc a")]
    assert "Who may consider it" in live_toc
    draft = page.get_latest_revision_as_object()
    assert draft.medical_reviewer == doctor  # kept when not given again
    assert "Who may choose it" in [b.value.get("heading") for b in draft.body]

    run(article, parent="/treatments/", publish=True)
    live_toc = [a.get_text() for a in soup(client.get(page.url)).select(".toc a")]
    assert "Who may choose it" in live_toc
    assert Page.objects.count() == pages_before


def test_slug_option_names_the_page_and_finds_it_again(treatment_index):
    run(TEXT, parent="/treatments/", slug="needling")
    run(TEXT, parent="/treatments/", slug="needling")
    page = TreatmentPage.objects.child_of(treatment_index).get()
    assert page.slug == "needling"
    assert page.revisions.count() == 2


def test_unicode_sample_keeps_its_characters(treatment_index):
    run(SAMPLES / "unicode-notes.md", parent="/treatments/")
    page = TreatmentPage.objects.child_of(treatment_index).get()
    assert page.title == "Café-au-lait spots and laser: what to expect ✨"
    assert page.slug == "café-au-lait-spots-and-laser-what-to-expect"
    draft = page.get_latest_revision_as_object()
    assert draft.body[0].value["heading"] == "Résumé for patients 😊"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.md", b"", "empty"),
        ("binary.txt", b"Title\n\x00\x00\x89PNG", "binary"),
        ("latin1.txt", "Café\n\nUn texte.".encode("latin-1"), "not valid UTF-8"),
        ("article.docx", b"Title\n\nText.", "Unsupported file type"),
    ],
)
def test_bad_files_change_nothing(treatment_index, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    before = counts()
    with pytest.raises(CommandError, match=message):
        run(path, parent="/treatments/")
    assert counts() == before


def test_missing_file_changes_nothing(treatment_index, tmp_path):
    before = counts()
    with pytest.raises(CommandError, match="No such file"):
        run(tmp_path / "nope.md", parent="/treatments/")
    assert counts() == before


@pytest.mark.parametrize(
    ("parent", "message"),
    [
        ("/no-such-section/", "No page at /no-such-section/"),
        ("/", "must be a treatment index page"),
    ],
)
def test_bad_parent_is_refused(treatment_index, parent, message):
    before = counts()
    with pytest.raises(CommandError, match=message):
        run(MARKDOWN, parent=parent)
    assert counts() == before


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"reviewer": "Dr Nobody"}, "No doctor named “Dr Nobody”"),
        ({"reviewer": "999999"}, "No doctor with id 999999"),
        ({"conditions": ["nope"]}, "Unknown condition slug"),
    ],
)
def test_bad_metadata_changes_nothing(treatment_index, options, message):
    before = counts()
    with pytest.raises(CommandError, match=message):
        run(MARKDOWN, parent="/treatments/", **options)
    assert counts() == before


@pytest.mark.parametrize("option", ["--last-reviewed", "--next-review-due"])
def test_review_dates_cannot_be_given(treatment_index, option):
    """Only an approval records a review: the options are gone."""
    before = counts()
    with pytest.raises(CommandError, match="unrecognized arguments"):
        run(MARKDOWN, "--parent", "/treatments/", option, "2026-05-01")
    assert counts() == before


def test_submit_and_publish_exclude_each_other(treatment_index):
    with pytest.raises(CommandError, match="not allowed with argument"):
        run(MARKDOWN, "--parent", "/treatments/", "--submit", "--publish")


def test_revision_is_attributed_to_the_given_user(treatment_index, admin_user):
    run(MARKDOWN, parent="/treatments/", user=admin_user.username)
    page = TreatmentPage.objects.child_of(treatment_index).get()
    assert page.get_latest_revision().user == admin_user
    with pytest.raises(CommandError, match="No user named “ghost”"):
        run(MARKDOWN, parent="/treatments/", user="ghost")
    assert page.revisions.count() == 1


def test_reviewer_by_id(treatment_index):
    doctor = DoctorFactory()
    run(MARKDOWN, parent="/treatments/", reviewer=str(doctor.pk))
    page = TreatmentPage.objects.child_of(treatment_index).get()
    assert page.get_latest_revision_as_object().medical_reviewer == doctor
