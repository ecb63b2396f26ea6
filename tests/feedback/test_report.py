"""The editors' report: per page, the yes and no counts and the latest comments;
open to Editors, closed to other admin users and to visitors."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.utils import timezone

from feedback.models import PageFeedback
from feedback.wagtail_hooks import register_report_menu_item
from tests.factories import TreatmentPageFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/page-feedback/"


def give(page, helpful, comment="", minutes_ago=0):
    answer = PageFeedback.objects.create(page=page, helpful=helpful, comment=comment)
    # created_at is set on insert; age it to order the answers.
    when = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    PageFeedback.objects.filter(pk=answer.pk).update(created_at=when)


def report_rows(client):
    response = client.get(REPORT)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in soup.select("table tbody tr")
    ]


@pytest.fixture
def answered(article, treatment_index):
    other = TreatmentPageFactory(parent=treatment_index, title="Finasteride")
    give(article, True, minutes_ago=50)
    give(article, False, "Too long", minutes_ago=40)
    give(article, False, "No <b>dose</b> table", minutes_ago=30)
    give(article, True, "Clear", minutes_ago=20)
    give(article, False, "Missing costs", minutes_ago=10)
    give(other, True, minutes_ago=100)
    return article, other


def test_report_counts_answers_per_page_latest_first(admin_client, answered):
    rows = report_rows(admin_client)
    assert [row[:3] for row in rows] == [
        ["Minoxidil", "2", "3"],
        ["Finasteride", "1", "0"],
    ]


def test_report_shows_the_three_latest_comments(admin_client, answered):
    minoxidil, finasteride = report_rows(admin_client)
    comments = minoxidil[4]
    assert "Not helpful" in comments and "Missing costs" in comments
    assert "Clear" in comments and "No <b>dose</b> table" in comments
    assert "Too long" not in comments
    assert finasteride[4] == "No comments"


def test_comments_are_shown_as_text_not_html(admin_client, answered):
    response = admin_client.get(REPORT)
    assert b"No &lt;b&gt;dose&lt;/b&gt; table" in response.content


def editor(django_user_model, group_name):
    user = django_user_model.objects.create_user(username=group_name, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_editors_may_read_the_report(client, django_user_model, answered):
    client.force_login(editor(django_user_model, "Editors"))
    assert report_rows(client)[0][0] == "Minoxidil"


def test_other_admin_users_may_not(client, django_user_model, answered):
    reviewer = editor(django_user_model, "Medical reviewers")
    assert reviewer.has_perm("wagtailadmin.access_admin")
    client.force_login(reviewer)
    response = client.get(REPORT)
    # Wagtail's answer to PermissionDenied in the admin: back to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert PageFeedback.objects.count() == 6


def test_visitors_are_sent_to_sign_in(client, answered):
    response = client.get(REPORT)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_menu_item_shows_only_to_those_who_may_read(django_user_model):
    item = register_report_menu_item()
    request = RequestFactory().get("/admin/")
    request.user = editor(django_user_model, "Editors")
    assert item.is_shown(request)
    request.user = editor(django_user_model, "Medical reviewers")
    assert not item.is_shown(request)


def test_the_permission_comes_from_a_migration():
    permission = Permission.objects.get(codename="view_pagefeedback")
    assert list(permission.group_set.values_list("name", flat=True)) == ["Editors"]
