"""purge_submissions deletes the submissions older than the retention period, no others."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from forms.models import FormsSettings, Submission
from tests.factories import JoinFormPageFactory, SubmissionFactory


def aged(page, days):
    submission = SubmissionFactory(page=page)
    # submit_time is auto_now_add: age it afterwards.
    Submission.objects.filter(pk=submission.pk).update(
        submit_time=timezone.now() - timedelta(days=days)
    )
    return submission


@pytest.fixture
def submissions(home):
    page = JoinFormPageFactory(parent=home)
    return {days: aged(page, days) for days in (1, 29, 31, 400)}


def purge(*args):
    out = StringIO()
    call_command("purge_submissions", *args, stdout=out)
    return out.getvalue()


def test_purge_deletes_only_older_submissions(submissions):
    assert purge("--older-than", "30") == (
        "Deleted 2 submission(s) older than 30 days.\n"
        "Deleted 0 prize application(s) older than 30 days.\n"
    )
    kept = set(Submission.objects.values_list("pk", flat=True))
    assert kept == {submissions[1].pk, submissions[29].pk}


def test_purge_uses_the_retention_period_by_default(submissions):
    assert "Deleted 1 submission(s) older than 365 days." in purge()
    forms_settings = FormsSettings.load()
    forms_settings.retention_days = 20
    forms_settings.save()
    assert "Deleted 2 submission(s) older than 20 days." in purge()
    assert Submission.objects.count() == 1


def test_dry_run_deletes_nothing(submissions):
    assert "3 submission(s) older than 10 days would be deleted." in purge(
        "--older-than", "10", "--dry-run"
    )
    assert Submission.objects.count() == 4


def test_purge_refuses_zero_days(submissions):
    with pytest.raises(CommandError):
        purge("--older-than", "0")
    assert Submission.objects.count() == 4
