"""The years a practice database filters on."""

from django.db.models import Q

from practices.choices import MAX_YEAR, MIN_YEAR

# The years a visitor may choose (core.listings.parse_year).
YEARS = range(MIN_YEAR, MAX_YEAR + 1)


def year_condition(year):
    """Practices running in ``year``: started by then and not ended before."""
    return Q(start_year__lte=year) & (Q(end_year__isnull=True) | Q(end_year__gte=year))
