"""Create the editors', moderators', translators' and form managers' groups and the Review
workflow, and say what each group may do."""

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from workflow.review import setup_review
from workflow.roles import MODERATORS, setup_roles, summary


class Command(BaseCommand):
    help = (
        "Create or update the Editors and Moderators groups, one translators' group per "
        "language (rights on that language's tree only), the Form managers group (the only "
        "one that sees form submissions), and the Review workflow. Safe to run again."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        existing = set(Group.objects.values_list("name", flat=True))
        try:
            groups = setup_roles()
        except LookupError as error:
            raise CommandError(str(error)) from error
        workflow = setup_review(groups[MODERATORS])
        for name in groups:
            state = "updated" if name in existing else "created"
            self.stdout.write(f"Group: {name} ({state}): {summary(name)}.")
        self.stdout.write(self.style.SUCCESS(f"Workflow: {workflow.name} on every page."))
