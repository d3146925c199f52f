"""Delete form submissions older than the retention period: run it daily.

The prize applications (prize/, when installed) follow the same retention: the older
ones are deleted with their documents (prize/signals.py removes each file from the
private storage).
"""

from datetime import timedelta

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from forms.models import FormsSettings, Submission


class Command(BaseCommand):
    help = (
        "Delete form submissions older than DAYS days (by default the retention period of "
        "the forms settings) and report how many were deleted. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            metavar="DAYS",
            help="Delete submissions sent more than DAYS days ago (default: the forms "
            "settings' retention period).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report how many submissions would be deleted, delete nothing.",
        )

    def handle(self, *args, **options):
        days = options["older_than"]
        if days is None:
            days = FormsSettings.load().retention_days
        if days < 1:
            raise CommandError("--older-than must be at least 1 day.")
        cutoff = timezone.now() - timedelta(days=days)
        old = Submission.objects.filter(submit_time__lt=cutoff)
        applications = old_applications(cutoff)
        if options["dry_run"]:
            self.stdout.write(
                f"{old.count()} submission(s) older than {days} days would be deleted."
            )
            if applications is not None:
                self.stdout.write(f"{applications.count()} prize application(s) would be deleted.")
            return
        _total, by_model = old.delete()
        deleted = by_model.get(Submission._meta.label, 0)
        self.stdout.write(f"Deleted {deleted} submission(s) older than {days} days.")
        if applications is not None:
            _total, by_model = applications.delete()
            deleted = by_model.get(applications.model._meta.label, 0)
            self.stdout.write(f"Deleted {deleted} prize application(s) older than {days} days.")


def old_applications(cutoff):
    """The prize applications sent before ``cutoff``; None when the prize app is not there."""
    if not apps.is_installed("prize"):
        return None
    return apps.get_model("prize", "Application").objects.filter(submitted_at__lt=cutoff)
