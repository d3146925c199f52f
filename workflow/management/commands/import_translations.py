from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from workflow.po_files import PoImportError, import_directory


class Command(BaseCommand):
    help = (
        "Read the PO files in DIR (from export_translations or the editor's download) into "
        "their translations. The pages are saved as drafts for review, unless --publish."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument("--publish", action="store_true", help="publish the pages at once")

    def handle(self, *args, directory, publish=False, **options):
        if not Path(directory).is_dir():
            raise CommandError(f"Not a folder: {directory}")
        try:
            pages = import_directory(directory, publish=publish)
        except PoImportError as error:
            raise CommandError(str(error)) from error
        state = "published" if publish else "saved as drafts"
        self.stdout.write(self.style.SUCCESS(f"{len(pages)} pages {state}."))
