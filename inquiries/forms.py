"""The visitor's form: field types editors choose from, limits and robot checks.

Editors add, order and label fields in the admin (Wagtail's form builder).
Besides Wagtail's own types there are inquiry types whose meaning the code
relies on: the visitor's name, phone, treatment, doctor and consent. The
treatment and doctor choices come from the database at request time.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES

from treatments.clients import client_address_of
from treatments.models import Doctor, TreatmentPage
from treatments.ratelimit import register_hit
from treatments.validators import validate_public_email
from treatments.visibility import visible_pages

from .fill_time import make_fill_token, seconds_since_shown

INQUIRY_FIELD_CHOICES = (
    ("name", "Visitor's name"),
    ("phone", "Phone number"),
    ("treatment", "Treatment (live treatments)"),
    ("doctor", "Preferred doctor (or any)"),
    ("consent", "Consent checkbox (always required)"),
    *FORM_FIELD_CHOICES,
)

NAME_MAX_LENGTH = 120
EMAIL_MAX_LENGTH = 254
PHONE_MAX_LENGTH = 40
LINE_MAX_LENGTH = 255
URL_MAX_LENGTH = 500
MESSAGE_MAX_LENGTH = 5000
ANY_DOCTOR = "any"

# Field names a label is unlikely to produce, so editors' fields never clash.
HONEYPOT_FIELD = "inquiry_homepage"
STARTED_FIELD = "inquiry_started"

RATE_LIMITED = (
    "Thank you: we have already received several inquiries from you in a short "
    "time. Please try again later; everything you sent so far has reached us."
)
TOO_FAST = (
    "That was quicker than we expected. Please check your details and press Send again."
)
EXPIRED = "This form was open for a long time. Please check it and press Send again."
NOT_ACCEPTED = "We could not accept this form. Please try again."


def contains_line_break(value):
    """True when `value` could break out of an email header line."""
    return any(char in value for char in "\r\n\x0b\x0c\x85\u2028\u2029")


def reject_line_breaks(value):
    if contains_line_break(value):
        raise ValidationError("Please write this on one line.", code="line_break")


phone_characters = RegexValidator(
    r"^[0-9+()./\- ]*$",
    "Use digits, spaces and + ( ) - only.",
    code="phone",
)


def doctor_choices():
    doctors = Doctor.objects.order_by("name").values_list("pk", "name")
    return [(ANY_DOCTOR, "Any doctor"), *((str(pk), name) for pk, name in doctors)]


class InquiryFormBuilder(FormBuilder):
    """Wagtail's builder with a length limit on every field and our types."""

    def create_singleline_field(self, field, options):
        options["max_length"] = LINE_MAX_LENGTH
        options["validators"] = [reject_line_breaks]
        return forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MESSAGE_MAX_LENGTH
        options["widget"] = forms.Textarea(attrs={"rows": 8})
        return forms.CharField(**options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX_LENGTH
        options["validators"] = [reject_line_breaks, validate_public_email]
        options["widget"] = forms.EmailInput(attrs={"autocomplete": "email"})
        return forms.EmailField(**options)

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX_LENGTH
        return super().create_url_field(field, options)

    def create_number_field(self, field, options):
        options.update(max_digits=15, decimal_places=4)
        return forms.DecimalField(**options)

    def create_hidden_field(self, field, options):
        options["max_length"] = LINE_MAX_LENGTH
        return super().create_hidden_field(field, options)

    def create_name_field(self, field, options):
        options["max_length"] = NAME_MAX_LENGTH
        options["validators"] = [reject_line_breaks]
        options["widget"] = forms.TextInput(attrs={"autocomplete": "name"})
        return forms.CharField(**options)

    def create_phone_field(self, field, options):
        options["max_length"] = PHONE_MAX_LENGTH
        options["validators"] = [reject_line_breaks, phone_characters]
        options["widget"] = forms.TextInput(
            attrs={"autocomplete": "tel", "type": "tel"}
        )
        return forms.CharField(**options)

    def create_treatment_field(self, field, options):
        # Chosen by slug, so ?treatment=<slug> links preselect it. The
        # queryset is read each time the form is shown or checked.
        return forms.ModelChoiceField(
            queryset=visible_pages(TreatmentPage.objects.all()).order_by("title"),
            to_field_name="slug",
            empty_label="Not sure / no particular treatment",
            **options,
        )

    def create_doctor_field(self, field, options):
        options["choices"] = doctor_choices
        options["initial"] = options.get("initial") or ANY_DOCTOR
        return forms.ChoiceField(**options)

    def create_consent_field(self, field, options):
        # Consent cannot be made optional by editing the field.
        options["required"] = True
        options["initial"] = False
        return forms.BooleanField(**options)

    def get_form_class(self):
        attributes = {
            **self.formfields,
            # Which editor field plays which part, without another query.
            "field_types": {
                field.clean_name or field.get_field_clean_name(): field.field_type
                for field in self.fields
            },
        }
        return type("InquiryForm", (InquiryForm,), attributes)


class InquiryForm(BaseForm):
    """Adds a honeypot, a minimum fill time and rate limits to the editor's fields.

    The checks need the request (client address); forms built without one
    (admin previews) skip them.
    """

    # {clean_name: field_type}, set by InquiryFormBuilder.get_form_class().
    field_types = {}

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        self.rate_limited = False
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            max_length=LINE_MAX_LENGTH,
            label="Leave this field empty",
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        self.fields[STARTED_FIELD] = forms.CharField(
            required=False,
            max_length=LINE_MAX_LENGTH,
            widget=forms.HiddenInput,
            initial=make_fill_token,
        )

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    @property
    def started_token(self):
        return self[STARTED_FIELD]

    def editor_fields(self):
        """The bound fields the editor configured, in order, for templates."""
        return [
            self[name]
            for name in self.fields
            if name not in (HONEYPOT_FIELD, STARTED_FIELD)
        ]

    def fields_of_type(self, field_type):
        """Names of the editor's fields of one type, in form order."""
        return [name for name, kind in self.field_types.items() if kind == field_type]

    def clean(self):
        cleaned_data = super().clean()
        if self.request is None:
            return cleaned_data
        if cleaned_data.get(HONEYPOT_FIELD):
            raise ValidationError(NOT_ACCEPTED, code="honeypot")
        if self.errors:
            # Fields to fix come first: a person who pressed Send on an empty
            # or wrong form must see them, not "that was quicker than we
            # expected". Nothing is saved either way.
            self.renew_stale_fill_token(cleaned_data.get(STARTED_FIELD))
            return cleaned_data
        self.check_fill_time(cleaned_data.get(STARTED_FIELD))
        if not self.errors:
            self.check_rate_limits(cleaned_data)
        return cleaned_data

    def check_fill_time(self, token):
        elapsed = seconds_since_shown(token)
        if elapsed is None:
            self.renew_fill_token()
            raise ValidationError(EXPIRED, code="expired")
        if elapsed < settings.INQUIRY_MIN_FILL_SECONDS:
            raise ValidationError(TOO_FAST, code="too_fast")

    def renew_stale_fill_token(self, token):
        if seconds_since_shown(token) is None:
            self.renew_fill_token()

    def renew_fill_token(self):
        self.data = self.data.copy()
        self.data[self.add_prefix(STARTED_FIELD)] = make_fill_token()

    def check_rate_limits(self, cleaned_data):
        window = settings.INQUIRY_RATE_LIMIT_WINDOW_SECONDS
        checks = [
            (
                "address",
                client_address_of(self.request),
                settings.INQUIRY_RATE_LIMIT_PER_ADDRESS,
            ),
            *(
                (
                    "email",
                    cleaned_data.get(name) or "",
                    settings.INQUIRY_RATE_LIMIT_PER_EMAIL,
                )
                for name in self.fields_of_type("email")[:1]
            ),
        ]
        # Count every check, so one exhausted limit does not hide the other.
        results = [
            register_hit(scope, who, limit, window) for scope, who, limit in checks
        ]
        if not all(results):
            self.rate_limited = True
            raise ValidationError(RATE_LIMITED, code="rate_limited")
