from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from feedback import urls as feedback_urls
from home import views as home_views
from operations import health
from operations.health import healthz
from search import urls as search_urls
from search import views as search_views

urlpatterns = [
    # Health probe for load balancers and the HTTP cache (database and cache).
    path("healthz", healthz, name="healthz"),
    # Liveness only: no database, no cache (and the benchmarks' trivial view).
    path("healthz/live", health.live, name="healthz_live"),
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", include(search_urls)),
    path("feedback/", include(feedback_urls)),
    # Before Wagtail's catch-all, which would look for a page called "a-z".
    path("treatments/a-z/", search_views.a_to_z, name="treatments_a_to_z"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
]

if settings.DJANGO_ADMIN_PATH:
    urlpatterns.insert(0, path(settings.DJANGO_ADMIN_PATH, admin.site.urls))

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's page serving comes last: it catches everything else.
    path("", include(wagtail_urls)),
]

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
# A database outage answers 503 with Retry-After; anything else the 500 page.
handler500 = "operations.outage.server_error"
