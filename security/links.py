"""Links editors type lead out of the site: only to the web or to email.

Wagtail's SearchPromotion is not our model, so the check runs on every save
instead of as a field validator (which would need a migration in Wagtail's
app). That catches links written by any path, but an exception in save()
is a server error, so every URL field of the admin's forms (the promotions'
link among them) checks the scheme too, and the editor sees the message on
the field. The treatment body's references are checked by the block and the
page.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.admin.forms.models import register_form_field_override, registry
from wagtail.contrib.search_promotions.models import SearchPromotion

from treatments.validators import LINK_HELP, is_safe_link, validate_link


def check_admin_url_fields():
    """Add the scheme check to the admin's URL form fields, keeping what
    Wagtail sets for them (assume_scheme). Runs before any admin form class
    is built (security's ready())."""
    wagtail_override = registry.get_by_type(models.URLField) or {}
    register_form_field_override(
        models.URLField,
        override={**wagtail_override, "validators": [validate_link]},
    )


@receiver(pre_save, sender=SearchPromotion)
def refuse_unsafe_promotion_link(sender, instance, **kwargs):
    if not is_safe_link(instance.external_link_url):
        raise ValidationError({"external_link_url": LINK_HELP})
