"""URLs: admin and machine-facing routes outside the language prefix, pages inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.resilience import health
from core.serving import serve
from core.sitemap import robots_txt, sitemap_index, sitemap_language
from core.social_views import social_card
from search.views import search_view

handler500 = "core.resilience.server_error"

urlpatterns = [
    path("healthz", health, name="healthz"),
    path("robots.txt", robots_txt, name="robots"),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<str:language_code>.xml", sitemap_language, name="sitemap-language"),
    path(
        "social-card/<str:language_code>/<int:page_id>/<str:digest>.png",
        social_card,
        name="social-card",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# "/" has no page of its own: LocaleMiddleware sends the visitor to "/<language>/",
# choosing from the language cookie, then Accept-Language, then English.
urlpatterns += i18n_patterns(
    path("search/", search_view, name="search"),
    path("", include("news.urls")),
    path("", include("events.urls")),
    # Wagtail's URLs, its page view replaced by core/serving.py's (the same view, with the
    # site and the home page found once per content generation).
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
    prefix_default_language=True,
)
