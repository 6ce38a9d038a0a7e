from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from announcements.public import routing
from announcements.public.sitemap import PageSitemap
from announcements.response_cache import shareable
from licenses import urls as license_urls
from licenses.sitemap import LicenseSitemap

from .sitemap_xml import SITEMAP_XML
from .throttling import throttled_authenticate_with_password
from .views import ReaderLoginView, robots_txt

SITEMAPS = {"pages": PageSitemap, "licenses": LicenseSitemap}

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Outside i18n_patterns: one sitemap lists both languages, with hreflang alternates.
    path(
        "sitemap.xml",
        shareable(sitemap_view),
        {"sitemaps": SITEMAPS, "template_name": SITEMAP_XML},  # written in Python: site_config/sitemap_xml.py
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
]

# Static files are served by WhiteNoise's middleware in every environment (from the
# source folders under `make run`, from STATIC_ROOT in production). Uploaded media is
# served by Django only where SERVE_MEDIA_FILES is on (dev.py), whatever DEBUG is;
# django.conf.urls.static.static() would serve nothing once DEBUG is off.
if settings.SERVE_MEDIA_FILES:
    import re

    from django.views.static import serve

    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Every reader-facing URL carries its language: /en/... and /ja/. A bare "/" is
# redirected by LocaleMiddleware according to the browser's Accept-Language.
urlpatterns += i18n_patterns(
    # License pages are public like the rest: the response cache stores them.
    path("licenses/", include((decorate_urlpatterns(license_urls.urlpatterns, shareable), license_urls.app_name))),
    path("feeds/", include("announcements.feeds.urls")),
    path("search/", include("announcements.search.urls")),
    path("api/v1/", include(("announcements.api.urls", "api"), namespace="api")),
    # In front of Wagtail's own pattern for the page password form: wrong passwords are throttled.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttled_authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Where Wagtail sends readers of a login-only page: in front of the page catch-all below,
    # which would take it for a page address (and answer 404).
    path("_util/login/", ReaderLoginView.as_view(), name="wagtailcore_login"),
    # Wagtail's page serving catches everything else, so it comes last: announcements
    # are routed in one query first (announcements.public.routing); reversing page
    # addresses still goes through Wagtail's own pattern, which matches the same paths.
    re_path(wagtail_urls.serve_pattern, routing.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "site_config.views.page_not_found"
handler500 = "site_config.views.server_error"
