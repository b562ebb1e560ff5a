from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import cache_control
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from common.media import document_urlpatterns, media_urlpatterns
from editorial import health
from home.sitemap import sitemap
from home.views import favicon
from search import views as search_views

urlpatterns = [
    # For the balancer's probes (live) and for operators and monitoring (the full check).
    path("health/live/", health.liveness, name="health_live"),
    path("health/", health.HealthView.as_view(), name="health"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(document_urlpatterns(wagtaildocs_urls.urlpatterns))),
    path("sitemap.xml", cache_control(public=True, max_age=15 * 60)(sitemap), name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    path("favicon.ico", favicon, name="favicon"),
]

# Error pages that read nothing from the request and render without the database.
handler400 = "actions.errors.bad_request"
handler404 = "actions.errors.page_not_found"

# Uploads on this server's disk (one server, `make run`); object storage serves its own.
urlpatterns += media_urlpatterns()

# What a reader reads or posts to, in the reader's language: English without a prefix (the
# addresses the site always had), Spanish under /es/ (common/language.py picks it).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("feeds/", include("campaigns.urls")),
    path("actions/", include("actions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
