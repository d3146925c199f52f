"""Delete form submissions older than the retention period: run it daily."""

from datetime import timedelta

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
        if options["dry_run"]:
            self.stdout.write(
                f"{old.count()} submission(s) older than {days} days would be deleted."
            )
            return
        _total, by_model = old.delete()
        deleted = by_model.get(Submission._meta.label, 0)
        self.stdout.write(f"Deleted {deleted} submission(s) older than {days} days.")
