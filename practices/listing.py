"""The practices one page of the database lists, read as rows rather than page models.

The list shows ten practices: their title, address, participant, country, years, type,
summary and themes. Building ten Wagtail page models (and prefetching their themes) for
that cost more than the rest of the page; here the practices are one ``values()``
query, their themes come from the facet index already at hand (``facet_rows``), and their
participants' titles from a table kept per content generation and language. Each title
holds the language of its text (an untranslated copy shows its source's:
core/languages.py).
"""

from dataclasses import dataclass

from django.apps import apps

from core import generation
from core.countries import country_name
from core.languages import text_language
from core.renditions import listed_images
from core.text import collation_key
from participants.localized import in_language, visible_participants
from participants.models import ParticipantPage
from practices.choices import PracticeType
from practices.theme_names import ThemeName, theme_model

# What the list shows of each practice (practice_index_page.html).
LISTED_FIELDS = (
    "pk",
    "title",
    "slug",
    "country",
    "practice_type",
    "start_year",
    "end_year",
    "summary",
    "participant_id",
)


def practice_page():
    """The practice page model, by name: practices/models.py imports this module."""
    return apps.get_model("practices", "PracticePage")


@dataclass(frozen=True, slots=True)
class ListedPractice:
    """A practice as the list shows it."""

    pk: int
    title: str
    url: str
    participant_title: str  # in the page's language when translated; '' if none shown
    participant_lang: str  # the language of participant_title
    country_name: str
    start_year: int | None
    end_year: int | None
    practice_type: str
    summary: str
    themes: list  # their names in the page's language (ThemeName: name, lang), sorted
    lang: str  # the language of the title and summary
    image: object = None  # the image (its card renditions prefetched), or None
    image_alt: str = ""  # empty for a decorative image

    @property
    def type_label(self):
        return PracticeType(self.practice_type).label if self.practice_type else ""


def participant_titles(request, locale_id):
    """{participant pk: (the title to show beside its practices, its language)}, for
    every participant, built once per content generation and language.

    Which participant page gives the title: ``participants.localized`` (a participant
    not shown is left out).
    """

    def build():
        visible = (
            visible_participants(request)
            .annotate(lang=text_language())
            .values_list("pk", "translation_key", "locale_id", "title", "lang")
        )
        candidates = [
            (pk, key, row_locale, (title, lang)) for pk, key, row_locale, title, lang in visible
        ]
        wanted = dict(ParticipantPage.objects.values_list("pk", "translation_key"))
        return in_language(wanted, candidates, locale_id)

    return generation.cached(request, "participant-titles", [locale_id], build)


def listed_practices(pks, index_url, participants, themes_of, theme_names):
    """The practices ``pks`` (live and public: from the facet index) in that order.

    ``index_url``: the URL of their index page (each practice is a child of it);
    ``participants``: {participant pk: (title to show, its language)}
    (``participant_titles``);
    ``themes_of``: {pk: theme slugs}; ``theme_names``: {slug: ThemeName in this language}.
    """
    if not pks:
        return []
    found = practice_page().objects.filter(pk__in=pks).annotate(lang=text_language())
    found = found.values(*LISTED_FIELDS, "lang")
    rows = {row["pk"]: row for row in found}
    images = listed_images(practice_page().objects.filter(pk__in=pks))
    names = dict(theme_names)
    missing = {slug for pk in pks for slug in themes_of.get(pk, ()) if slug not in names}
    if missing:  # a theme with no name in this language nor the default one (rare)
        other_names = theme_model().objects.filter(slug__in=missing)
        for slug, name, lang in other_names.values_list("slug", "name", "locale__language_code"):
            names[slug] = ThemeName(name, lang)
    listed = []
    for pk in pks:
        row = rows.get(pk)
        if row is None:
            continue  # deleted since the facet index was built
        participant_title, participant_lang = participants.get(row["participant_id"], ("", ""))
        listed.append(
            ListedPractice(
                pk=pk,
                title=row["title"],
                url=f"{index_url}{row['slug']}/",
                participant_title=participant_title,
                participant_lang=participant_lang,
                country_name=country_name(row["country"]),
                start_year=row["start_year"],
                end_year=row["end_year"],
                practice_type=row["practice_type"],
                summary=row["summary"],
                themes=sorted(
                    (names[slug] for slug in themes_of.get(pk, ())),
                    key=lambda theme: collation_key(theme.name),
                ),
                lang=row["lang"],
                image=images.get(pk, (None, ""))[0],
                image_alt=images.get(pk, (None, ""))[1],
            )
        )
    return listed
