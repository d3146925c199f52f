"""Sample participants for the demonstration site: 27 real places that stand for members.

The Alliance's own pages (../shared/seeds/) name only three participants (participants/demo.py).
These places are real, but whether they take part, and their projects and figures, are not
known to us: so nothing is said of them beyond uncontroversial geography, each summary says
plainly that the profile is a sample, and the fields the seeds say nothing about (population,
website, contact, date joined) stay empty. The locations are the approximate centres of the
places (longitude first).

No import of participants.demo here (it imports this module): the catalog's ``t`` is passed in.
"""

from participants.choices import ParticipantKind

SUMMARY_EN = "Sample profile for the demonstration site: {}. " + (
    "The real authority's information appears here once it joins the Alliance and approves it."
)
SUMMARY_FR = "Profil d'exemple du site de démonstration : {}. " + (
    "Les informations de la collectivité réelle figureront ici lorsqu'elle aura rejoint "
    "l'Alliance et les aura approuvées."
)


def sample_participants(t):
    """The sample participants, their strings and French translations recorded with ``t``."""

    def summary(english, french):
        return t(SUMMARY_EN.format(english), fr=SUMMARY_FR.format(french))

    practices = t(
        "A participant's profile presents the authority's work for Roma inclusion: its good "
        "practices, the news and events it takes part in, and a contact once the authority "
        "agrees to publish one. Nothing on this sample page describes the real authority.",
        fr="Le profil d'un participant présente l'action de la collectivité pour l'inclusion "
        "des Roms : ses bonnes pratiques, les actualités et les événements auxquels elle prend "
        "part, et un contact lorsqu'elle accepte d'en publier un. Rien sur cette page "
        "d'exemple ne décrit la collectivité réelle.",
    )
    once_approved = t(
        "Once the authority joins the Alliance and approves its profile, this page shows its "
        "good practices, the news and events that mention it and, if it agrees, a contact. "
        "Until then it only marks the place on the map.",
        fr="Lorsque la collectivité aura rejoint l'Alliance et approuvé son profil, cette page "
        "présentera ses bonnes pratiques, les actualités et les événements qui la mentionnent "
        "et, si elle le souhaite, un contact. D'ici là, elle ne fait que situer le lieu sur "
        "la carte.",
    )
    placeholder = t(
        "This page shows what a participant's profile holds: the authority's good practices "
        "for Roma inclusion, its news and events, and its contact once approved. Its text is "
        "a placeholder, not information from the authority.",
        fr="Cette page montre ce que contient le profil d'un participant : les bonnes "
        "pratiques de la collectivité pour l'inclusion des Roms, ses actualités et ses "
        "événements, et son contact une fois approuvé. Son texte tient lieu d'exemple ; il ne "
        "vient pas de la collectivité.",
    )
    layout = t(
        "Participants' profiles gather each authority's good practices, news and events, with "
        "a contact when the authority approves it. This sample shows the layout only and says "
        "nothing about the real authority.",
        fr="Les profils des participants rassemblent les bonnes pratiques, les actualités et "
        "les événements de chaque collectivité, avec un contact lorsqu'elle l'approuve. Cet "
        "exemple ne montre que la mise en page et ne dit rien de la collectivité réelle.",
    )

    return [
        {
            "title": t("Cluj-Napoca", fr="Cluj-Napoca"),
            "slug": t("cluj-napoca", fr="cluj-napoca"),
            "kind": ParticipantKind.CITY,
            "country": "RO",
            "address": "Cluj-Napoca, Romania",
            "location": "SRID=4326;POINT(23.624 46.771)",
            "population": None,
            "summary": summary(
                "a city in Transylvania, in north-western Romania",
                "une ville de Transylvanie, dans le nord-ouest de la Roumanie",
            ),
            "description": [practices],
        },
        {
            "title": t("Timișoara", fr="Timișoara"),
            "slug": t("timisoara", fr="timisoara"),
            "kind": ParticipantKind.CITY,
            "country": "RO",
            "address": "Timișoara, Romania",
            "location": "SRID=4326;POINT(21.226 45.754)",
            "population": None,
            "summary": summary(
                "a city in the Banat, in western Romania",
                "une ville du Banat, dans l'ouest de la Roumanie",
            ),
            "description": [once_approved],
        },
        {
            "title": t("Plovdiv", fr="Plovdiv"),
            "slug": t("plovdiv", fr="plovdiv"),
            "kind": ParticipantKind.CITY,
            "country": "BG",
            "address": "Plovdiv, Bulgaria",
            "location": "SRID=4326;POINT(24.750 42.142)",
            "population": None,
            "summary": summary(
                "a city on the Maritsa river, in southern Bulgaria",
                "une ville du sud de la Bulgarie, sur la Maritsa",
            ),
            "description": [placeholder],
        },
        {
            "title": t("Sliven", fr="Sliven"),
            "slug": t("sliven", fr="sliven"),
            "kind": ParticipantKind.CITY,
            "country": "BG",
            "address": "Sliven, Bulgaria",
            "location": "SRID=4326;POINT(26.322 42.682)",
            "population": None,
            "summary": summary(
                "a city at the foot of the Balkan Mountains, in south-eastern Bulgaria",
                "une ville du sud-est de la Bulgarie, au pied du massif du Grand Balkan",
            ),
            "description": [layout],
        },
        {
            "title": t("Pécs", fr="Pécs"),
            "slug": t("pecs", fr="pecs"),
            "kind": ParticipantKind.CITY,
            "country": "HU",
            "address": "Pécs, Hungary",
            "location": "SRID=4326;POINT(18.233 46.072)",
            "population": None,
            "summary": summary(
                "a city at the foot of the Mecsek hills, in southern Hungary",
                "une ville du sud de la Hongrie, au pied des monts Mecsek",
            ),
            "description": [practices],
        },
        {
            "title": t("Miskolc", fr="Miskolc"),
            "slug": t("miskolc", fr="miskolc"),
            "kind": ParticipantKind.CITY,
            "country": "HU",
            "address": "Miskolc, Hungary",
            "location": "SRID=4326;POINT(20.778 48.104)",
            "population": None,
            "summary": summary(
                "a city at the foot of the Bükk hills, in north-eastern Hungary",
                "une ville du nord-est de la Hongrie, au pied du massif du Bükk",
            ),
            "description": [once_approved],
        },
        {
            "title": t("Košice", fr="Košice"),
            "slug": t("kosice", fr="kosice"),
            "kind": ParticipantKind.CITY,
            "country": "SK",
            "address": "Košice, Slovakia",
            "location": "SRID=4326;POINT(21.261 48.717)",
            "population": None,
            "summary": summary(
                "a city on the Hornád river, in eastern Slovakia",
                "une ville de l'est de la Slovaquie, sur la rivière Hornád",
            ),
            "description": [placeholder],
        },
        {
            "title": t("Prešov Region", fr="Région de Prešov"),
            "slug": t("presov-region", fr="region-de-presov"),
            "kind": ParticipantKind.REGION,
            "country": "SK",
            "address": "Prešov Region, Slovakia",
            "location": "SRID=4326;POINT(21.250 49.100)",
            "population": None,
            "summary": summary(
                "a region in north-eastern Slovakia, on the borders with Poland and Ukraine",
                "une région du nord-est de la Slovaquie, frontalière de la Pologne et de l'Ukraine",
            ),
            "description": [layout],
        },
        {
            "title": t("Novi Sad", fr="Novi Sad"),
            "slug": t("novi-sad", fr="novi-sad"),
            "kind": ParticipantKind.CITY,
            "country": "RS",
            "address": "Novi Sad, Serbia",
            "location": "SRID=4326;POINT(19.845 45.255)",
            "population": None,
            "summary": summary(
                "a city on the Danube, in northern Serbia",
                "une ville du nord de la Serbie, sur le Danube",
            ),
            "description": [practices],
        },
        {
            "title": t("Šuto Orizari", fr="Šuto Orizari"),
            "slug": t("suto-orizari", fr="suto-orizari"),
            "kind": ParticipantKind.OTHER,
            "country": "MK",
            "address": "Šuto Orizari, Skopje, North Macedonia",
            "location": "SRID=4326;POINT(21.425 42.034)",
            "population": None,
            "summary": summary(
                "one of the municipalities of the City of Skopje, the capital of North Macedonia",
                "l'une des communes de la ville de Skopje, capitale de la Macédoine du Nord",
            ),
            "description": [once_approved],
        },
        {
            "title": t("Korçë", fr="Korçë"),
            "slug": t("korce", fr="korce"),
            "kind": ParticipantKind.CITY,
            "country": "AL",
            "address": "Korçë, Albania",
            "location": "SRID=4326;POINT(20.781 40.618)",
            "population": None,
            "summary": summary(
                "a city in south-eastern Albania",
                "une ville du sud-est de l'Albanie",
            ),
            "description": [placeholder],
        },
        {
            "title": t("Córdoba", fr="Cordoue"),
            "slug": t("cordoba", fr="cordoue"),
            "kind": ParticipantKind.CITY,
            "country": "ES",
            "address": "Córdoba, Spain",
            "location": "SRID=4326;POINT(-4.779 37.884)",
            "population": None,
            "summary": summary(
                "a city on the Guadalquivir, in Andalusia, southern Spain",
                "une ville d'Andalousie, dans le sud de l'Espagne, sur le Guadalquivir",
            ),
            "description": [layout],
        },
        {
            "title": t("Andalusia", fr="Andalousie"),
            "slug": t("andalusia", fr="andalousie"),
            "kind": ParticipantKind.REGION,
            "country": "ES",
            "address": "Andalusia, Spain",
            "location": "SRID=4326;POINT(-4.580 37.460)",
            "population": None,
            "summary": summary(
                "an autonomous community in southern Spain, "
                "between the Atlantic and the Mediterranean",
                "une communauté autonome du sud de l'Espagne, "
                "entre l'Atlantique et la Méditerranée",
            ),
            "description": [practices],
        },
        {
            "title": t("Strasbourg", fr="Strasbourg"),
            "slug": t("strasbourg", fr="strasbourg"),
            "kind": ParticipantKind.CITY,
            "country": "FR",
            "address": "Strasbourg, France",
            "location": "SRID=4326;POINT(7.752 48.573)",
            "population": None,
            "summary": summary(
                "a city on the Rhine, in north-eastern France",
                "une ville du nord-est de la France, sur le Rhin",
            ),
            "description": [once_approved],
        },
        {
            "title": t("Nantes", fr="Nantes"),
            "slug": t("nantes", fr="nantes"),
            "kind": ParticipantKind.CITY,
            "country": "FR",
            "address": "Nantes, France",
            "location": "SRID=4326;POINT(-1.554 47.218)",
            "population": None,
            "summary": summary(
                "a city on the Loire, in western France",
                "une ville de l'ouest de la France, sur la Loire",
            ),
            "description": [placeholder],
        },
        {
            "title": t("Turin", fr="Turin"),
            "slug": t("turin", fr="turin"),
            "kind": ParticipantKind.CITY,
            "country": "IT",
            "address": "Turin, Italy",
            "location": "SRID=4326;POINT(7.686 45.070)",
            "population": None,
            "summary": summary(
                "a city on the Po, in north-western Italy",
                "une ville du nord-ouest de l'Italie, sur le Pô",
            ),
            "description": [layout],
        },
        {
            "title": t("Leipzig", fr="Leipzig"),
            "slug": t("leipzig", fr="leipzig"),
            "kind": ParticipantKind.CITY,
            "country": "DE",
            "address": "Leipzig, Germany",
            "location": "SRID=4326;POINT(12.375 51.340)",
            "population": None,
            "summary": summary(
                "a city in Saxony, in eastern Germany",
                "une ville de Saxe, dans l'est de l'Allemagne",
            ),
            "description": [practices],
        },
        {
            "title": t("Helsinki", fr="Helsinki"),
            "slug": t("helsinki", fr="helsinki"),
            "kind": ParticipantKind.CITY,
            "country": "FI",
            "address": "Helsinki, Finland",
            "location": "SRID=4326;POINT(24.938 60.170)",
            "population": None,
            "summary": summary(
                "the capital of Finland, on the Gulf of Finland",
                "la capitale de la Finlande, sur le golfe de Finlande",
            ),
            "description": [once_approved],
        },
        {
            "title": t("Malmö", fr="Malmö"),
            "slug": t("malmo", fr="malmo"),
            "kind": ParticipantKind.CITY,
            "country": "SE",
            "address": "Malmö, Sweden",
            "location": "SRID=4326;POINT(13.003 55.605)",
            "population": None,
            "summary": summary(
                "a city on the Øresund, in southern Sweden",
                "une ville du sud de la Suède, au bord de l'Øresund",
            ),
            "description": [placeholder],
        },
        {
            "title": t("Uzhhorod", fr="Oujhorod"),
            "slug": t("uzhhorod", fr="oujhorod"),
            "kind": ParticipantKind.CITY,
            "country": "UA",
            "address": "Uzhhorod, Ukraine",
            "location": "SRID=4326;POINT(22.288 48.621)",
            "population": None,
            "summary": summary(
                "a city in the far west of Ukraine, on the border with Slovakia",
                "une ville de l'extrême ouest de l'Ukraine, à la frontière slovaque",
            ),
            "description": [layout],
        },
        {
            "title": t("Tarnów", fr="Tarnów"),
            "slug": t("tarnow", fr="tarnow"),
            "kind": ParticipantKind.CITY,
            "country": "PL",
            "address": "Tarnów, Poland",
            "location": "SRID=4326;POINT(20.987 50.013)",
            "population": None,
            "summary": summary(
                "a city in southern Poland, east of Kraków",
                "une ville du sud de la Pologne, à l'est de Cracovie",
            ),
            "description": [practices],
        },
        {
            "title": t("Porto", fr="Porto"),
            "slug": t("porto", fr="porto"),
            "kind": ParticipantKind.CITY,
            "country": "PT",
            "address": "Porto, Portugal",
            "location": "SRID=4326;POINT(-8.611 41.150)",
            "population": None,
            "summary": summary(
                "a city at the mouth of the Douro, in northern Portugal",
                "une ville du nord du Portugal, à l'embouchure du Douro",
            ),
            "description": [once_approved],
        },
        {
            "title": t("Ghent", fr="Gand"),
            "slug": t("ghent", fr="gand"),
            "kind": ParticipantKind.CITY,
            "country": "BE",
            "address": "Ghent, Belgium",
            "location": "SRID=4326;POINT(3.725 51.054)",
            "population": None,
            "summary": summary(
                "a city in Flanders, where the Leie flows into the Scheldt",
                "une ville de Flandre, au confluent de la Lys et de l'Escaut",
            ),
            "description": [placeholder],
        },
        {
            "title": t("Ústí nad Labem Region", fr="Région d'Ústí nad Labem"),
            "slug": t("usti-region", fr="region-d-usti-nad-labem"),
            "kind": ParticipantKind.REGION,
            "country": "CZ",
            "address": "Ústí nad Labem Region, Czech Republic",
            "location": "SRID=4326;POINT(13.900 50.450)",
            "population": None,
            "summary": summary(
                "a region in the north-west of the Czech Republic, on the border with Germany",
                "une région du nord-ouest de la République tchèque, frontalière de l'Allemagne",
            ),
            "description": [layout],
        },
        {
            "title": t("Edirne", fr="Edirne"),
            "slug": t("edirne", fr="edirne"),
            "kind": ParticipantKind.CITY,
            "country": "TR",
            "address": "Edirne, Turkey",
            "location": "SRID=4326;POINT(26.556 41.677)",
            "population": None,
            "summary": summary(
                "a city in north-western Turkey, near the borders with Greece and Bulgaria",
                "une ville du nord-ouest de la Turquie, près des frontières grecque et bulgare",
            ),
            "description": [practices],
        },
        {
            "title": t("Međimurje County", fr="Comitat de Međimurje"),
            "slug": t("medimurje", fr="comitat-de-medimurje"),
            "kind": ParticipantKind.REGION,
            "country": "HR",
            "address": "Međimurje County, Croatia",
            "location": "SRID=4326;POINT(16.480 46.410)",
            "population": None,
            "summary": summary(
                "the northernmost county of Croatia, between the Mura and the Drava",
                "le comitat le plus septentrional de la Croatie, entre la Mura et la Drave",
            ),
            "description": [once_approved],
        },
        {
            "title": t("Murska Sobota", fr="Murska Sobota"),
            "slug": t("murska-sobota", fr="murska-sobota"),
            "kind": ParticipantKind.CITY,
            "country": "SI",
            "address": "Murska Sobota, Slovenia",
            "location": "SRID=4326;POINT(16.166 46.662)",
            "population": None,
            "summary": summary(
                "a city near the Mura, in north-eastern Slovenia",
                "une ville du nord-est de la Slovénie, près de la Mura",
            ),
            "description": [placeholder],
        },
    ]
