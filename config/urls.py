from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import MultilingualSitemap

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"

# Not translated: the admin, documents, machine-read files and the health check.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz", home_views.healthz, name="healthz"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything a person reads carries its language: /es/..., /ar/...
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("accounts/", include("allauth.urls")),
    path("account/", include("home.account_urls")),
    path("mentoring/", include("engagement.mentoring.urls")),
    path("listening/", include("engagement.listening.urls")),
    path("stories/", include("engagement.stories.urls")),
    path("compact/", include("engagement.compact.urls")),
    path("team/", include("engagement.network.urls")),
    path("learning/", include("learning.catalog.urls")),
    path("portfolio/", include("learning.portfolios.urls")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
