"""Site-wide views that are not pages: robots.txt, the favicon and the error
pages."""

from functools import cache
from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse


def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@cache
def favicon_bytes():
    """static/favicon.ico, read once. Browsers ask for /favicon.ico on every
    site whatever the page links, so it is served there, not only under
    /static/."""
    path = finders.find("favicon.ico")
    return Path(path).read_bytes() if path else None


def favicon(request):
    content = favicon_bytes()
    if content is None:
        raise Http404("No favicon")
    response = HttpResponse(content, content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response


# Neither reads the Site: they answer during a database outage too
# (treatments.site_cache.CachedSiteMiddleware skips its lookup for them).
robots_txt.needs_no_site = favicon.needs_no_site = True


def bad_request(request, exception=None):
    # Like server_error, without the request: the request may be the very
    # thing that is broken (a body in a charset it does not decode with), and
    # reading it again here would fail again.
    return render(None, "400.html", status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context: a failure may come from the very
    # thing that builds the context, and nothing from the request (such as
    # submitted form data) should reach an error page.
    return render(None, "500.html", status=500)
