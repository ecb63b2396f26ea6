"""wagtail-2fa's code prompt, made to work with django-otp 1.7.2 and later.

django-otp 1.7.2 (a security fix) no longer tries every device of the user
when a form names none, and wagtail-2fa 1.8.0's prompt names none: every
code was refused with "Please select a device." This prompt names the user's
TOTP devices itself, one at a time, the most recently used first.
"""

from django import forms
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa import forms as twofa_forms
from wagtail_2fa import views as twofa_views


class TokenForm(twofa_forms.TokenForm):
    def clean(self):
        devices = TOTPDevice.objects.filter(user=self.user, confirmed=True).order_by(
            "-last_used_at", "-pk"
        )
        error = forms.ValidationError("Enter the code from your authenticator app.")
        for device in devices:
            self.cleaned_data["otp_device"] = device.persistent_id
            try:
                return super().clean()
            except forms.ValidationError as refused:
                error = refused
        raise error


class LoginView(twofa_views.LoginView):
    form_class = TokenForm
