"""Editors' promotions link out of the site: only to the web or to email.

Wagtail's SearchPromotion is not our model, so the check runs on every save
instead of as a field validator (which would need a migration in Wagtail's
app). The treatment body's references are checked by the block and the page.
"""

from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import SearchPromotion

from treatments.validators import LINK_HELP, is_safe_link


@receiver(pre_save, sender=SearchPromotion)
def refuse_unsafe_promotion_link(sender, instance, **kwargs):
    if not is_safe_link(instance.external_link_url):
        raise ValidationError({"external_link_url": LINK_HELP})
