"""Scale-out settings: media on S3-compatible storage and a CDN purger, from the environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SHOW = (
    "import json, django; from django.conf import settings; django.setup(); "
    "from django.core.files.storage import storages; "
    "from wagtail.contrib.frontend_cache.utils import get_backends; "
    "print(json.dumps({'storage': type(storages[\"default\"]).__module__ + '.' + "
    "type(storages[\"default\"]).__name__, 'purgers': sorted(type(b).__name__ for b in "
    "get_backends().values()), 'apps': settings.INSTALLED_APPS}))"
)
DEPLOYMENT_VARIABLES = {"AWS_STORAGE_BUCKET_NAME", "FRONTEND_CACHE_URL"}


def settings_with(**env):
    clean = {k: v for k, v in os.environ.items() if k not in DEPLOYMENT_VARIABLES}
    clean.update(SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org", **env)
    clean["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    result = subprocess.run(
        [sys.executable, "-c", SHOW], cwd=BASE_DIR, env=clean, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_media_on_local_disk_and_no_purger_by_default():
    shown = settings_with()
    assert shown["storage"] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert shown["purgers"] == []
    assert "wagtail.contrib.frontend_cache" not in shown["apps"]


def test_bucket_and_purger_from_the_environment():
    shown = settings_with(
        AWS_STORAGE_BUCKET_NAME="alliance-media",
        AWS_S3_ENDPOINT_URL="http://127.0.0.1:9000",
        FRONTEND_CACHE_URL="http://127.0.0.1:6081",
    )
    assert shown["storage"] == "storages.backends.s3.S3Storage"
    assert shown["purgers"] == ["HTTPBackend"]
    assert "wagtail.contrib.frontend_cache" in shown["apps"]
