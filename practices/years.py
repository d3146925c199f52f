"""The years a practice database filters on, and the years its practices cover."""

from django.db.models import Q

from practices.choices import MAX_YEAR, MIN_YEAR

# The years a visitor may choose (core.listings.parse_year).
YEARS = range(MIN_YEAR, MAX_YEAR + 1)


def year_condition(year):
    """Practices running in ``year``: started by then and not ended before."""
    return Q(start_year__lte=year) & (Q(end_year__isnull=True) | Q(end_year__gte=year))


def covered_span(start, end, this_year):
    """(first, last) years a practice covers (``year_condition``: from its start to its
    end, or to this year while it goes on), or None: no start year, or ended before it
    began. A practice planned to start after this year covers its start year."""
    if start is None or (end is not None and end < start):
        return None
    last = end if end is not None else max(this_year, start)
    return start, min(last, MAX_YEAR)


def covered_years(spans, this_year):
    """{year: count} of the years some practice covers, newest first.

    ``spans``: {(start year, end year): count} for every practice of the database, the
    count being how many of them pass the other filters (0 for none: their years are
    still offered). Summed span by span, whatever the number of practices.
    """
    covered = {}
    for (start, end), count in spans.items():
        span = covered_span(start, end, this_year)
        if span is not None:
            covered[span] = covered.get(span, 0) + count
    if not covered:
        return {}
    first = min(first for first, _last in covered)
    last = max(last for _first, last in covered)
    present, counted = [0] * (last - first + 2), [0] * (last - first + 2)
    for (span_first, span_last), count in covered.items():
        present[span_first - first] += 1
        present[span_last - first + 1] -= 1
        counted[span_first - first] += count
        counted[span_last - first + 1] -= count
    years, spans_running, running = {}, 0, 0
    for offset in range(last - first + 1):
        spans_running += present[offset]
        running += counted[offset]
        if spans_running:
            years[first + offset] = running
    return dict(sorted(years.items(), reverse=True))
