"""The feedback form: yes or no, an optional short comment without contact details."""

from django import forms
from django.core.exceptions import ValidationError

from .comments import contact_details_in
from .models import COMMENT_MAX_LENGTH
from .tokens import page_id_from_token

CHOICES = [("yes", "Yes"), ("no", "No")]
CONTACT_DETAILS = {
    "email": "Please remove the email address: feedback is anonymous and we "
    "do not reply to it. To ask a doctor a question, use the inquiry form.",
    "phone": "Please remove the phone number: feedback is anonymous and we do "
    "not reply to it. To ask a doctor a question, use the inquiry form.",
}


class FeedbackForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    helpful = forms.ChoiceField(
        label="Was this page helpful?",
        choices=CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose yes or no."},
    )
    comment = forms.CharField(
        label="What could we do better? (optional)",
        help_text=f"Up to {COMMENT_MAX_LENGTH} characters. Please do not include "
        "your name, email address, phone number or other personal details.",
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": COMMENT_MAX_LENGTH}),
    )

    def clean_token(self):
        page_id = page_id_from_token(self.cleaned_data["token"])
        if page_id is None:
            raise ValidationError("This form has expired. Please reload the page.")
        return page_id

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        kind = contact_details_in(comment)
        if kind:
            raise ValidationError(CONTACT_DETAILS[kind], code="personal_data")
        return comment
