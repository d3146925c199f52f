"""Send the form mails that could not be sent when the form was submitted."""

from django.core.management.base import BaseCommand
from django.db.models import Q

from forms.mail import send_submission_mails
from forms.models import Submission


class Command(BaseCommand):
    help = (
        "Send again the confirmation and notification mails of form submissions that "
        "could not be sent (the mail server was down, the staff address was missing...)."
    )

    def handle(self, *args, **options):
        pending = (
            Submission.objects.filter(
                Q(notification_sent=False) | (Q(confirmation_sent=False) & ~Q(applicant_email=""))
            )
            .select_related("page")
            .order_by("submit_time")
        )
        sent = 0
        still_pending = 0
        for submission in pending:
            sent += send_submission_mails(submission)
            if submission.mails_pending:
                still_pending += 1
        self.stdout.write(f"Sent {sent} mail(s); {still_pending} submission(s) still waiting.")
        if still_pending:
            self.stderr.write(
                "Some mails could not be sent: see the log above, and run this command again."
            )
