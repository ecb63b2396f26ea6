"""The feedback form's door: a plain POST from the article, and the thanks.

CSRF-exempt on purpose. CSRF stops another site from making a signed-in
visitor's browser act under their session; this view reads no session and
no cookie, and stores an anonymous answer that anyone may give anyway. Leaving
the CSRF token out keeps the article cacheable (the page cache refuses pages
that carry one). What guards the door instead: the signed page token
(feedback/tokens.py), the per-client rate limit, and the comment check.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from treatments.clients import client_address_of
from treatments.ratelimit import register_hit

from .forms import FeedbackForm
from .models import PageFeedback

RATE_SCOPE = "feedback-address"
RATE_LIMITED = (
    "Thank you, we have had several answers from you in the last hour. "
    "Please try again later."
)


def live_page(page_id):
    return Page.objects.live().public().filter(pk=page_id).first()


def within_rate_limit(request):
    return register_hit(
        RATE_SCOPE,
        client_address_of(request),
        settings.FEEDBACK_RATE_LIMIT_PER_ADDRESS,
        settings.FEEDBACK_RATE_LIMIT_WINDOW_SECONDS,
    )


@csrf_exempt
@never_cache
@require_POST
def submit(request):
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return form_again(request, form, status=400)
    page = live_page(form.cleaned_data["token"])
    if page is None:
        raise Http404("No such page")
    if not within_rate_limit(request):
        return form_again(request, form, status=429, refusal=RATE_LIMITED)
    PageFeedback.objects.create(
        page=page,
        helpful=form.cleaned_data["helpful"] == "yes",
        comment=form.cleaned_data["comment"],
    )
    return redirect("feedback:thanks", page_id=page.pk)


def form_again(request, form, status, refusal=""):
    """The form with what was wrong, for the visitor to correct (never cached)."""
    page_id = form.cleaned_data.get("token") if hasattr(form, "cleaned_data") else None
    article = live_page(page_id) if isinstance(page_id, int) else None
    context = {
        "form": form,
        "token": form.data.get("token", ""),
        "article": article,
        "refusal": refusal,
    }
    return render(request, "feedback/feedback_page.html", context, status=status)


@require_GET
def thanks(request, page_id):
    return render(request, "feedback/thanks.html", {"article": live_page(page_id)})
