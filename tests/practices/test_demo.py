"""load_demo adds the three prize winners and the sample profiles and practices, in French\ntoo."""

import json

from wagtail.models import Locale

from participants.models import ParticipantPage
from practices.models import PracticePage, Theme


def test_demo_participants_and_practices(client, demo):
    english = ParticipantPage.objects.filter(locale__language_code="en")
    assert {
        ("Obrnice", "CZ", "city"),
        ("Heraklion", "GR", "city"),
        ("Kocaeli", "TR", "region"),
    } <= {(p.title, p.country.code, p.kind) for p in english}
    # 30 participants from 22 countries: the three winners and 27 sample profiles, which
    # say so (participants/demo_samples.py).
    assert english.count() == 30
    assert len({p.country.code for p in english}) == 22
    samples = english.exclude(slug__in=["obrnice", "heraklion", "kocaeli"])
    assert all(p.summary.startswith("Sample profile for the demonstration site: ") for p in samples)
    assert all(p.population is None and not p.website for p in samples)
    kocaeli = english.get(slug="kocaeli")
    assert kocaeli.population is None  # the seeds give none
    assert kocaeli.date_joined is None

    french = Locale.objects.get(language_code="fr")
    practices = PracticePage.objects.filter(locale=french, alias_of__isnull=True)
    assert practices.count() == 15
    obrnice = practices.get(slug="vie-communautaire-a-obrnice")
    assert obrnice.title == "La vie communautaire à Obrnice – une approche intégrée"
    assert obrnice.start_year == 2007
    assert obrnice.prizes[0].value["place"] == "1re place"
    assert Theme.objects.filter(locale=french).count() == 8

    geojson = json.loads(client.get("/fr/participants/geojson/").content)
    coordinates = {
        f["properties"]["name"]: f["geometry"]["coordinates"] for f in geojson["features"]
    }
    assert len(coordinates) == 30
    assert {name: coordinates[name] for name in ["Obrnice", "Héraklion", "Kocaeli"]} == {
        "Obrnice": [13.696, 50.505],
        "Héraklion": [25.144, 35.339],
        "Kocaeli": [29.94, 40.765],
    }
    content = client.get("/fr/bonnes-pratiques/?theme=health").content.decode()
    assert "Le programme municipal d&#x27;Héraklion pour l&#x27;inclusion des Roms" in content
    assert "Santé (3)" in content
    assert "<strong>30</strong>" in client.get("/fr/").content.decode()
    assert client.get("/cs/practices/").status_code == 200
