"""Check the glossary (locale/glossary.csv) over the interface catalogs and the demo
content of every language, and with --pages over the site's translated pages: every term
an English text uses must be translated as the glossary says (docs/languages.md)."""

from django.core.management.base import BaseCommand, CommandError

from core import glossary
from core.glossary_texts import catalog_texts, demo_texts, language_codes, page_texts


class Command(BaseCommand):
    help = (
        "Fail, with the list, where a glossary term of an English text is translated "
        "otherwise: in each language's catalog and demo content (and pages with --pages)."
    )

    def add_arguments(self, parser):
        parser.add_argument("languages", nargs="*", help="language codes (default: all)")
        parser.add_argument(
            "--pages", action="store_true", help="also the translated pages in the database"
        )

    def handle(self, *args, **options):
        codes = options["languages"] or language_codes()
        unknown = sorted(set(codes) - set(language_codes()))
        if unknown:
            raise CommandError(f"unknown language code(s): {', '.join(unknown)}")
        terms = glossary.load()
        problems = glossary.gaps(terms, codes)
        for code in codes:
            texts = [*catalog_texts(code), *demo_texts(code)]
            if options["pages"]:
                texts += [
                    (f"page {page.url_path} ({state}), {path}", source, text)
                    for (page, state, path), source, text in page_texts(code)
                ]
            problems += [drift.message() for drift in terms.check(code, texts)]
        for problem in problems:
            self.stdout.write(f"  - {problem}")
        if problems:
            raise CommandError(
                f"glossary: {len(problems)} problem(s) in {', '.join(codes)} (see above; "
                "fix the translation, or add the form used to locale/glossary.csv)"
            )
        self.stdout.write(
            f"glossary: {len(terms.terms)} terms checked in {len(codes)} languages, all good"
        )
