"""The privacy tests' content, shared by their modules."""

import pytest
from django.core.cache import cache

from tests.security.privacy_content import build_content


@pytest.fixture
def content(home, locales, django_capture_on_commit_callbacks):
    cache.clear()
    return build_content(home, locales)
