"""Demo events: seminars past and upcoming in several countries (one hosted by Obrnice),
and the two yearly days, 2 August and 8 April, in English and French.

The upcoming seminars are dated from the day the demo is loaded, so they stay upcoming.
Called by ``load_demo`` (home/management/commands/load_demo.py) like every app's demo.
"""

import datetime
from zoneinfo import ZoneInfo

from django.apps import apps

from core.demo_helpers import DemoCatalog, ensure_locales, source_home, translate_pages
from core.demo_images import illustration
from events.choices import EventKind, Recurrence
from events.models import EventIndexPage, EventPage

catalog = DemoCatalog()
t = catalog.t

INDEX = {
    "title": t("Events", fr="Événements"),
    "slug": t("events", fr="evenements"),
    "introduction": t(
        "Seminars, study visits and the days the Alliance remembers and celebrates.",
        fr="Séminaires, visites d'étude et journées de mémoire et de célébration de l'Alliance.",
    ),
}


def at(days, hour, minute, zone):
    """A moment ``days`` from today at ``hour:minute`` in ``zone``."""
    day = datetime.date.today() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=ZoneInfo(zone))


def fixed(year, month, day, hour=0, minute=0, zone="Europe/Paris"):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


def events():
    return [
        {
            "title": t(
                "Seminar on community work in Obrnice",
                fr="Séminaire sur le travail communautaire à Obrnice",
            ),
            "slug": t("seminar-obrnice", fr="seminaire-obrnice"),
            "kind": EventKind.SEMINAR,
            "start": at(45, 9, 30, "Europe/Prague"),
            "end": at(46, 16, 0, "Europe/Prague"),
            "time_zone": "Europe/Prague",
            "venue": t("Town hall", fr="Hôtel de ville"),
            "city": t("Obrnice", fr="Obrnice"),
            "country": "CZ",
            "location": "SRID=4326;POINT(13.696 50.505)",
            "host": "obrnice",
            "languages": "en, cs",
            "registration": True,
            "capacity": 30,
            "introduction": t(
                "A national seminar on the integrated approach of Obrnice.",
                fr="Un séminaire national sur l'approche intégrée d'Obrnice.",
            ),
            "session": t("Welcome and introduction", fr="Accueil et introduction"),
        },
        {
            "title": t(
                "Seminar of the Alliance in Strasbourg", fr="Séminaire de l'Alliance à Strasbourg"
            ),
            "slug": t("seminar-strasbourg", fr="seminaire-strasbourg"),
            "kind": EventKind.SEMINAR,
            "start": at(75, 9, 30, "Europe/Paris"),
            "end": at(75, 17, 30, "Europe/Paris"),
            "time_zone": "Europe/Paris",
            "venue": t("Palace of Europe", fr="Palais de l'Europe"),
            "city": t("Strasbourg", fr="Strasbourg"),
            "country": "FR",
            "location": "SRID=4326;POINT(7.7747 48.5945)",
            "languages": "en, fr",
            "registration": True,
            "capacity": 5,
            "introduction": t(
                "An international seminar for the participating cities and regions.",
                fr="Un séminaire international pour les villes et régions participantes.",
            ),
            "session": t(
                "Roma inclusion at local level", fr="L'inclusion des Roms au niveau local"
            ),
        },
        {
            "title": t("Seminar in Heraklion", fr="Séminaire à Héraklion"),
            "slug": t("seminar-heraklion", fr="seminaire-heraklion"),
            "kind": EventKind.SEMINAR,
            "start": fixed(2014, 5, 20, 10, 0, "Europe/Athens"),
            "end": fixed(2014, 5, 21, 13, 0, "Europe/Athens"),
            "time_zone": "Europe/Athens",
            "city": t("Heraklion", fr="Héraklion"),
            "country": "GR",
            "location": "SRID=4326;POINT(25.144 35.339)",
            "languages": "en, el",
            "introduction": t(
                "A past seminar on the work of the “I am a Roma” Local Action Group.",
                fr="Un séminaire passé sur le travail du groupe d'action locale « Je suis Rom ».",
            ),
            "report": t(
                "Forty participants from eight countries took part.",
                fr="Quarante participants de huit pays y ont pris part.",
            ),
        },
        {
            "title": t("Study visit to Kocaeli", fr="Visite d'étude à Kocaeli"),
            "slug": t("study-visit-kocaeli", fr="visite-etude-kocaeli"),
            "kind": EventKind.STUDY_VISIT,
            "start": fixed(2015, 9, 15, 9, 0, "Europe/Istanbul"),
            "end": fixed(2015, 9, 16, 17, 0, "Europe/Istanbul"),
            "time_zone": "Europe/Istanbul",
            "city": t("Kocaeli", fr="Kocaeli"),
            "country": "TR",
            "location": "SRID=4326;POINT(29.94 40.765)",
            "languages": "en, tr",
            "introduction": t(
                "A study visit to Kocaeli's programme for Roma inclusion.",
                fr="Une visite d'étude du programme de Kocaeli pour l'inclusion des Roms.",
            ),
        },
        {
            "title": t(
                "European Holocaust Memorial Day for Sinti and Roma",
                fr="Journée européenne de commémoration de l'Holocauste des Sintés et des Roms",
            ),
            "slug": t("2-august", fr="2-aout"),
            "kind": EventKind.COMMEMORATION,
            "start": fixed(2015, 8, 2),
            "all_day": True,
            "recurrence": Recurrence.YEARLY,
            "introduction": t(
                "On 2 August we remember the Roma and Sinti murdered in the Holocaust.",
                fr="Le 2 août, nous commémorons les Roms et les Sintés assassinés pendant "
                "l'Holocauste.",
            ),
        },
        {
            "title": t("International Roma Day", fr="Journée internationale des Roms"),
            "slug": t("8-april", fr="8-avril"),
            "kind": EventKind.CAMPAIGN_DAY,
            "start": fixed(2015, 4, 8),
            "all_day": True,
            "recurrence": Recurrence.YEARLY,
            "introduction": t(
                "On 8 April we celebrate Roma culture and history.",
                fr="Le 8 avril, nous célébrons la culture et l'histoire roms.",
            ),
        },
    ]


def ensure_index(home):
    index = EventIndexPage.objects.child_of(home).first()
    if index is not None:
        return index
    index = EventIndexPage(show_in_menus=True, **INDEX)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def ensure_event(index, spec):
    existing = EventPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    spec = dict(spec)
    host = spec.pop("host", None)
    session = spec.pop("session", None)
    report = spec.pop("report", None)
    page = EventPage(**spec, **illustration("meeting", spec["slug"], t))
    if session:
        page.programme = [("session", {"start": datetime.time(9, 30), "title": session})]
    if report:
        page.report = f"<p>{report}</p>"
    index.add_child(instance=page)
    if host:
        participant = apps.get_model("participants", "ParticipantPage")
        page.hosts.set(participant.objects.filter(slug=host, locale=page.locale))
    page.save_revision().publish()
    return page


def load():
    """The events index and its events, in English and French."""
    ensure_locales()
    index = ensure_index(source_home())
    pages = [ensure_event(index, spec) for spec in events()]
    translate_pages([index, *pages], catalog)
    return index
