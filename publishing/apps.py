from django.apps import AppConfig


class PublishingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "publishing"

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.signals import page_published, task_approved

        from treatments.models import TreatmentIndexPage, TreatmentPage

        from .review_state import on_treatment_published
        from .roles import on_section_saved
        from .workflow import record_medical_review

        task_approved.connect(
            record_medical_review, dispatch_uid="publishing_record_medical_review"
        )
        # Every publish, by any path, settles whether the live text is reviewed.
        page_published.connect(
            on_treatment_published,
            sender=TreatmentPage,
            dispatch_uid="publishing_review_state_on_publish",
        )
        post_save.connect(
            on_section_saved,
            sender=TreatmentIndexPage,
            dispatch_uid="publishing_section_under_review",
        )
