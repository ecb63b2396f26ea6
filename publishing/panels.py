"""The "Claims check" panel of the treatment page editor."""

from wagtail.admin.panels import Panel

from .acknowledgements import (
    MIN_REASON_LENGTH,
    field_name,
    findings_for_page,
    previous_reasons,
    reasons_from,
)


class ClaimsCheckPanel(Panel):
    """Lists flagged phrases with a reason field for each; hidden when clean.

    The form check (wagtail_hooks.check_claims) stores what it found on the
    form; on a fresh edit view the panel checks the page being edited.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "publishing/panels/claims_check.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.findings = self.current_findings()

        def current_findings(self):
            findings = getattr(self.form, "claim_findings", None)
            if findings is not None:
                return findings
            if not self.instance.title:
                return []
            return findings_for_page(self.instance)

        def is_shown(self):
            return bool(self.findings)

        def reasons(self):
            if self.form.is_bound:
                return reasons_from(self.form.data, self.findings)
            return previous_reasons(self.instance)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            reasons = self.reasons()
            context["items"] = [
                {
                    "finding": finding,
                    "field_name": field_name(finding),
                    "reason": reasons.get(finding.key, ""),
                }
                for finding in self.findings
            ]
            context["min_reason_length"] = MIN_REASON_LENGTH
            return context
