"""Every role against every action: exactly the rights each role needs.

Editors write treatments and nothing else; medical reviewers act only through
the "Medical review" workflow; Wagtail's default Moderators and the inquiry
managers have no page rights at all. Checked through Wagtail's own permission
tester, which the admin views consult.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Workflow

from inquiries.models import InquiryFormPage
from publishing.roles import EDITORS, MEDICAL_REVIEWERS, WORKFLOW_NAME
from tests.factories import TreatmentPageFactory

pytestmark = pytest.mark.django_db

ROLES = [EDITORS, MEDICAL_REVIEWERS, "Moderators", "Inquiry managers"]

# (action, target): what each role may do, in ROLES order.
TABLE = {
    ("edit", "home page"): (False, False, False, False),
    ("edit", "inquiry form"): (False, False, False, False),
    ("edit", "treatment"): (True, False, False, False),
    ("add", "treatment"): (True, False, False, False),
    ("publish", "treatment"): (False, False, False, False),
    ("unpublish", "treatment"): (False, False, False, False),
    ("delete", "treatment"): (False, False, False, False),
    ("approve", "treatment"): (False, True, False, False),
}


def allowed(action, page, user):
    tester = page.permissions_for_user(user)
    if action == "approve":
        [task] = Workflow.objects.get(name=WORKFLOW_NAME).tasks
        names = [name for name, *_ in task.specific.get_actions(page, user)]
        return "approve" in names
    if action == "add":
        return page.get_parent().permissions_for_user(user).can_add_subpage()
    return {
        "edit": tester.can_edit,
        "publish": tester.can_publish,
        "unpublish": tester.can_unpublish,
        "delete": tester.can_delete,
    }[action]()


@pytest.fixture
def targets(home_page, treatment_index):
    form = home_page.add_child(instance=InquiryFormPage(title="Ask", slug="inquire"))
    treatment = TreatmentPageFactory(parent=treatment_index, title="Minoxidil")
    return {"home page": home_page, "inquiry form": form, "treatment": treatment}


@pytest.fixture
def users(django_user_model):
    made = {}
    for number, role in enumerate(ROLES):
        user = django_user_model.objects.create_user(username=f"user{number}")
        user.groups.add(Group.objects.get(name=role))
        made[role] = user
    return made


@pytest.mark.parametrize(("action", "target"), list(TABLE))
def test_role_rights(targets, users, action, target):
    got = tuple(allowed(action, targets[target], users[role]) for role in ROLES)
    assert got == TABLE[(action, target)]
