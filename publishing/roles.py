"""The review roles on a treatments section created after the migrations ran.

The groups, their model and collection permissions and the "Medical review"
workflow are data, created by the 0002 migration. A treatments section saved
later gets the same page permissions and the workflow from here, so a site
built on a fresh database is under review from its first article.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
WORKFLOW_NAME = "Medical review"
TASK_NAME = "Medical reviewer approval"

# Keep in step with migrations 0002_review_roles and 0003_exact_role_rights.
# Medical reviewers hold no page rights: the workflow task lets them open,
# edit, approve and reject what is submitted to them, and nothing else.
SECTION_PERMISSIONS = {EDITORS: ["add_page", "change_page"]}


def put_section_under_review(section):
    """Grant the roles their rights on `section` and attach the workflow."""
    groups = Group.objects.in_bulk(list(SECTION_PERMISSIONS), field_name="name")
    for name, codenames in SECTION_PERMISSIONS.items():
        for codename in codenames if name in groups else []:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=section,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(
            page=section, defaults={"workflow": workflow}
        )


def on_section_saved(sender, instance, created, raw=False, **kwargs):
    """post_save of TreatmentIndexPage: a new section starts under review."""
    if created and not raw:
        put_section_under_review(instance)
