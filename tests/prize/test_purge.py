"""The forms' purge deletes the old prize applications and their documents too."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from prize.models import Application
from tests.prize.conftest import make_application

pytestmark = pytest.mark.django_db


def test_purge_deletes_old_applications_and_their_documents(call):
    old = make_application(call, "Old project")
    Application.objects.filter(pk=old.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=400)
    )
    recent = make_application(call, "Recent project")
    old_file, recent_file = Path(old.document.path), Path(recent.document.path)
    out = io.StringIO()

    call_command("purge_submissions", "--older-than", "365", stdout=out)

    assert list(Application.objects.values_list("project_title", flat=True)) == ["Recent project"]
    assert not old_file.exists()
    assert recent_file.exists()
    assert "Deleted 1 prize application(s) older than 365 days." in out.getvalue()


def test_purge_dry_run_deletes_nothing(call):
    old = make_application(call, "Old project")
    Application.objects.filter(pk=old.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=400)
    )
    out = io.StringIO()

    call_command("purge_submissions", "--older-than", "365", "--dry-run", stdout=out)

    assert Application.objects.count() == 1
    assert Path(old.document.path).exists()
    assert "1 prize application(s) would be deleted." in out.getvalue()
