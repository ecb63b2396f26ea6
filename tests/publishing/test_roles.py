"""The review roles are data: a fresh database has them, with no demo content."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Workflow

from publishing.roles import EDITORS, MEDICAL_REVIEWERS, WORKFLOW_NAME
from tests.factories import TreatmentIndexPageFactory, fresh_home_page

pytestmark = pytest.mark.django_db


def test_migrations_create_the_groups_and_the_workflow():
    names = set(Group.objects.values_list("name", flat=True))
    assert {EDITORS, MEDICAL_REVIEWERS, "Inquiry managers"} <= names
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    [task] = [task.specific for task in workflow.tasks]
    assert [group.name for group in task.groups.all()] == [MEDICAL_REVIEWERS]
    reviewers = Group.objects.get(name=MEDICAL_REVIEWERS)
    assert reviewers.permissions.filter(codename="access_admin").exists()


def test_a_section_created_later_is_under_review_with_section_rights():
    section = TreatmentIndexPageFactory(parent=fresh_home_page(site_name="New"))
    assert section.get_workflow().name == WORKFLOW_NAME
    rights = {
        (grant.group.name, grant.permission.codename)
        for grant in GroupPagePermission.objects.filter(page=section)
    }
    assert rights == {(EDITORS, "add_page"), (EDITORS, "change_page")}
