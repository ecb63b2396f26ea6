"""Who receives the clinic's copy of an inquiry.

Order: the doctor the visitor chose, then a routing rule for the treatment,
then a rule for one of the treatment's conditions (alphabetical, so the
choice is stable), then the site's default inquiry address.
"""

from .models.routes import InquiryRoute
from .models.settings import InquirySettings


def choose_recipient(doctor_email, treatment_email, condition_emails, default_email):
    """The first address that is set, in routing order. Pure."""
    for candidate in (doctor_email, treatment_email, *condition_emails):
        if candidate:
            return candidate
    return default_email


def default_inquiry_email(site):
    return InquirySettings.for_site(site).default_inquiry_email


def routing_facts(submission):
    """The addresses choose_recipient() needs, read from the database."""
    treatment = submission.treatment
    doctor_email = submission.doctor.email if submission.doctor else ""
    treatment_email = ""
    condition_emails = []
    if treatment is not None:
        route = InquiryRoute.objects.filter(treatment=treatment).first()
        treatment_email = route.email if route else ""
        condition_emails = list(
            InquiryRoute.objects.filter(condition__in=treatment.conditions.all())
            .order_by("condition__name")
            .values_list("email", flat=True)
        )
    return doctor_email, treatment_email, condition_emails


def recipient_for(submission, site):
    return choose_recipient(*routing_facts(submission), default_inquiry_email(site))
