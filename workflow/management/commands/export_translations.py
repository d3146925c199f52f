from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from workflow.po_files import export_language


class Command(BaseCommand):
    help = "Write a PO file per English page for translators of LANG into DIR."

    def add_arguments(self, parser):
        parser.add_argument("language", help="language code, e.g. fr")
        parser.add_argument("directory", help="folder to write the PO files into")

    def handle(self, *args, language, directory, **options):
        if not Locale.objects.filter(language_code=language).exists():
            raise CommandError(f"No such language on this site: {language}")
        paths = export_language(language, directory)
        self.stdout.write(self.style.SUCCESS(f"Wrote {len(paths)} PO files to {directory}"))
