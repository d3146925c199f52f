"""Settings shared by every environment. Deployment values come from the environment."""

from pathlib import Path

import environ
from csp.constants import NONE, SELF

from .languages import DEFAULT_LANGUAGE_CODES, language_choices

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "forms",
    "participants",
    "practices",
    "news",
    "texts",
    "events",
    "legal",
    "prize",
    "core",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail_honeypot",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailgeowidget",
    "django_countries",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "axes",
    "csp",
    "search",
    "workflow",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A page from the cache goes out from here: what lies below only runs for pages built
    # (the headers it adds, the content security policy and Content-Language say, are
    # stored with the page; a page whose policy holds a nonce is not stored).
    "core.page_cache.AnonymousPageCacheMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.generation.CurrentRequestMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.security.SecurityHeadersMiddleware",
    "core.resilience.DatabaseUnavailableMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite by default, so a first run needs no server; PostgreSQL through DATABASE_URL.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# A connection that died with the database is replaced on the next request: the site
# recovers by itself when the database is back.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A database that accepts connections but never answers gives the 503 page within
# seconds instead of holding every request until gunicorn kills the worker
# (core/postgresql, docs/security.md). Connecting is bounded by DATABASE_CONNECT_TIMEOUT
# seconds; each statement by the server's statement_timeout; each wait for an answer, on
# the client's side, by the statement timeout plus DATABASE_READ_MARGIN. The command line
# (manage.py except runserver, bench/generate.py) runs long statements, migrations and
# index rebuilds: it sets ALLIANCE_COMMAND_LINE and gets DATABASE_COMMAND_STATEMENT_TIMEOUT
# instead, none by default. A statement timeout of 0 turns both it and the client's bound
# off.
COMMAND_LINE = env.bool("ALLIANCE_COMMAND_LINE", default=False)
DATABASE_CONNECT_TIMEOUT = env.int("DATABASE_CONNECT_TIMEOUT", default=3)
if COMMAND_LINE:
    DATABASE_STATEMENT_TIMEOUT = env.float("DATABASE_COMMAND_STATEMENT_TIMEOUT", default=0)
else:
    DATABASE_STATEMENT_TIMEOUT = env.float("DATABASE_STATEMENT_TIMEOUT", default=10)
DATABASE_READ_MARGIN = 5
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "core.postgresql"
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options["connect_timeout"] = DATABASE_CONNECT_TIMEOUT
    if DATABASE_STATEMENT_TIMEOUT > 0:
        _statement_timeout = f"-c statement_timeout={round(DATABASE_STATEMENT_TIMEOUT * 1000)}"
        _options["options"] = f"{_options.get('options', '')} {_statement_timeout}".strip()
        _options["read_timeout"] = DATABASE_STATEMENT_TIMEOUT + DATABASE_READ_MARGIN
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://"),
    # The form rate limits' counters, apart from the pages so that a full page cache never
    # evicts them (docs/deployment.md): another Redis, or the same as CACHE_URL.
    "limits": env.cache("LIMITS_CACHE_URL", default=env("CACHE_URL", default="locmemcache://")),
}
RATELIMIT_USE_CACHE = "limits"
# With Redis down, cache calls fail quietly (and are logged): pages are served uncached.
DJANGO_REDIS_IGNORE_EXCEPTIONS = True
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False  # /healthz reports it
# Anonymous pages are served from the cache (core/page_cache.py); 0 turns it off.
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Paths never looked up in the page cache, besides the admin, static files and the like
# (core/page_cache.py): the benchmark's floor (bench/settings.py).
PAGE_CACHE_SKIPPED_PREFIXES = ()
# The query parameters read by cached views that are not pages (the search: its words,
# type filter and page); page types declare theirs (``cache_query_parameters``). Other
# parameters never make a cache key.
PAGE_CACHE_QUERY_PARAMETERS = ("q", "type", "page")
# A page that reads a parameter it does not declare is not cached and the mistake logged;
# strict (the tests): raised.
PAGE_CACHE_STRICT = False
# What every page shows around its content (menu, footer, language links, counters) is
# kept in the same cache per content generation (core/chrome.py), page cache on or off.
CHROME_CACHE_SECONDS = env.int("CHROME_CACHE_SECONDS", default=3600)

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a login after too many failures.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login attempts: after AXES_FAILURE_LIMIT failures for one user name from one address,
# that pair (only) is locked for AXES_COOLOFF_TIME hours, so nobody can lock an editor out
# from elsewhere. Each attempt during the lockout starts the wait again.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
# Number of reverse proxies in front of the site, each appending to X-Forwarded-For; 0 means
# the client connects directly and only REMOTE_ADDR is used (core/logins.py).
PROXY_COUNT = env.int("PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "core.logins.client_address"
AXES_LOCKOUT_CALLABLE = "core.logins.lockout_response"
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: interface (Django) and content (Wagtail) share one list.
LANGUAGE_CODE = "en"
LANGUAGES = language_choices(env.list("ALLIANCE_LANGUAGES", default=DEFAULT_LANGUAGE_CODES))
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates and numbers of the languages Django lacks (Romani) or leaves incomplete.
# Numbers are not grouped everywhere (USE_THOUSAND_SEPARATOR would put one in the years):
# a template groups a figure with ``intcomma`` (django.contrib.humanize).
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Europe/Paris"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static_collected")
STATICFILES_DIRS = [
    BASE_DIR / "site" / "static",
    # Leaflet as npm installs it (package.json): the maps never load it from a CDN.
    ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
    # Its clusters for the public maps (site/static/js/participants-map.js).
    ("vendor/leaflet.markercluster", BASE_DIR / "node_modules" / "leaflet.markercluster" / "dist"),
    # Noto Sans as Fontsource ships it (package.json), faces in css/fonts.css.
    ("vendor/noto-sans", BASE_DIR / "node_modules" / "@fontsource" / "noto-sans" / "files"),
    # Its Latin Extended faces cut in two by scripts/font_subsets.py (run by frontend.sh).
    ("vendor/noto-sans-subsets", BASE_DIR / "build" / "fonts"),
    # The outline of Europe behind the home page's map teaser (scripts/europe_outline.py).
    ("maps", BASE_DIR / "build" / "maps"),
]
# Files a browser asks for at the site's root (/favicon.ico, /site.webmanifest, the PNG
# icons drawn by scripts/icons.py), served by WhiteNoise as they are.
WHITENOISE_ROOT = BASE_DIR / "site" / "root"
WHITENOISE_MIMETYPES = {".webmanifest": "application/manifest+json"}
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# The prize applicants' documents (prize/storage.py): a folder the web server must NOT
# serve, on local disk even when media go to object storage; read only through the prize
# admin's permission-checked view. PRIZE_DOCUMENT_MAX_BYTES: the largest document taken.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private-media")
PRIZE_DOCUMENT_MAX_BYTES = env.int("PRIZE_DOCUMENT_MAX_BYTES", default=10 * 1024 * 1024)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on S3-compatible object storage (django-storages) when a bucket is set, so app
# servers keep nothing on their own disks (docs/deployment.md). Credentials come from
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, which boto3 reads from the environment.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_QUERYSTRING_AUTH = env.bool("AWS_QUERYSTRING_AUTH", default=False)
    AWS_DEFAULT_ACL = None
    AWS_S3_FILE_OVERWRITE = False

# Sessions in the database by default (shared by every app server through PostgreSQL);
# SESSION_ENGINE=django.contrib.sessions.backends.cache keeps them in Redis instead.
SESSION_ENGINE = env("SESSION_ENGINE", default="django.contrib.sessions.backends.db")

# A CDN or caching proxy in front: purged on publish through Wagtail's frontend cache
# module. FRONTEND_CACHE_URL is the purger's address (an HTTP PURGE endpoint such as
# Varnish's); unset, nothing is purged.
FRONTEND_CACHE_URL = env("FRONTEND_CACHE_URL", default="")
if FRONTEND_CACHE_URL:
    INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }

# EMAIL_URL, e.g. smtp+tls://user:password@mail.example.org:587
_email = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST", "")
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="alliance@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Forms (forms/): spam protection. The honeypot is on for new form pages: a form is
# accepted between HONEYPOT_TIME_INTERVAL and FORMS_TOKEN_MAX_AGE seconds after it was shown
# (a token signed with SECRET_KEY says when). A client address may send at most
# FORMS_RATE_LIMIT forms that are stored or refused as automated (django-ratelimit counts
# them in the default cache, which must be shared between processes in production).
HONEYPOT_ENABLED_DEFAULT = True
HONEYPOT_TIME_INTERVAL = env.int("HONEYPOT_TIME_INTERVAL", default=3)
FORMS_TOKEN_MAX_AGE = env.int("FORMS_TOKEN_MAX_AGE", default=12 * 3600)
FORMS_RATE_LIMIT = env("FORMS_RATE_LIMIT", default="10/h")
# Behind a proxy, the client address comes from the header the proxy sets, e.g.
# RATELIMIT_IP_META_KEY=HTTP_X_REAL_IP.
RATELIMIT_IP_META_KEY = env("RATELIMIT_IP_META_KEY", default=None)
# If the cache is down, accept the form rather than turn people away.
RATELIMIT_FAIL_OPEN = True

WAGTAIL_SITE_NAME = "European Alliance of Cities and Regions for Roma Inclusion"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Uploads: the kinds of file the Alliance publishes, and size limits (core/uploads.py).
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.DocumentUploadForm"
DOCUMENT_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_SIZE", default=20 * 1024 * 1024)
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.uploads.ImageUploadForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]  # no SVG: it can carry scripts
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("IMAGE_MAX_UPLOAD_SIZE", default=10 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Pictures in AVIF as well as WebP when Pillow can write it (core/renditions.py).
PICTURE_AVIF = env.bool("PICTURE_AVIF", default=True)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Headers (core/security.py adds the content security policy and Permissions-Policy).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# The content security policy (django-csp's standard setting): the public pages'. Every
# script and style is a file of the site; a view that needs an inline one says so
# (csp_update({"script-src": [NONCE]}) and request.csp_nonce). core/security.py adds
# the origins below and, under /admin/ only, what Wagtail's admin needs (docs/security.md).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Origins (URL templates) the public pages may load images from, besides the map tiles.
CSP_IMAGE_URLS = env.list("CSP_IMAGE_URLS", default=[])
# The admin's address look-up (wagtailgeowidget's Nominatim geocoder).
CSP_ADMIN_CONNECT_URLS = env.list(
    "CSP_ADMIN_CONNECT_URLS", default=["https://nominatim.openstreetmap.org/"]
)

# Machine translation in wagtail-localize's editor: DeepL when a key is set, none otherwise.
# Romani and the languages DeepL lacks are never sent (workflow/machine_translation.py).
DEEPL_API_KEY = env("DEEPL_API_KEY", default="")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "workflow.machine_translation.AllianceDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
MACHINE_TRANSLATION_EXCLUDED_LANGUAGES = env.list(
    "MACHINE_TRANSLATION_EXCLUDED_LANGUAGES", default=["rom"]
)

# Maps: Leaflet is served by the site (above); the tiles come from this tile server.
MAP_TILE_URL = env("MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env(
    "MAP_TILE_ATTRIBUTION",
    default='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> '
    "contributors",
)
# wagtailgeowidget (admin map of a participant's location), centred on Strasbourg.
GEO_WIDGET_DEFAULT_LOCATION = {"lat": 48.5734, "lng": 7.7521}
GEO_WIDGET_ZOOM = 6
GEO_WIDGET_LEAFLET_TILE_LAYER = MAP_TILE_URL
GEO_WIDGET_LEAFLET_TILE_LAYER_OPTIONS = {"attribution": MAP_TILE_ATTRIBUTION}
# The admin works without internet access: no version check, no Gravatar avatars.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
    # Django's own loggers print through the root's handler only: its default
    # configuration gives "django" a console handler of its own, so each message from
    # Django was printed twice in development.
    "loggers": {"django": {"handlers": [], "propagate": True}},
}
