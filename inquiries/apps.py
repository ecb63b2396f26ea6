from django.apps import AppConfig


class InquiriesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "inquiries"
    verbose_name = "Inquiries"

    def ready(self):
        from django.db.models.signals import post_delete

        from .audit import record_deletion
        from .models import InquirySubmission

        post_delete.connect(
            record_deletion,
            sender=InquirySubmission,
            dispatch_uid="inquiries.audit.record_deletion",
        )
