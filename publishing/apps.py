from django.apps import AppConfig


class PublishingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "publishing"

    def ready(self):
        from wagtail.signals import task_approved

        from .workflow import record_medical_review

        task_approved.connect(
            record_medical_review, dispatch_uid="publishing_record_medical_review"
        )
        self.add_claims_panel()

    def add_claims_panel(self):
        # treatments/ must not import this app, so the claims panel is added to
        # the treatment page editor from here, before Wagtail builds (and
        # caches) the edit handler on first use. The panel is only the UI: the
        # check itself runs through treatments' form-check hook.
        from treatments.models import TreatmentPage

        from .panels import ClaimsCheckPanel

        if not any(
            isinstance(panel, ClaimsCheckPanel)
            for panel in TreatmentPage.content_panels
        ):
            TreatmentPage.content_panels = [
                *TreatmentPage.content_panels,
                ClaimsCheckPanel(heading="Claims check"),
            ]
