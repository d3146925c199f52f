"""Print, per language, how many pages are translated, out of date and missing."""

from django.core.management.base import BaseCommand

from workflow.status import MISSING, OUT_OF_DATE, translation_status


class Command(BaseCommand):
    help = "Per language: pages translated, out of date (source changed since), not translated."

    def add_arguments(self, parser):
        parser.add_argument("languages", nargs="*", help="language codes (default: all)")
        parser.add_argument(
            "--pages", action="store_true", help="also list the out-of-date and missing pages"
        )

    def handle(self, *args, languages=None, pages=False, **options):
        report = translation_status(languages or None)
        self.stdout.write(f"{'language':<10}{'translated':>12}{'out of date':>13}{'missing':>9}")
        for status in report:
            self.stdout.write(
                f"{status.locale.language_code:<10}{status.translated:>12}"
                f"{status.out_of_date:>13}{status.missing:>9}"
            )
            if pages:
                for page in status.pages:
                    if page.state in (OUT_OF_DATE, MISSING):
                        label = "out of date" if page.state == OUT_OF_DATE else "missing"
                        self.stdout.write(f"    {label:<12} {page.source.url_path}")
