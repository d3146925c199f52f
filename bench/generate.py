"""Fill the database with synthetic content at the Alliance's size, or N times it.

    DJANGO_SETTINGS_MODULE=config.settings.dev DATABASE_URL=postgres://... \\
        python bench/generate.py --scale 1

Scale 1 is the Alliance today: 130 participants in 29 countries, 1,000 practices, 500
news items and 200 adopted texts; scale N multiplies every count but the countries. Every
page is marked: its title starts with "[Synthetic]", its slug with "synthetic-", and its
introduction or summary says it is synthetic benchmark content.

It builds on the demo (``manage.py load_demo``: the home page and the index pages in
every language). Pages are inserted in bulk (bench/bulk.py: no revision, no signal), the
English ones first, then translations: a share into French and a smaller share into a
few other languages, as real translations (same translation key, the other locale,
translated title and text). The first few French ones go through Wagtail's own
``copy_for_translation`` + edit + publish, so that path is exercised too. Both search
indexes are rebuilt at the end (``update_index``, ``rebuild_site_search``).

``--reset`` removes the synthetic pages of an earlier run first; without it, a database
that already has them is left alone.
"""

import argparse
import datetime
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
# Inserts in bulk and index rebuilds run long statements: the command line's database
# timeouts (config/settings/base.py).
os.environ.setdefault("ALLIANCE_COMMAND_LINE", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from wagtail.images.models import Image  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from bench.bulk import bulk_add_children  # noqa: E402
from core.generation import bump_generation  # noqa: E402
from news.models import NewsIndexPage, NewsPage, NewsPageTopic, NewsTopic  # noqa: E402
from participants.models import (  # noqa: E402
    ParticipantIndexPage,
    ParticipantKind,
    ParticipantPage,
    location_string,
)
from practices.models import PracticeIndexPage, PracticePage, PracticeType, Theme  # noqa: E402
from texts.models import AdoptedTextIndexPage, AdoptedTextPage, TextKind  # noqa: E402

PER_SCALE = {"participants": 130, "practices": 1000, "news": 500, "texts": 200}
SLUG_PREFIX = "synthetic-"
MARK = "[Synthetic]"
FLAG = "Synthetic content made by bench/generate.py for benchmarks: not real."
# Share of the English pages translated into each language.
TRANSLATED_SHARE = {"fr": 0.30, "de": 0.10, "es": 0.10, "it": 0.10, "ro": 0.10}
COPY_FOR_TRANSLATION = 10  # French translations made the editor's way
# 29 countries with a rough centre (latitude, longitude) to scatter participants around.
COUNTRIES = {
    "AL": (41.2, 20.1), "AT": (47.5, 14.5), "BA": (44.0, 17.7), "BE": (50.6, 4.6),
    "BG": (42.7, 25.4), "CH": (46.8, 8.2), "CY": (35.1, 33.4), "CZ": (49.8, 15.4),
    "DE": (51.1, 10.4), "ES": (40.4, -3.7), "FI": (62.0, 25.7), "FR": (46.6, 2.4),
    "GR": (39.0, 22.0), "HR": (45.1, 15.2), "HU": (47.1, 19.5), "IT": (42.8, 12.5),
    "ME": (42.7, 19.3), "MK": (41.6, 21.7), "MD": (47.4, 28.4), "NL": (52.1, 5.3),
    "PL": (51.9, 19.1), "PT": (39.4, -8.2), "RO": (45.9, 24.9), "RS": (44.0, 21.0),
    "SE": (60.1, 18.6), "SI": (46.2, 14.9), "SK": (48.7, 19.7), "TR": (39.0, 35.2),
    "UA": (48.4, 31.2),
}  # fmt: skip
WORDS = (
    "education housing employment health school mediator community inclusion youth women "
    "training culture language access services dialogue participation housing-support "
    "early-childhood scholarship apprenticeship outreach campaign festival library clinic "
    "vaccination desegregation anti-discrimination volunteers neighbourhood council"
).split()
LABELS = {
    "participant": {"en": "Municipality", "fr": "Commune", "de": "Gemeinde", "es": "Municipio",
                    "it": "Comune", "ro": "Comuna"},
    "practice": {"en": "Practice", "fr": "Pratique", "de": "Praxis", "es": "Práctica",
                 "it": "Pratica", "ro": "Practica"},
    "news": {"en": "News item", "fr": "Actualité", "de": "Meldung", "es": "Noticia",
             "it": "Notizia", "ro": "Știre"},
    "text": {"en": "Resolution", "fr": "Résolution", "de": "Entschließung", "es": "Resolución",
             "it": "Risoluzione", "ro": "Rezoluția"},
}  # fmt: skip


def sentence(rng, words=12):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def paragraphs(rng, count=3):
    return [("paragraph", f"<p>{sentence(rng, 40)}</p>") for _ in range(count)]


def index_of(model, locale):
    return model.objects.filter(locale=locale).order_by("depth").first()


class Generator:
    def __init__(self, scale, seed=1):
        self.scale = scale
        self.rng = random.Random(seed)
        self.english = Locale.objects.get(language_code="en")
        self.timings = {}

    def count(self, kind):
        return int(PER_SCALE[kind] * self.scale)

    def timed(self, label, function, *args):
        start = time.perf_counter()
        result = function(*args)
        self.timings[label] = time.perf_counter() - start
        print(f"{label}: {self.timings[label]:.1f} s", flush=True)
        return result

    # English pages ---------------------------------------------------------------------

    def participants(self):
        rng = self.rng
        codes = list(COUNTRIES)
        pages = []
        for n in range(self.count("participants")):
            code = codes[n % len(codes)]
            lat, lon = COUNTRIES[code]
            lat, lon = round(lat + rng.uniform(-1, 1), 6), round(lon + rng.uniform(-1, 1), 6)
            pages.append(
                ParticipantPage(
                    title=f"{MARK} Municipality {n}",
                    slug=f"{SLUG_PREFIX}participant-{n}",
                    kind=rng.choice(ParticipantKind.values),
                    country=code,
                    location=location_string(lat, lon),
                    latitude=lat,
                    longitude=lon,
                    population=rng.randint(2_000, 2_000_000),
                    date_joined=datetime.date(2013, 1, 1)
                    + datetime.timedelta(days=rng.randint(0, 4000)),
                    summary=f"{FLAG} {sentence(rng)}",
                    description=paragraphs(rng, 2),
                )
            )
        index = index_of(ParticipantIndexPage, self.english)
        return bulk_add_children(index, pages)

    def practices(self, participants):
        rng = self.rng
        themes = list(Theme.objects.filter(locale=self.english))
        types = [*PracticeType.values, ""]
        pages = []
        for n in range(self.count("practices")):
            participant = rng.choice(participants)
            start = rng.randint(1995, 2024)
            end = rng.choice([None, None, start + rng.randint(0, 6)])
            pages.append(
                PracticePage(
                    title=f"{MARK} Practice {n}",
                    slug=f"{SLUG_PREFIX}practice-{n}",
                    participant=participant,
                    country=participant.country,
                    practice_type=rng.choice(types),
                    start_year=start,
                    end_year=end,
                    summary=f"{FLAG} {sentence(rng, 20)}",
                    body=paragraphs(rng, 4),
                    contact_name="Synthetic office",
                )
            )
        index = index_of(PracticeIndexPage, self.english)
        pages = bulk_add_children(index, pages)
        through = PracticePage.themes.through
        through.objects.bulk_create(
            through(practicepage_id=page.pk, theme_id=theme.pk)
            for page in pages
            for theme in rng.sample(themes, rng.randint(1, 3))
        )
        return pages

    def news(self):
        rng = self.rng
        topics = list(NewsTopic.objects.filter(locale=self.english))
        image = Image.objects.first()
        pages = []
        for n in range(self.count("news")):
            pages.append(
                NewsPage(
                    title=f"{MARK} News item {n}",
                    slug=f"{SLUG_PREFIX}news-{n}",
                    date=datetime.date(2013, 1, 1) + datetime.timedelta(days=rng.randint(0, 4700)),
                    introduction=f"{FLAG} {sentence(rng)}",
                    image=image if image is not None and n % 3 == 0 else None,
                    image_alt="Synthetic image" if image is not None and n % 3 == 0 else "",
                    body=paragraphs(rng, 5),
                )
            )
        index = index_of(NewsIndexPage, self.english)
        pages = bulk_add_children(index, pages)
        if topics:
            NewsPageTopic.objects.bulk_create(
                NewsPageTopic(page=page, topic=rng.choice(topics), locale=self.english)
                for page in pages
                if rng.random() < 0.7
            )
        return pages

    def texts(self):
        rng = self.rng
        pages = []
        for n in range(self.count("texts")):
            day = datetime.date(2005, 1, 1) + datetime.timedelta(days=rng.randint(0, 7000))
            pages.append(
                AdoptedTextPage(
                    title=f"{MARK} Resolution {n}",
                    slug=f"{SLUG_PREFIX}text-{n}",
                    kind=rng.choice(TextKind.values),
                    reference=f"{MARK} Resolution {n} ({day.year})",
                    adoption_date=day,
                    session=f"{rng.randint(10, 45)}th Session",
                    summary=f"<p>{FLAG} {sentence(rng, 30)}</p>",
                )
            )
        index = index_of(AdoptedTextIndexPage, self.english)
        return bulk_add_children(index, pages)

    # Translations ----------------------------------------------------------------------

    def translated_copy(self, page, locale, label):
        """An unsaved copy of ``page`` in ``locale``: the same translation key."""
        code = locale.language_code
        copy = type(page)()
        for field in page._meta.concrete_fields:
            if field.primary_key or field.one_to_one:
                continue
            setattr(copy, field.attname, getattr(page, field.attname))
        number = page.slug.rsplit("-", 1)[1]
        copy.title = f"{MARK} {LABELS[label][code]} {number} ({code})"
        copy.slug = f"{page.slug}-{code}"
        copy.locale_id = locale.pk
        copy.translation_key = page.translation_key
        copy.first_published_at = copy.last_published_at = None
        return copy

    def translate(self, pages_by_label, index_models):
        totals = {}
        for code, share in TRANSLATED_SHARE.items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None:
                continue
            for label, pages in pages_by_label.items():
                index = index_of(index_models[label], locale)
                if index is None:
                    english_index = index_of(index_models[label], self.english)
                    index = english_index.copy_for_translation(locale, copy_parents=True)
                    index.save_revision().publish()
                chosen = [page for page in pages if self.rng.random() < share]
                by_editor = []
                if code == "fr" and label == "practice":
                    by_editor, chosen = chosen[:COPY_FOR_TRANSLATION], chosen[COPY_FOR_TRANSLATION:]
                for page in by_editor:
                    translation = page.copy_for_translation(locale)
                    number = page.slug.rsplit("-", 1)[1]
                    translation.title = f"{MARK} {LABELS[label][code]} {number} ({code})"
                    translation.save_revision().publish()
                copies = [self.translated_copy(page, locale, label) for page in chosen]
                bulk_add_children(index, copies)
                if label == "practice":
                    through = PracticePage.themes.through
                    themes = dict(
                        through.objects.filter(practicepage__in=chosen).values_list(
                            "practicepage_id", "theme_id"
                        )
                    )
                    # The themes are synchronised: the translation keeps the same rows.
                    through.objects.bulk_create(
                        through(practicepage_id=copy.pk, theme_id=themes[page.pk])
                        for page, copy in zip(chosen, copies, strict=True)
                        if page.pk in themes
                    )
                totals[(code, label)] = len(copies) + len(by_editor)
        return totals


def remove_synthetic():
    pages = Page.objects.filter(slug__startswith=SLUG_PREFIX)
    count = pages.count()
    pages.delete()
    return count


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1, help="1 = the Alliance today")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reset", action="store_true", help="remove earlier synthetic pages")
    parser.add_argument("--no-index", action="store_true", help="skip the search indexes")
    args = parser.parse_args(argv)

    english = Locale.objects.filter(language_code="en").first()
    if english is None or index_of(PracticeIndexPage, english) is None:
        sys.exit("Run `manage.py load_demo` first: the synthetic pages go under its indexes.")
    if args.reset:
        print(f"removed {remove_synthetic()} synthetic pages", flush=True)
    elif Page.objects.filter(slug__startswith=SLUG_PREFIX).exists():
        sys.exit("Synthetic pages exist already: use --reset to replace them.")

    started = time.perf_counter()
    generator = Generator(args.scale, args.seed)
    with transaction.atomic():
        participants = generator.timed("participants", generator.participants)
        practices = generator.timed("practices", generator.practices, participants)
        news = generator.timed("news", generator.news)
        texts = generator.timed("texts", generator.texts)
        totals = generator.timed(
            "translations",
            generator.translate,
            {"participant": participants, "practice": practices, "news": news, "text": texts},
            {
                "participant": ParticipantIndexPage,
                "practice": PracticeIndexPage,
                "news": NewsIndexPage,
                "text": AdoptedTextIndexPage,
            },
        )
    created = len(participants) + len(practices) + len(news) + len(texts) + sum(totals.values())
    build = time.perf_counter() - started
    print(f"created {created} pages in {build:.1f} s ({1000 * build / created:.1f} s per 1,000)")
    for (code, label), number in sorted(totals.items()):
        print(f"  {code}: {number} {label} translations")
    if not args.no_index:
        generator.timed("update_index", call_command, "update_index")
        generator.timed("rebuild_site_search", call_command, "rebuild_site_search")
    if connection.vendor == "postgresql":
        # What autovacuum does on a production server, at once: the rebuilt search indexes
        # leave as many dead rows as live ones, which every scan would step over, and
        # bulk inserts leave the planner without statistics. (Autovacuum may also be off,
        # as on the development machine this was measured on.)
        with connection.cursor() as cursor:
            generator.timed("vacuum analyze", cursor.execute, "VACUUM ANALYZE")
    bump_generation()
    print(f"total {time.perf_counter() - started:.1f} s", flush=True)


if __name__ == "__main__":
    main()
