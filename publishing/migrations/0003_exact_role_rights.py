"""Each role gets exactly the page rights it needs.

- Wagtail's default Editors and Moderators groups lose their rights over the
  whole tree (the home page, the inquiry form): editors keep the treatments
  sections, granted in 0002; moderators have no part in medical review.
- Medical reviewers lose their page rights on the sections: the workflow task
  gives them what they need (publishing.finish_workflow.publish_approved publishes
  what they approve), so they cannot publish, unpublish or delete on their own.
"""

from django.db import migrations

WIDE_GROUPS = ["Editors", "Moderators"]
MEDICAL_REVIEWERS = "Medical reviewers"
# What Wagtail's initial data gave on the root page, for the reverse.
WAGTAIL_DEFAULTS = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page"],
}
REVIEWER_SECTION_RIGHTS = ["add_page", "change_page", "publish_page"]


def narrow(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        group__name__in=WIDE_GROUPS, page__depth=1
    ).delete()
    GroupPagePermission.objects.filter(group__name=MEDICAL_REVIEWERS).delete()


def widen(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    TreatmentIndexPage = apps.get_model("treatments", "TreatmentIndexPage")

    def grant(group_name, page_id, codenames):
        group = Group.objects.filter(name=group_name).first()
        for codename in codenames if group else []:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page_id=page_id,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )

    root = Page.objects.filter(depth=1).first()
    for name, codenames in WAGTAIL_DEFAULTS.items():
        if root is not None:
            grant(name, root.pk, codenames)
    for section in TreatmentIndexPage.objects.all():
        grant(MEDICAL_REVIEWERS, section.pk, REVIEWER_SECTION_RIGHTS)


class Migration(migrations.Migration):
    dependencies = [("publishing", "0002_review_roles")]

    operations = [migrations.RunPython(narrow, widen)]
