"""Review dates: the report, the dashboard panel, reminders and the reader notice."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from publishing.review import (
    CURRENT,
    DUE_SOON,
    NOT_SCHEDULED,
    OVERDUE,
    add_months,
    review_status,
)
from tests.factories import DoctorFactory, TreatmentPageFactory
from tests.reviewing import approved

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def reviewed(parent, title, doctor, due):
    page = TreatmentPageFactory(parent=parent, title=title, medical_reviewer=doctor)
    return approved(page, next_review_due=due)


@pytest.fixture
def articles(treatment_index):
    rivera = DoctorFactory(name="Dr Rivera (sample)", email="rivera@example.org")
    okafor = DoctorFactory(name="Dr Okafor (sample)", email="okafor@example.org")
    pages = {
        "overdue": reviewed(treatment_index, "Overdue article", rivera, days(-3)),
        "soon": reviewed(treatment_index, "Due soon article", okafor, days(20)),
        "also_soon": reviewed(treatment_index, "Another due article", rivera, days(30)),
        "later": reviewed(treatment_index, "Later article", okafor, days(31)),
        "draft": TreatmentPageFactory(
            parent=treatment_index,
            title="Draft article",
            medical_reviewer=rivera,
            next_review_due=days(-10),
            live=False,
        ),
    }
    return pages


def test_add_months_clamps_to_the_end_of_the_month():
    assert add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2026, 11, 15), 12) == datetime.date(2027, 11, 15)
    assert add_months(datetime.date(2026, 12, 1), 3) == datetime.date(2027, 3, 1)


def test_review_status_boundaries():
    today = datetime.date(2026, 6, 1)
    assert review_status(None, today, 30) == NOT_SCHEDULED
    assert review_status(datetime.date(2026, 5, 31), today, 30) == OVERDUE
    assert review_status(today, today, 30) == DUE_SOON
    assert review_status(datetime.date(2026, 7, 1), today, 30) == DUE_SOON
    assert review_status(datetime.date(2026, 7, 2), today, 30) == CURRENT


def report_rows(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in html.select("table tbody tr")
    ], html


def test_report_lists_live_overdue_and_due_soon_articles_linking_to_edit(
    admin_client, articles
):
    response = admin_client.get(reverse("publishing_review_due"))
    assert response.status_code == 200
    rows, html = report_rows(response)
    titles = [row[0] for row in rows]
    assert titles == ["Overdue article", "Due soon article", "Another due article"]
    assert rows[0][1] == "Overdue"
    assert rows[1][1] == "Due soon"
    link = html.find("a", string=lambda text: text and "Overdue article" in text)
    assert link["href"] == reverse(
        "wagtailadmin_pages:edit", args=[articles["overdue"].pk]
    )


def test_report_is_sortable(admin_client, articles):
    response = admin_client.get(
        reverse("publishing_review_due_results"), {"ordering": "title"}
    )
    rows, _ = report_rows(response)
    assert [row[0] for row in rows] == [
        "Another due article",
        "Due soon article",
        "Overdue article",
    ]
    response = admin_client.get(
        reverse("publishing_review_due_results"), {"ordering": "-next_review_due"}
    )
    rows, _ = report_rows(response)
    assert [row[0] for row in rows][0] == "Another due article"


def test_report_is_refused_to_users_without_page_permissions(
    client, django_user_model, articles
):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("visitor", password="password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("publishing_review_due"))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_dashboard_panel_shows_the_count(admin_client, articles):
    html = BeautifulSoup(
        admin_client.get(reverse("wagtailadmin_home")).content, "html.parser"
    )
    panel = html.select_one(".review-due-panel")
    assert panel.select_one(".review-due-panel__count").get_text() == "3"
    assert "(1 overdue)" in panel.get_text()
    assert panel.select_one("a")["href"] == reverse("publishing_review_due")


def test_review_reminders_email_each_reviewer_their_list(smtp_server, articles):
    call_command("review_reminders")
    by_recipient = {mail["to"][0]: mail["message"] for mail in smtp_server.messages}
    assert set(by_recipient) == {"rivera@example.org", "okafor@example.org"}
    rivera = by_recipient["rivera@example.org"].get_content()
    assert "Overdue article: overdue since" in rivera
    assert "Another due article: due" in rivera
    assert "Draft article" not in rivera
    assert "Due soon article" not in rivera
    edit = reverse("wagtailadmin_pages:edit", args=[articles["overdue"].pk])
    assert edit in rivera
    okafor = by_recipient["okafor@example.org"].get_content()
    assert "Due soon article" in okafor
    assert "Later article" not in okafor
    assert by_recipient["okafor@example.org"]["Subject"] == (
        "Articles due for medical review"
    )


def test_readers_of_an_overdue_article_see_a_calm_notice(client, articles):
    overdue = BeautifulSoup(client.get(articles["overdue"].url).content, "html.parser")
    notice = overdue.select_one(".review-notice")
    assert notice["role"] == "note"
    assert "awaiting its scheduled medical review" in notice.get_text()
    soon = BeautifulSoup(client.get(articles["soon"].url).content, "html.parser")
    assert soon.select_one(".review-notice") is None
