"""The inquiry form page and the fields editors build it from."""

from urllib.parse import urlparse

from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from treatments.models import TreatmentPage
from treatments.models.seo import PortalSeoMixin
from treatments.params import clean_value
from treatments.visibility import visible_pages

from ..forms import INQUIRY_FIELD_CHOICES, InquiryFormBuilder
from ..submitting import record_submission
from .submissions import InquirySubmission

# The thank-you page learns the reference from a short-lived signed cookie,
# so no submission data ever travels in a URL.
REFERENCE_COOKIE = "inquiry_reference"
REFERENCE_COOKIE_SALT = "inquiries.reference"
REFERENCE_COOKIE_MAX_AGE = 60 * 60


class FormField(AbstractFormField):
    page = ParentalKey(
        "InquiryFormPage", on_delete=models.CASCADE, related_name="form_fields"
    )
    field_type = models.CharField(
        verbose_name="field type", max_length=16, choices=INQUIRY_FIELD_CHOICES
    )
    field_type.required_on_save = True


class InquiryFormPage(RoutablePageMixin, PortalSeoMixin, AbstractEmailForm):
    """A visitor's question to the clinic's doctors.

    Submissions are saved first; the emails go out from the background worker
    (see inquiries.tasks), to an address chosen by inquiries.routing.
    """

    introduction = RichTextField(blank=True, features=["bold", "italic", "link"])
    reply_expectation = models.CharField(
        max_length=120,
        default="within two working days",
        help_text="Completes 'A doctor's team will reply …' on the thank-you page "
        "and in the confirmation email.",
    )
    thank_you_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Shown under the reference number after sending.",
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("introduction"),
        InlinePanel("form_fields", label="Form fields"),
        MultiFieldPanel(
            [FieldPanel("reply_expectation"), FieldPanel("thank_you_text")],
            heading="After sending",
        ),
        FieldPanel(
            "from_address",
            help_text="Sender of the notification and confirmation emails "
            "(the site's default sender when empty).",
        ),
    ]
    promote_panels = PortalSeoMixin.seo_panels

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    form_builder = InquiryFormBuilder

    seo_default_description = (
        "Send a question about a treatment to one of our doctors. We reply by "
        "email; this is not for emergencies."
    )

    class Meta:
        verbose_name = "inquiry form page"

    # Serving ------------------------------------------------------------------

    def serve(self, request, view=None, args=None, kwargs=None):
        # Wagtail's serve() does not hand the request to get_form(); the form's
        # abuse checks need it (client address, rate limits).
        self.serving_request = request
        # What @sensitive_post_parameters() does: should anything fail, error
        # reports (500 emails, debug pages) show the POST values masked.
        request.sensitive_post_parameters = "__ALL__"
        response = super().serve(request, view, args, kwargs)
        # The form carries a CSRF token and a timestamp; the thank-you page a
        # reference. No shared cache may keep either.
        patch_cache_control(response, private=True, no_store=True)
        return response

    @path("")
    def index_route(self, request, *args, **kwargs):
        # The form itself: Wagtail's form handling (FormMixin.serve).
        response = super(RoutablePageMixin, self).serve(request, *args, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if getattr(context.get("form"), "rate_limited", False):
            response.status_code = 429
        return response

    @path("thanks/", name="thanks")
    def thanks_route(self, request):
        reference = request.get_signed_cookie(
            REFERENCE_COOKIE,
            default=None,
            salt=REFERENCE_COOKIE_SALT,
            max_age=REFERENCE_COOKIE_MAX_AGE,
        )
        if reference is None:
            return redirect(self.get_url(request))
        return self.render_thanks(request, reference)

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_thanks(request, reference="ABCD-1234")
        return super(RoutablePageMixin, self).serve_preview(request, mode_name)

    def render_thanks(self, request, reference):
        return self.render(
            request,
            template=self.get_landing_page_template(request),
            context_overrides={"reference": reference},
        )

    # Form handling (Wagtail's documented override points) -----------------------

    def get_form(self, *args, **kwargs):
        request = getattr(self, "serving_request", None)
        kwargs.setdefault("request", request)
        if request is not None and not args:
            kwargs.setdefault("initial", self.initial_from_query(request))
        return super().get_form(*args, **kwargs)

    def initial_from_query(self, request):
        """Preselect ?treatment=<slug> when it names a treatment the form
        offers."""
        slug = clean_value(request.GET.get("treatment", ""), max_length=255)
        offered = visible_pages(TreatmentPage.objects.all())
        if not slug or not offered.filter(slug=slug).exists():
            return {}
        return {
            field.clean_name: slug
            for field in self.get_form_fields()
            if field.field_type == "treatment"
        }

    def get_submission_class(self):
        return InquirySubmission

    def serve_submissions_list_view(self, request, *args, **kwargs):
        # One listing of inquiries, audited: the one in the Inquiries menu
        # (which checks who may read them). The Forms menu leads there too.
        query = request.META.get("QUERY_STRING", "")
        url = reverse("inquiries_submission:index")
        return redirect(f"{url}?{query}" if query else url)

    def process_form_submission(self, form):
        # Not super(): Wagtail's email form would send mail during the request.
        return record_submission(self, form)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        # Post/redirect/get: a reload of the thank-you page cannot resend.
        response = redirect(self.get_url(request) + self.reverse_subpage("thanks"))
        response.set_signed_cookie(
            REFERENCE_COOKIE,
            form_submission.reference,
            salt=REFERENCE_COOKIE_SALT,
            max_age=REFERENCE_COOKIE_MAX_AGE,
            path=urlparse(self.get_url(request)).path,
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
        return response
