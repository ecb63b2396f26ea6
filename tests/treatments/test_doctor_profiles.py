"""Doctor profiles at /doctors/<slug>/, linked from the reviewer's name."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import HomePage
from tests.factories import (
    DoctorFactory,
    DoctorIndexPageFactory,
    TreatmentPageFactory,
    fresh_home_page,
)
from tests.html import page_soup as soup
from tests.reviewing import approved
from treatments.models import Doctor, DoctorIndexPage, TreatmentPage

# Warm, no page cache (the site, its settings and view restrictions cached):
# routing to the section (2), the doctor and the articles they reviewed.
DOCTOR_PAGE_QUERIES = 4


@pytest.fixture
def doctors_section(home_page):
    return DoctorIndexPageFactory(parent=home_page)


@pytest.fixture
def rivera(db):
    return DoctorFactory(
        name="Dr Alex Rivera (sample)",
        credentials="MD",
        role="Dermatologist, medical reviewer",
        declared_interests="None: a fictional sample profile.",
        is_sample=True,
    )


class DoctorIndexTreeTests(WagtailPageTestCase):
    def test_doctors_section_lives_only_under_home(self):
        self.assertAllowedParentPageTypes(DoctorIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(DoctorIndexPage, set())

    def test_editor_creates_the_section_and_a_profile_renders(self):
        home = fresh_home_page()
        self.login()
        self.assertCanCreate(
            home,
            DoctorIndexPage,
            nested_form_data(
                {
                    "title": "Our doctors",
                    "slug": "doctors",
                    "introduction": rich_text("<p>Who reviews.</p>"),
                }
            ),
        )
        section = DoctorIndexPage.objects.get()
        DoctorFactory(name="Dr Sam Okafor (sample)")
        self.assertPageIsRoutable(section, "dr-sam-okafor-sample/")
        self.assertPageIsRenderable(section, "dr-sam-okafor-sample/")


def test_slugs_come_from_names_and_stay_unique(db):
    first = DoctorFactory(name="Dr Jo Lee")
    second = DoctorFactory(name="Dr Jo Lee")
    assert (first.slug, second.slug) == ("dr-jo-lee", "dr-jo-lee-2")
    first.name = "Dr Jo Lee-Smith"
    first.save()
    assert Doctor.objects.get(pk=first.pk).slug == "dr-jo-lee"  # links keep working


def test_profile_shows_credentials_role_interests_and_sample_notice(
    client, treatment_index, doctors_section, rivera
):
    reviewed = approved(
        TreatmentPageFactory(
            parent=treatment_index, title="Minoxidil", medical_reviewer=rivera
        )
    )
    draft = approved(
        TreatmentPageFactory(
            parent=treatment_index, title="Draft", medical_reviewer=rivera
        )
    )
    draft.unpublish()
    TreatmentPageFactory(parent=treatment_index, title="Someone else's")

    html = soup(client.get("/doctors/dr-alex-rivera-sample/"))

    assert html.select_one("h1").text == "Dr Alex Rivera (sample)"
    facts = {
        div.select_one("dt").text: div.select_one("dd").get_text(strip=True)
        for div in html.select(".doctor__facts div")
    }
    assert facts["Credentials"] == "MD"
    assert facts["Role"] == "Dermatologist, medical reviewer"
    assert facts["Declared interests"] == "None: a fictional sample profile."
    assert "fictional" in html.select_one(".doctor__sample").text
    articles = [(a.text, a["href"]) for a in html.select(".doctor__reviewed li a")]
    assert articles == [("Minoxidil", reviewed.url)]
    assert html.select_one("link[rel=canonical]")["href"] == (
        "http://testserver/doctors/dr-alex-rivera-sample/"
    )


def test_a_real_doctor_has_no_sample_notice_and_an_honest_empty_declaration(
    client, doctors_section
):
    DoctorFactory(name="Dr Real Person", declared_interests="")
    html = soup(client.get("/doctors/dr-real-person/"))
    assert html.select_one(".doctor__sample") is None
    assert "No declaration has been recorded yet." in (
        html.select_one(".doctor__interests").text
    )
    assert "No published article currently carries this doctor's review." in (
        html.select_one(".doctor__reviewed").text
    )


def reviewed_titles(client):
    html = soup(client.get("/doctors/dr-alex-rivera-sample/"))
    return [a.text for a in html.select(".doctor__reviewed li a")]


def test_an_article_edited_after_its_review_leaves_the_profile_until_approved(
    client, treatment_index, doctors_section, rivera
):
    article = approved(
        TreatmentPageFactory(
            parent=treatment_index, title="Minoxidil", medical_reviewer=rivera
        )
    )
    assert reviewed_titles(client) == ["Minoxidil"]

    article.summary = "A new claim nobody has reviewed."
    article.save_revision().publish()
    assert reviewed_titles(client) == []

    approved(TreatmentPage.objects.get(pk=article.pk))
    assert reviewed_titles(client) == ["Minoxidil"]


def test_the_profile_lists_what_the_doctor_approved_not_the_named_reviewer(
    client, treatment_index, doctors_section, rivera
):
    other = DoctorFactory(name="Dr Sam Okafor (sample)")
    approved(
        TreatmentPageFactory(parent=treatment_index, title="Minoxidil"), doctor=other
    )
    TreatmentPageFactory(
        parent=treatment_index, title="Never approved", medical_reviewer=rivera
    )
    assert reviewed_titles(client) == []


def test_the_reviewers_name_on_an_article_links_to_the_profile(
    client, treatment_index, doctors_section, rivera
):
    article = TreatmentPageFactory(parent=treatment_index, medical_reviewer=rivera)
    approved(article)
    html = soup(client.get(article.url))
    reviewer = html.select_one(".article__byline a.reviewer")
    assert reviewer["href"] == "/doctors/dr-alex-rivera-sample/"
    assert reviewer.text == "Dr Alex Rivera (sample), MD"


def test_without_a_doctors_section_the_name_is_plain_text(client, treatment_index):
    article = approved(TreatmentPageFactory(parent=treatment_index))
    html = soup(client.get(article.url))
    assert html.select_one(".article__byline a.reviewer") is None
    assert html.select_one(".article__byline span.reviewer")


def test_index_lists_doctors_and_marks_samples(client, doctors_section, rivera):
    DoctorFactory(name="Dr Real Person")
    html = soup(client.get("/doctors/"))
    rows = {
        li.select_one("a").text: li.select_one(".badge--sample") is not None
        for li in html.select(".doctor-list li")
    }
    assert rows == {"Dr Alex Rivera (sample)": True, "Dr Real Person": False}


def test_unknown_doctor_is_not_found(client, doctors_section):
    assert client.get("/doctors/nobody/").status_code == 404


@pytest.mark.parametrize("article_count", [1, 5])
def test_profile_query_count_does_not_grow_with_articles(
    client,
    treatment_index,
    doctors_section,
    rivera,
    article_count,
    django_assert_num_queries,
):
    for number in range(article_count):
        approved(
            TreatmentPageFactory(
                parent=treatment_index, title=f"A{number}", medical_reviewer=rivera
            )
        )
    url = "/doctors/dr-alex-rivera-sample/"
    client.get(url)  # warm Wagtail's site-root cache and the section links
    with django_assert_num_queries(DOCTOR_PAGE_QUERIES):
        response = client.get(url)
    assert len(soup(response).select(".doctor__reviewed li")) == article_count


# serialized_rollback: migrating back and forth re-creates content types, which
# later transactional tests (the browser's live server) would otherwise collide with.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_gives_existing_doctors_unique_slugs():
    executor = MigrationExecutor(connection)
    before = [("treatments", "0004_condition_pages_and_doctor_profiles")]
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    OldDoctor = old_apps.get_model("treatments", "Doctor")
    for _ in range(2):
        OldDoctor.objects.create(name="Dr Same Name", credentials="MD")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    slugs = sorted(Doctor.objects.values_list("slug", flat=True))
    assert slugs == ["dr-same-name", "dr-same-name-2"]
