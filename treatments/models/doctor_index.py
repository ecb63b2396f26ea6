"""The doctors section: /doctors/ lists the reviewers, and /doctors/<slug>/
is the profile of one Doctor snippet, linked from every article they reviewed."""

from django.shortcuts import get_object_or_404
from wagtail.contrib.routable_page.models import path

from ..visibility import visible_pages
from .pages import TreatmentPage
from .snippet_routes import SnippetSectionPage
from .snippets import Doctor


class DoctorIndexPage(SnippetSectionPage):
    """The network's doctors, and a profile page for each."""

    subpage_route = "doctor"

    class Meta:
        verbose_name = "doctor index page"

    def subpage_slugs(self):
        return Doctor.objects.values_list("slug", flat=True)

    @path("")
    def index_route(self, request, *args, **kwargs):
        doctors = list(Doctor.objects.order_by("name"))
        return self.render(request, context_overrides={"doctors": doctors})

    @path("<slug:slug>/", name="doctor")
    def doctor_profile(self, request, slug):
        doctor = get_object_or_404(Doctor.objects.select_related("photo"), slug=slug)
        description = profile_description(doctor)
        self.present_as(request, doctor.name, description, slug)
        return self.render(
            request,
            template="treatments/doctor_profile.html",
            context_overrides={
                "doctor": doctor,
                "reviewed": list(self.reviewed_by(doctor, request)),
            },
        )

    def reviewed_by(self, doctor, request=None):
        """Articles in this site whose live text `doctor` approved, that
        `request` may see.

        An article edited since its review says "review pending", so listing
        it here would claim a review of text the doctor never saw.
        """
        home_path = self.path[: -self.steplen]
        return (
            visible_pages(TreatmentPage.objects.all(), request)
            .filter(
                path__startswith=home_path,
                review_state__reviewed=True,
                review_state__review__reviewer=doctor,
            )
            .order_by("title")
        )


def profile_description(doctor):
    """The meta description of a profile: who the doctor is, in a sentence."""
    who = ", ".join(filter(None, [doctor.name, doctor.credentials, doctor.role]))
    return (
        f"{who}: credentials, declared interests and the articles they "
        "reviewed for the treatment guide."
    )
