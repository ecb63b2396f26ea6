"""The publishing part of the demo site, called by home's load_demo (idempotent).

The demo articles are approved the way every article is: each sample doctor
gets a sample reviewer account (no usable password: nobody logs in with it),
the article is submitted to the "Medical review" workflow and that account
approves it, so the review dates are the approval's, never typed.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Site
from wagtailseo.models import SeoSettings

from treatments.models import TreatmentPage

from .roles import MEDICAL_REVIEWERS

ORGANISATION = {
    "struct_org_name": "Clinic Network (demo)",
    "struct_org_type": "MedicalOrganization",
}
DEMO_APPROVAL_COMMENT = "Demo approval by a sample reviewer."


def build(home, log):
    """The SEO organisation data and the demo approvals. (Roles and the
    workflow come from migrations.)"""
    return ensure_organisation(home) + approve_demo_articles(home, log)


def ensure_organisation(home):
    """Fill the SEO organisation fields once; never overwrite editors' values."""
    site = Site.objects.filter(root_page=home).first()
    if site is None:
        return 0
    seo = SeoSettings.for_site(site)
    missing = {
        name: value for name, value in ORGANISATION.items() if not getattr(seo, name)
    }
    if not missing:
        return 0
    for name, value in missing.items():
        setattr(seo, name, value)
    seo.save()
    return 1


def approve_demo_articles(home, log):
    """Approve, once, each live demo article that has never been reviewed."""
    approved = 0
    pages = (
        TreatmentPage.objects.live()
        .descendant_of(home)
        .filter(medical_reviews__isnull=True, medical_reviewer__is_sample=True)
        .select_related("medical_reviewer")
    )
    for page in pages:
        workflow = page.get_workflow()
        if workflow is None or page.workflow_in_progress:
            continue
        reviewer = sample_reviewer_account(page.medical_reviewer)
        state = workflow.start(page, None)
        task_state = state.current_task_state
        task_state.task.specific.on_action(
            task_state, reviewer, "approve", comment=DEMO_APPROVAL_COMMENT
        )
        log(f"  approved {page.title} as {page.medical_reviewer.name}")
        approved += 1
    return approved


def sample_reviewer_account(doctor):
    """The sample doctor's admin account, in the Medical reviewers group."""
    if doctor.user is None:
        user, _ = get_user_model().objects.get_or_create(
            username=f"sample-reviewer-{doctor.slug}",
            defaults={"first_name": doctor.name[:150]},
        )
        user.set_unusable_password()
        user.save()
        doctor.user = user
        doctor.save(update_fields=["user"])
    doctor.user.groups.add(Group.objects.get(name=MEDICAL_REVIEWERS))
    return doctor.user
