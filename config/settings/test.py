"""The test suite: fast hashing, mail kept in memory, SQLite unless DATABASE_URL is set."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-secret-key-not-for-production"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://"),
    "limits": env.cache("LIMITS_CACHE_URL", default="locmemcache://limits"),
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files straight from the finders: the suite never runs collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Django's test client logs in without a request, which django-axes refuses; the tests of
# the login limit switch it back on.
AXES_ENABLED = False
# wagtail-localize's dummy translator (reverses words), limited like DeepL is in production.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "workflow.machine_translation.AllianceDummyTranslator",
    "OPTIONS": {},
}
# The page cache is tested on its own (tests/core/test_page_cache.py); elsewhere it would
# hide what a test changes.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
PAGE_CACHE_STRICT = True
# Uploaded images and documents go to a folder of their own outside the working tree, so
# a run leaves nothing behind (git status stays clean).
MEDIA_ROOT = env.path("MEDIA_ROOT", default=Path(tempfile.gettempdir()) / "alliance-test-media")
PRIVATE_MEDIA_ROOT = Path(tempfile.gettempdir()) / "alliance-test-private-media"

# AVIF takes five times as long to encode as WebP: one test turns it on
# (tests/core/test_pictures.py).
PICTURE_AVIF = False
