"""Demo participants: the three winners of the 4th Dosta!-Congress Prize (2013).

Facts come from the Alliance's home page (../shared/seeds/004_*.txt) only; the locations
are the approximate centres of the places; the websites are the authorities' official
ones. Obrnice's contact is its municipal office, published (its public page shows it);
Heraklion's is kept unpublished, as an authority that has not agreed yet. Fields the seeds
say nothing about (date joined, Kocaeli's population, emails, phone numbers) stay empty.
The sample profiles of participants/demo_samples.py follow them.
"""

from core.demo_helpers import (
    DemoCatalog,
    ensure_locales,
    paragraph_blocks,
    source_home,
    translate_pages,
)
from core.demo_images import illustration
from participants.demo_samples import sample_participants
from participants.models import ParticipantIndexPage, ParticipantKind, ParticipantPage

catalog = DemoCatalog()
t = catalog.t

INDEX = {
    "title": t("Participants", fr="Participants"),
    "slug": t("participants", fr="participants"),
    "introduction": t(
        "The cities and regions taking part in the Alliance, on the map and by country.",
        fr="Les villes et régions qui participent à l'Alliance, sur la carte et par pays.",
    ),
}

PARTICIPANTS = [
    {
        "title": t("Obrnice", fr="Obrnice"),
        "slug": t("obrnice", fr="obrnice"),
        "kind": ParticipantKind.CITY,
        "country": "CZ",
        "address": "Obrnice, Czech Republic",
        "location": "SRID=4326;POINT(13.696 50.505)",
        "population": 2300,
        "website": "https://www.obrnice.cz/",
        "contact_name": t("Municipal office of Obrnice", fr="Mairie d'Obrnice"),
        "publish_contact": True,
        "summary": t(
            "The municipality of Obrnice is situated in the North-West of the Czech Republic. "
            "About 45% of its 2,300 inhabitants are Roma.",
            fr="La commune d'Obrnice est située dans le nord-ouest de la République tchèque. "
            "Environ 45 % de ses 2 300 habitants sont roms.",
        ),
        "description": [
            t(
                "In 2007 Obrnice launched the project “Community life in Obrnice – an "
                "integrated approach”, which won the first place of the 4th Dosta!-Congress "
                "Prize in 2013.",
                fr="En 2007, Obrnice a lancé le projet « La vie communautaire à Obrnice – une "
                "approche intégrée », qui a remporté la première place du 4e Prix "
                "Dosta!-Congrès en 2013.",
            ),
        ],
    },
    {
        "title": t("Heraklion", fr="Héraklion"),
        "slug": t("heraklion", fr="heraklion"),
        "kind": ParticipantKind.CITY,
        "country": "GR",
        "address": "Heraklion, Crete, Greece",
        "location": "SRID=4326;POINT(25.144 35.339)",
        "population": 170000,
        "website": "https://www.heraklion.gr/",
        "contact_name": t("Social policy office", fr="Service de la politique sociale"),
        "publish_contact": False,
        "summary": t(
            "A Greek city with a population of approximately 170,000 people, situated on the "
            "island of Crete.",
            fr="Une ville grecque d'environ 170 000 habitants, située sur l'île de Crète.",
        ),
        "description": [
            t(
                "Heraklion's municipal programme for Roma inclusion, based on the work of the "
                "“I am a Roma” Local Action Group, won the second place of the 4th "
                "Dosta!-Congress Prize in 2013.",
                fr="Le programme municipal d'Héraklion pour l'inclusion des Roms, fondé sur le "
                "travail du groupe d'action locale « Je suis Rom », a remporté la deuxième "
                "place du 4e Prix Dosta!-Congrès en 2013.",
            ),
        ],
    },
    {
        "title": t("Kocaeli", fr="Kocaeli"),
        "slug": t("kocaeli", fr="kocaeli"),
        "kind": ParticipantKind.REGION,
        "country": "TR",
        "address": "Kocaeli, Turkey",
        "location": "SRID=4326;POINT(29.94 40.765)",
        "population": None,
        "website": "https://www.kocaeli.bel.tr/",
        "summary": t(
            "The regional authority of Kocaeli, in western Turkey.",
            fr="La collectivité régionale de Kocaeli, dans l'ouest de la Turquie.",
        ),
        "description": [
            t(
                "Kocaeli's programme for Roma inclusion won the third place of the 4th "
                "Dosta!-Congress Prize in 2013.",
                fr="Le programme de Kocaeli pour l'inclusion des Roms a remporté la troisième "
                "place du 4e Prix Dosta!-Congrès en 2013.",
            ),
        ],
    },
]

# The three prize winners, then the sample profiles (participants/demo_samples.py).
ALL_PARTICIPANTS = PARTICIPANTS + sample_participants(t)


def ensure_index(home):
    index = ParticipantIndexPage.objects.child_of(home).first()
    if index is not None:
        return index
    index = ParticipantIndexPage(
        title=INDEX["title"],
        slug=INDEX["slug"],
        introduction=INDEX["introduction"],
        show_in_menus=True,
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def ensure_participant(index, spec):
    existing = ParticipantPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = ParticipantPage(
        title=spec["title"],
        slug=spec["slug"],
        kind=spec["kind"],
        country=spec["country"],
        address=spec["address"],
        location=spec["location"],
        population=spec["population"],
        website=spec.get("website", ""),
        contact_name=spec.get("contact_name", ""),
        publish_contact=spec.get("publish_contact", False),
        summary=spec["summary"],
        description=paragraph_blocks(spec["description"]),
        **illustration(
            "region" if spec["kind"] == ParticipantKind.REGION else "city", spec["slug"], t
        ),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def load():
    """The participants index, the three prize-winning participants and the sample ones,
    in English and French."""
    ensure_locales()
    home = source_home()
    index = ensure_index(home)
    pages = [ensure_participant(index, spec) for spec in ALL_PARTICIPANTS]
    translate_pages([index, *pages], catalog)
    return index
