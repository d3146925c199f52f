"""Create the editors', moderators' and translators' groups and the Review workflow."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from workflow.review import setup_review
from workflow.roles import MODERATORS, setup_roles


class Command(BaseCommand):
    help = (
        "Create or update the Editors and Moderators groups, one translators' group per "
        "language (rights on that language's tree only), and the Review workflow."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        try:
            groups = setup_roles()
        except LookupError as error:
            raise CommandError(str(error)) from error
        workflow = setup_review(groups[MODERATORS])
        for name in groups:
            self.stdout.write(f"Group: {name}")
        self.stdout.write(self.style.SUCCESS(f"Workflow: {workflow.name} on every page."))
