"""The admin form of a treatment page: checks that say what to fix."""

from django.core.exceptions import ValidationError
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm

from .article import references
from .related_links import SELF_LINK, links_to_itself

# Other apps add checks without this app importing them: a function registered
# with @hooks.register(FORM_CHECK_HOOK) is called as check(form, cleaned_data)
# and reports problems with form.add_error().
FORM_CHECK_HOOK = "check_treatment_page_form"

MISSING_REFERENCE = (
    "Add a References block with at least one source before publishing: "
    "every treatment article cites its evidence."
)


class TreatmentPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        self.check_references(cleaned_data)
        self.check_related_links()
        for check in hooks.get_hooks(FORM_CHECK_HOOK):
            check(self, cleaned_data)
        return cleaned_data

    def check_references(self, cleaned_data):
        # Drafts may be incomplete (Wagtail defers required fields on save);
        # publishing or submitting for review needs a cited source.
        if getattr(self, "is_deferred_validation", False):
            return
        body = cleaned_data.get("body")
        if body is not None and not references(body):
            self.add_error("body", ValidationError(MISSING_REFERENCE))

    def check_related_links(self):
        formset = self.formsets.get("related_treatments")
        if formset is None:
            return
        # The parent form is cleaned before its inline formsets: clean them
        # now so their choices can be compared.
        formset.is_valid()
        seen = set()
        for form in formset.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            target = form.cleaned_data.get("target")
            if target is None:
                continue
            if links_to_itself(self.instance.pk, target.pk):
                form.add_error("target", SELF_LINK)
            elif target.pk in seen:
                form.add_error("target", "This treatment is already linked above.")
            seen.add(target.pk)
