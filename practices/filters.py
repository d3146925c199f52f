"""The practices one database page shows for its query string: PracticeSearch, its
filters, facet counts, full-text search, pages and map.

Every filter comes from the query string and is checked against what exists; a bad value
is dropped, never an error. Counts beside each choice are "faceted": they apply every
other chosen filter (and the search) but not the facet's own, so a visitor sees what
choosing it would give. Each facet is counted in one aggregate query, so the number of
queries does not grow with the number of practices or choices.
"""

import datetime
from collections import defaultdict
from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core import generation
from core.countries import country_name
from core.languages import text_language
from core.listings import parse_year, search_terms
from core.text import collation_key
from participants.localized import in_language, visible_participants
from practices.choices import NOT_ASSESSED, PracticeType
from practices.facets import facet_rows
from practices.listing import listed_practices, participant_titles, practice_page
from practices.sorting import (
    NEWEST,
    OLDEST,
    RELEVANCE,
    by_start_year,
    default_sort,
    parse_sort,
    sort_choices,
)
from practices.theme_names import cached_theme_names
from practices.years import YEARS, covered_years, year_condition

PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200


class PracticeSearch:
    """The practices of one ``PracticeIndexPage`` as the query string asks for them."""

    def __init__(self, index_page, request):
        self.index_page = index_page
        self.request = request
        self.locale_id = index_page.locale_id
        self.base = index_page.practices()
        params = request.GET
        self.query = params.get("q", "").strip()[:MAX_QUERY_LENGTH]
        self.theme_names = cached_theme_names(request, self.locale_id)
        country = params.get("country", "").upper()
        self.country = country if country in countries else ""
        theme = params.get("theme", "")
        self.theme = theme if theme in self.theme_names else ""
        practice_type = params.get("type", "")
        types = [*PracticeType.values, NOT_ASSESSED]
        self.practice_type = practice_type if practice_type in types else ""
        year = parse_year(params.get("year"), YEARS)
        self.year = year or ""
        # The order never changes which practices match (nor the map): only the list's.
        self.sort = parse_sort(params.get("sort"), bool(self.query))
        self._search_pks = None
        self._rows = None

    @property
    def rows(self):
        if self._rows is None:
            self._rows = facet_rows(self.index_page, self.request)
        return self._rows

    # Filters ---------------------------------------------------------------------------

    def search_pks(self):
        """Primary keys of the practices the search words match, best first (one query)."""
        if self._search_pks is None:
            terms = search_terms(self.query)
            results = self.base.search(terms, operator="and") if terms else []
            self._search_pks = [page.pk for page in results]
        return self._search_pks

    def conditions(self):
        """The chosen filters as Q objects (the map's query; the list and its counts use
        ``tally``)."""
        conditions = []
        if self.query:
            conditions.append(Q(pk__in=self.search_pks()))
        if self.country:
            conditions.append(Q(country=self.country))
        if self.theme:
            through = practice_page().themes.through.objects.filter(theme__slug=self.theme)
            conditions.append(Q(pk__in=through.values("practicepage_id")))
        if self.practice_type:
            conditions.append(Q(practice_type=self.type_value))
        if self.year:
            conditions.append(year_condition(self.year))
        combined = Q()
        for condition in conditions:
            combined &= condition
        return combined

    @property
    def type_value(self):
        """The stored type the type filter asks for ('' for "not assessed")."""
        return "" if self.practice_type == NOT_ASSESSED else self.practice_type

    @cached_property
    def search_pk_set(self):
        return set(self.search_pks())

    @cached_property
    def tally(self):
        """One pass over ``rows``: the matching practices, and each facet's counts.

        A practice counts in a facet when it passes every other filter (``conditions``
        leaving that facet out); one that fails two filters counts nowhere. Returns
        (matching pks in title order, {facet: {value: count}}, {(start, end): count} for
        the years, {"country"/"type": the values present}). A type is its stored value,
        '' for none.
        """
        country_f, theme_f, year_f = self.country, self.theme, self.year
        type_f = self.type_value if self.practice_type else None
        searched = self.search_pk_set if self.query else None
        matching = []
        countries_count, themes_count, types_count = (defaultdict(int) for _ in range(3))
        spans = {}
        present = {"country": set(), "type": set()}
        for pk, country, practice_type, start, end, themes in self.rows:
            present["country"].add(country)
            present["type"].add(practice_type)
            spans.setdefault((start, end), 0)
            if searched is not None and pk not in searched:
                continue  # the search words are never left out
            country_ok = not country_f or country == country_f
            theme_ok = not theme_f or theme_f in themes
            type_ok = type_f is None or practice_type == type_f
            # year_condition: started by then and not ended before
            year_ok = not year_f or (
                start is not None and start <= year_f and (end is None or end >= year_f)
            )
            failed = (not country_ok) + (not theme_ok) + (not type_ok) + (not year_ok)
            if failed > 1:
                continue
            if failed == 0:
                matching.append(pk)
            if theme_ok and type_ok and year_ok:
                countries_count[country] += 1
            if country_ok and type_ok and year_ok:
                for slug in themes:
                    themes_count[slug] += 1
            if country_ok and theme_ok and year_ok:
                types_count[practice_type] += 1
            if country_ok and theme_ok and type_ok:
                spans[(start, end)] += 1
        counts = {"country": countries_count, "theme": themes_count, "type": types_count}
        return matching, counts, spans, present

    def result_pks(self):
        """Primary keys of the matching practices, in the order chosen (``sort``)."""
        matching = self.tally[0]
        if self.sort == RELEVANCE:
            matching = set(matching)
            return [pk for pk in self.search_pks() if pk in matching]
        if self.sort in (NEWEST, OLDEST):
            start_of = {row[0]: row[3] for row in self.rows}
            return by_start_year(matching, start_of, newest=self.sort == NEWEST)
        return matching  # the facet index's order: by title

    def results(self):
        results = self.base.filter(self.conditions())
        if self.query:
            pks = self.search_pks()
            rank = Case(
                *[When(pk=pk, then=Value(position)) for position, pk in enumerate(pks)],
                output_field=IntegerField(),
            )
            return results.annotate(rank=rank).order_by("rank")
        return results.order_by("title", "pk")

    @property
    def is_filtered(self):
        return bool(self.query or self.country or self.theme or self.practice_type or self.year)

    # Facet counts ----------------------------------------------------------------------

    def country_choices(self):
        counts = self.tally[1]["country"]
        present = self.tally[3]["country"]
        choices = [(code, country_name(code), counts.get(code, 0)) for code in present]
        return sorted(choices, key=lambda choice: collation_key(choice[1]))

    def theme_choices(self):
        counts = self.tally[1]["theme"]
        choices = [
            (slug, theme.name, counts.get(slug, 0)) for slug, theme in self.theme_names.items()
        ]
        return sorted(choices, key=lambda choice: collation_key(choice[1]))

    def type_choices(self):
        """The types some practice has, then "Not assessed" when some practice has none
        (and the chosen one, whatever it is), each with its count."""
        counts = self.tally[1]["type"]
        present = self.tally[3]["type"]
        choices = [
            (value, label, counts.get(value, 0))
            for value, label in PracticeType.choices
            if value in present or value == self.practice_type
        ]
        if "" in present or self.practice_type == NOT_ASSESSED:
            choices.append((NOT_ASSESSED, _("Not assessed"), counts.get("", 0)))
        return choices

    def year_choices(self):
        """The years some practice covers (``practices.years.covered_years``), newest
        first, each with its count; the chosen year too, when no practice covers it."""
        years = covered_years(self.tally[2], datetime.date.today().year)
        if self.year and self.year not in years:
            years[self.year] = 0
            years = dict(sorted(years.items(), reverse=True))
        return [(year, str(year), count) for year, count in years.items()]

    # Output ----------------------------------------------------------------------------

    def shown_participants(self, participant_keys):
        """{participant pk: the page to show for it}, one query. ``participant_keys``:
        {participant pk: its translation key}.

        Which page: ``participants.localized`` (a participant not shown is left out).
        """
        if not participant_keys:
            return {}
        pages = visible_participants().filter(
            Q(translation_key__in=set(participant_keys.values()), locale_id=self.locale_id)
            | Q(pk__in=set(participant_keys))
        )
        candidates = [(page.pk, page.translation_key, page.locale_id, page) for page in pages]
        return in_language(participant_keys, candidates, self.locale_id)

    def filter_params(self):
        """The chosen filters as query-string pairs (for the map's address: the order is
        left out, the map is the same in any order)."""
        pairs = [
            ("q", self.query),
            ("country", self.country),
            ("theme", self.theme),
            ("type", self.practice_type),
            ("year", self.year),
        ]
        return [(name, value) for name, value in pairs if value]

    def context(self):
        # Filter and sort the facet index, then read the ten shown: only what the list shows.
        page = Paginator(self.result_pks(), PAGE_SIZE).get_page(self.request.GET.get("page"))
        pks = list(page.object_list)
        shown = set(pks)
        index_url = self.index_page.get_url(self.request) or ""

        def build():
            return listed_practices(
                pks,
                index_url=index_url,
                participants=participant_titles(self.request, self.locale_id),
                themes_of={row[0]: row[5] for row in self.rows if row[0] in shown},
                theme_names=self.theme_names,
            )

        # The practices shown depend only on which they are, where, and the language
        # (country names): kept per generation.
        parts = [self.locale_id, get_language(), index_url, *pks]
        page.object_list = generation.cached(
            self.request, "practice-list", parts, build, lru=generation.recent_lists
        )
        return {
            "practices": page,
            "query": self.query,
            "selected": {
                "country": self.country,
                "theme": self.theme,
                "type": self.practice_type,
                "year": self.year,
            },
            "country_choices": self.country_choices(),
            "theme_choices": self.theme_choices(),
            "type_choices": self.type_choices(),
            "year_choices": self.year_choices(),
            "sort": self.sort,
            "sort_choices": sort_choices(bool(self.query)),
            # The order chosen, when not the default: kept by the "clear filters" link.
            "sort_param": "" if self.sort == default_sort(bool(self.query)) else self.sort,
            "is_filtered": self.is_filtered,
            "filter_params": self.filter_params(),
        }

    def geojson(self):
        """The matching practices that have a located participant, as GeoJSON."""
        practices = list(
            self.results()
            .filter(participant__latitude__isnull=False, participant__longitude__isnull=False)
            .select_related("participant")
            .annotate(lang=text_language())
        )
        shown_participants = self.shown_participants(
            {p.participant.pk: p.participant.translation_key for p in practices if p.participant}
        )
        features = []
        for practice in practices:
            # A practice of a draft or private participant has no public place to be shown at.
            shown = shown_participants.get(practice.participant_id)
            if shown is None or not shown.has_location:
                continue
            features.append(
                {
                    "type": "Feature",
                    "id": practice.pk,
                    "geometry": {
                        "type": "Point",
                        "coordinates": [float(shown.longitude), float(shown.latitude)],
                    },
                    "properties": {
                        "name": practice.title,
                        "lang": practice.lang,  # the language of the name
                        "kind": "practice",
                        "kind_label": shown.title,
                        "country": practice.country.code,
                        "country_name": country_name(practice.country.code),
                        "url": practice.get_url(self.request),
                    },
                }
            )
        return {"type": "FeatureCollection", "features": features}
