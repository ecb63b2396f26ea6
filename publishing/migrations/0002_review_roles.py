"""The review roles: Editors and Medical reviewers, and the "Medical review" workflow.

A fresh database has them without demo content. Treatment sections that exist
now are put under review here; sections created later are put under review by
publishing.roles when they are saved. Wagtail's initial data already made the
"Editors" group; this gives it the rights the portal's editors need.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
WORKFLOW_NAME = "Medical review"
TASK_NAME = "Medical reviewer approval"

MODEL_PERMISSIONS = {
    EDITORS: [
        "wagtailadmin.access_admin",
        "treatments.add_condition",
        "treatments.change_condition",
        "treatments.view_condition",
        "treatments.view_doctor",
    ],
    MEDICAL_REVIEWERS: [
        "wagtailadmin.access_admin",
        "treatments.view_condition",
        "treatments.view_doctor",
    ],
}
COLLECTION_PERMISSIONS = {
    EDITORS: [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    ],
    MEDICAL_REVIEWERS: ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
}
# On each treatments section. Reviewers publish because Wagtail needs that
# right for an approval to publish the page.
SECTION_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MEDICAL_REVIEWERS: ["add_page", "change_page", "publish_page"],
}
# wagtailadmin.access_admin comes from wagtailadmin's own migration.
APPS_WITH_PERMISSIONS = ["wagtailcore", "treatments"]


def make_permissions(apps):
    # Permissions are normally created after all migrations; make these now.
    for label in APPS_WITH_PERMISSIONS:
        app_config = apps.get_app_config(label)
        # A migration's app config stub lacks models_module; create_permissions
        # only checks that it is set.
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def permission(apps, dotted):
    app_label, codename = dotted.split(".")
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label=app_label, codename=codename
    )


def create_roles(apps, schema_editor):
    make_permissions(apps)
    Group = apps.get_model("auth", "Group")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in MODEL_PERMISSIONS}
    for name, dotted_names in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*(permission(apps, d) for d in dotted_names))
    grant_collection_permissions(apps, groups)
    workflow = create_workflow(apps, groups[MEDICAL_REVIEWERS])
    TreatmentIndexPage = apps.get_model("treatments", "TreatmentIndexPage")
    for section in TreatmentIndexPage.objects.all():
        put_under_review(apps, section.pk, groups, workflow)


def grant_collection_permissions(apps, groups):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    for name, dotted_names in COLLECTION_PERMISSIONS.items():
        for dotted in dotted_names:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root,
                permission=permission(apps, dotted),
            )


def create_workflow(apps, reviewers):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    workflow, _ = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    # Historical models do not fill in the task's content type themselves.
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    return workflow


def put_under_review(apps, section_id, groups, workflow):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for name, codenames in SECTION_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page_id=section_id,
                permission=permission(apps, f"wagtailcore.{codename}"),
            )
    WorkflowPage.objects.update_or_create(
        page_id=section_id, defaults={"workflow": workflow}
    )


def remove_roles(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(
        name=WORKFLOW_NAME
    ).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).delete()
    # "Editors" came with Wagtail's initial data: it stays.
    apps.get_model("auth", "Group").objects.filter(name=MEDICAL_REVIEWERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0001_initial"),
        ("treatments", "0002_regulatory_status_procedure"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
