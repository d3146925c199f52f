"""The demo's events: upcoming and past seminars in several countries, one hosted by
Obrnice, the two yearly days; in English and French, a copy in every other language."""

import datetime

from django.conf import settings
from django.utils import timezone

from events.models import EventIndexPage, EventPage


def test_the_demo_has_seminars_past_and_upcoming_and_the_two_yearly_days(demo):
    english = EventPage.objects.filter(locale__language_code="en").live()
    now = timezone.now()
    seminars = english.filter(kind="seminar")
    assert seminars.filter(start__gt=now).count() == 2
    assert seminars.filter(start__lt=now).count() == 1
    assert sorted(set(english.values_list("country", flat=True)) - {""}) == [
        "CZ",
        "FR",
        "GR",
        "TR",
    ]
    obrnice = english.get(slug="seminar-obrnice")
    assert [host.title for host in obrnice.hosts.all()] == ["Obrnice"]
    days = english.filter(recurrence="yearly").order_by("start")
    assert [(day.local_start.month, day.local_start.day) for day in days] == [(4, 8), (8, 2)]
    assert all(day.all_day for day in days)


def test_the_demo_events_are_in_french_and_in_every_language(demo, client):
    index = EventIndexPage.objects.get(locale__language_code="en")
    copies = EventIndexPage.objects.filter(translation_key=index.translation_key)
    assert copies.count() == len(settings.LANGUAGES)
    french = EventPage.objects.get(locale__language_code="fr", slug="seminaire-strasbourg")
    assert french.title == "Séminaire de l'Alliance à Strasbourg"
    html = client.get(french.url).content.decode()
    assert "Palais de l'Europe" in html
    assert french.start.astimezone(french.tz).time() == datetime.time(9, 30)
