"""The inquiries part of the demo site, called by home's load_demo (idempotent).

Publishes /inquire/ under the home page with the fields a clinic needs, and
one routing rule as an example. Addresses use the reserved example.org domain.
"""

from treatments.models import Condition

from .models import FormField, InquiryFormPage, InquiryRoute

CONSENT_TEXT = (
    "I agree that the clinic's inquiry team may store what I wrote and use it "
    "to answer me. It is deleted after the retention period set by the clinic."
)

FORM_PAGE = {
    "title": "Ask a doctor",
    "slug": "inquire",
    "introduction": (
        "<p>Send a question about a treatment to the network's doctors. Only the "
        "doctor you choose and the clinic's inquiry team can read it. We reply "
        "by email.</p>"
    ),
    "reply_expectation": "within two working days",
    "thank_you_text": (
        "<p>A reply is general information from a doctor who has not examined "
        "you; it is not a diagnosis.</p>"
    ),
}

# (label, field type, required, help text)
FIELDS = [
    ("Your name", "name", True, ""),
    ("Email address", "email", True, "We reply to this address."),
    ("Phone number", "phone", False, "Only if you would like a call back."),
    ("Treatment of interest", "treatment", False, ""),
    ("Preferred doctor", "doctor", False, ""),
    (
        "Your question",
        "multiline",
        True,
        "Please do not include information you would not want a doctor to read.",
    ),
    (CONSENT_TEXT, "consent", True, ""),
]

# An example routing rule: hair-loss questions go to a hair clinic's desk.
ROUTE = {
    "condition_slug": "androgenetic-alopecia",
    "email": "hair-clinic@example.org",
    "note": "Sample: the hair clinic's front desk.",
}


def build(home, log):
    """Create this app's demo objects under `home` if they are missing."""
    created = 0
    if not InquiryFormPage.objects.exists():
        page = InquiryFormPage(**FORM_PAGE)
        for order, (label, field_type, required, help_text) in enumerate(FIELDS):
            page.form_fields.add(
                FormField(
                    label=label,
                    field_type=field_type,
                    required=required,
                    help_text=help_text,
                    sort_order=order,
                )
            )
        home.add_child(instance=page)
        page.save_revision().publish()
        log(f"  created inquiry form {page.url_path}")
        created += 1
    condition = Condition.objects.filter(slug=ROUTE["condition_slug"]).first()
    if condition and not InquiryRoute.objects.filter(condition=condition).exists():
        InquiryRoute.objects.create(
            condition=condition, email=ROUTE["email"], note=ROUTE["note"]
        )
        log(f"  created inquiry routing rule for {condition.name}")
        created += 1
    return created
