"""Sample editions of the Dosta!-Congress Prize for the demonstration site (news/demo_samples.py).

The Alliance's own pages (../shared/seeds/) say the prize is awarded every two years and that
the 4th (2013) followed "previous editions": the 1st to 3rd (2007, 2009, 2011) are shown, and
a 5th (2015), their winners the site's sample participants (participants/demo_samples.py),
each item saying it is a sample. The 2nd has joint winners (two sharing a place).
"""

import datetime

from news.models import WinnerKind as Kind

PRIZE_TOPIC_SLUG = "dosta-congress-prize"

# Edition number: (English ordinal, French ordinal of "le prix", of "l'édition").
ORDINALS = {
    1: ("1st", "1er", "1re"),
    2: ("2nd", "2e", "2e"),
    3: ("3rd", "3e", "3e"),
    5: ("5th", "5e", "5e"),
}
PLACES = {1: ("1st", "1re"), 2: ("2nd", "2e"), 3: ("3rd", "3e")}


def sample_winner(t, place, slug, names, kind, country, project, description):
    """A winner of a sample edition: one of the sample participants (by its page's slug)."""
    name, name_fr = names
    return {
        "place": place,
        "participant_slug": slug,
        "name": t(name, fr=name_fr),
        "kind": kind,
        "country": country,
        "project_title": t(project[0], fr=project[1]),
        "text": [
            t(description[0], fr=description[1]),
            t(
                f"This winner, {name}, is one of the demonstration site's sample "
                "participants, and its project is a sample too: it shows how a winner is "
                f"presented, not what {name} really did.",
                fr=f"Ce lauréat, {name_fr}, est l'un des participants d'exemple du site de "
                "démonstration, et son projet est lui aussi un exemple : il montre comment un "
                f"lauréat est présenté, et non ce que {name_fr} a réellement fait.",
            ),
        ],
    }


def sample_prize_edition(t, edition, date, winners, shared_note=None):
    """A sample announcement of the ``edition``-th prize, awarded on ``date``."""
    en, fr_prize, fr_edition = ORDINALS[edition]
    year = date.year
    if edition < 4:
        first = t(
            "This is a sample news item of the demonstration site. The Dosta!-Congress Prize "
            "is awarded every two years, and its 4th edition, in 2013, followed the success "
            f"of previous editions: the {en} edition is therefore shown here in {year}. The "
            "Alliance's own pages do not name the winners of that edition: the winners below "
            "are sample participants of this site, and their projects are invented for the "
            "demonstration.",
            fr="Ceci est une actualité d'exemple du site de démonstration. Le Prix "
            "Dosta!-Congrès est décerné tous les deux ans, et sa 4e édition, en 2013, a suivi "
            f"le succès des éditions précédentes : la {fr_edition} édition est donc présentée "
            f"ici en {year}. Les pages de l'Alliance ne nomment pas les lauréats de cette "
            "édition : les lauréats ci-dessous sont des participants d'exemple de ce site, et "
            "leurs projets sont inventés pour la démonstration.",
        )
    else:
        first = t(
            "This is a sample news item of the demonstration site. The Dosta!-Congress Prize "
            f"is awarded every two years: after its 4th edition, in 2013, the {en} edition is "
            f"shown here in {year}. The Alliance's own pages say nothing of that edition: its "
            "winners below are sample participants of this site, and their projects are "
            "invented for the demonstration.",
            fr="Ceci est une actualité d'exemple du site de démonstration. Le Prix "
            "Dosta!-Congrès est décerné tous les deux ans : après sa 4e édition, en 2013, la "
            f"{fr_edition} édition est présentée ici en {year}. Les pages de l'Alliance ne "
            "disent rien de cette édition : ses lauréats ci-dessous sont des participants "
            "d'exemple de ce site, et leurs projets sont inventés pour la démonstration.",
        )
    body = [
        first,
        t(
            "The prize rewards innovative municipal projects promoting Roma integration, "
            "combating discrimination against Roma, and raising awareness of Roma culture and "
            "rights.",
            fr="Le prix récompense des projets municipaux novateurs qui favorisent "
            "l'intégration des Roms, combattent la discrimination à leur égard et font mieux "
            "connaître la culture et les droits des Roms.",
        ),
    ]
    if shared_note is not None:
        body.append(t(shared_note[0], fr=shared_note[1]))
    count_en = {3: "three", 4: "four"}[len(winners)]
    count_fr = {3: "trois", 4: "quatre"}[len(winners)]
    return {
        "type": "prize",
        "title": t(
            f"Sample news: {en} Dosta!-Congress Prize awarded to {count_en} sample participants",
            fr=f"Actualité d'exemple : le {fr_prize} Prix Dosta!-Congrès décerné à {count_fr} "
            "participants d'exemple",
        ),
        "slug": t(
            f"sample-news-{en}-dosta-congress-prize-awarded",
            fr=f"actualite-exemple-{fr_prize}-prix-dosta-congres-decerne",
        ),
        "date": date,
        "introduction": t(
            f"The demonstration site's sample of the {en} edition of the Dosta!-Congress Prize "
            f"({year}): its winners are sample participants of this site, not real winners "
            "of the prize.",
            fr=f"L'exemple, sur le site de démonstration, de la {fr_edition} édition du Prix "
            f"Dosta!-Congrès ({year}) : ses lauréats sont des participants d'exemple de ce "
            "site, et non de vrais lauréats du prix.",
        ),
        "body": body,
        "topics": [PRIZE_TOPIC_SLUG],
        "edition": edition,
        "award_date": date,
        "winners": winners,
    }


def sample_prize_news(t):
    """The sample editions 1-3 and 5 (the 4th is the real one, news/demo.py)."""
    first = sample_prize_edition(
        t,
        1,
        datetime.date(2007, 10, 24),
        [
            sample_winner(
                t,
                1,
                "cluj-napoca",
                ("Cluj-Napoca", "Cluj-Napoca"),
                Kind.CITY,
                "RO",
                ("Sample project: parents at school", "Projet d'exemple : des parents à l'école"),
                (
                    "In this sample, the city brings Roma and non-Roma parents into the life of "
                    "its schools, with meetings held in the neighbourhoods rather than at the "
                    "town hall.",
                    "Dans cet exemple, la ville associe les parents roms et non roms à la vie "
                    "de ses écoles, avec des réunions tenues dans les quartiers plutôt qu'à "
                    "l'hôtel de ville.",
                ),
            ),
            sample_winner(
                t,
                2,
                "andalusia",
                ("Andalusia", "Andalousie"),
                Kind.REGION,
                "ES",
                (
                    "Sample project: a regional network of mediators",
                    "Projet d'exemple : un réseau régional de médiateurs",
                ),
                (
                    "In this sample, the region trains mediators who help Roma families in "
                    "their dealings with schools, health centres and public offices.",
                    "Dans cet exemple, la région forme des médiateurs qui accompagnent les "
                    "familles roms dans leurs démarches auprès des écoles, des centres de santé "
                    "et des administrations.",
                ),
            ),
            sample_winner(
                t,
                3,
                "pecs",
                ("Pécs", "Pécs"),
                Kind.CITY,
                "HU",
                (
                    "Sample project: a festival of Roma culture",
                    "Projet d'exemple : un festival de culture rom",
                ),
                (
                    "In this sample, the city holds a festival where Roma musicians, writers "
                    "and artists meet the public, to make Roma culture better known.",
                    "Dans cet exemple, la ville organise un festival où des musiciens, des "
                    "écrivains et des artistes roms rencontrent le public, pour faire mieux "
                    "connaître la culture rom.",
                ),
            ),
        ],
    )
    second = sample_prize_edition(
        t,
        2,
        datetime.date(2009, 10, 21),
        [
            sample_winner(
                t,
                1,
                "kosice",
                ("Košice", "Košice"),
                Kind.CITY,
                "SK",
                (
                    "Sample project: first jobs for young Roma",
                    "Projet d'exemple : un premier emploi pour les jeunes Roms",
                ),
                (
                    "In this sample, the city and local employers offer young Roma a first "
                    "job, with a mentor, at the end of their vocational training.",
                    "Dans cet exemple, la ville et des employeurs locaux offrent aux jeunes "
                    "Roms un premier emploi, avec un tuteur, à la fin de leur formation "
                    "professionnelle.",
                ),
            ),
            sample_winner(
                t,
                2,
                "novi-sad",
                ("Novi Sad", "Novi Sad"),
                Kind.CITY,
                "RS",
                ("Sample project: homework clubs", "Projet d'exemple : des clubs de devoirs"),
                (
                    "In this sample, volunteers and teachers run homework clubs open to every "
                    "child of the neighbourhood, Roma and non-Roma alike.",
                    "Dans cet exemple, des bénévoles et des enseignants animent des clubs de "
                    "devoirs ouverts à tous les enfants du quartier, roms comme non roms.",
                ),
            ),
            sample_winner(
                t,
                2,
                "ghent",
                ("Ghent", "Gand"),
                Kind.CITY,
                "BE",
                (
                    "Sample project: a welcome desk for newcomers",
                    "Projet d'exemple : un accueil pour les nouveaux arrivants",
                ),
                (
                    "In this sample, the city opens a desk where Roma families who have just "
                    "arrived find help with housing, schooling and language courses.",
                    "Dans cet exemple, la ville ouvre un guichet où les familles roms "
                    "nouvellement arrivées trouvent de l'aide pour le logement, la scolarité et "
                    "les cours de langue.",
                ),
            ),
        ],
        shared_note=(
            "In this sample, the 2nd place is shared: Novi Sad and Ghent are joint winners "
            "of the 2nd place, as the jury may decide when two projects are equally strong.",
            "Dans cet exemple, la 2e place est partagée : Novi Sad et Gand sont lauréates ex "
            "aequo de la 2e place, comme le jury peut le décider lorsque deux projets sont "
            "d'égale valeur.",
        ),
    )
    third = sample_prize_edition(
        t,
        3,
        datetime.date(2011, 10, 19),
        [
            sample_winner(
                t,
                1,
                "plovdiv",
                ("Plovdiv", "Plovdiv"),
                Kind.CITY,
                "BG",
                (
                    "Sample project: renovating homes together",
                    "Projet d'exemple : rénover les logements ensemble",
                ),
                (
                    "In this sample, residents of a neighbourhood take part in renovating "
                    "their own homes, with the city providing materials and advice.",
                    "Dans cet exemple, les habitants d'un quartier participent à la rénovation "
                    "de leurs propres logements, la ville fournissant les matériaux et les "
                    "conseils.",
                ),
            ),
            sample_winner(
                t,
                2,
                "medimurje",
                ("Međimurje County", "Comitat de Međimurje"),
                Kind.REGION,
                "HR",
                (
                    "Sample project: preschool for every child",
                    "Projet d'exemple : la maternelle pour chaque enfant",
                ),
                (
                    "In this sample, the county helps Roma families enrol their children in "
                    "preschool, so that they start primary school on an equal footing.",
                    "Dans cet exemple, le comitat aide les familles roms à inscrire leurs "
                    "enfants à l'école maternelle, afin qu'ils commencent l'école primaire à "
                    "égalité avec les autres.",
                ),
            ),
            sample_winner(
                t,
                3,
                "turin",
                ("Turin", "Turin"),
                Kind.CITY,
                "IT",
                ("Sample project: health mediators", "Projet d'exemple : des médiateurs de santé"),
                (
                    "In this sample, health mediators help Roma families find a doctor, "
                    "follow vaccinations and understand their rights to care.",
                    "Dans cet exemple, des médiateurs de santé aident les familles roms à "
                    "trouver un médecin, à suivre les vaccinations et à connaître leurs droits "
                    "aux soins.",
                ),
            ),
        ],
    )
    fifth = sample_prize_edition(
        t,
        5,
        datetime.date(2015, 10, 21),
        [
            sample_winner(
                t,
                1,
                "miskolc",
                ("Miskolc", "Miskolc"),
                Kind.CITY,
                "HU",
                (
                    "Sample project: a community centre",
                    "Projet d'exemple : un centre communautaire",
                ),
                (
                    "In this sample, a community centre run with the residents offers advice, "
                    "courses and a meeting place to the whole neighbourhood.",
                    "Dans cet exemple, un centre communautaire géré avec les habitants offre "
                    "des conseils, des cours et un lieu de rencontre à tout le quartier.",
                ),
            ),
            sample_winner(
                t,
                2,
                "presov-region",
                ("Prešov Region", "Région de Prešov"),
                Kind.REGION,
                "SK",
                (
                    "Sample project: scholarships for secondary school",
                    "Projet d'exemple : des bourses pour le lycée",
                ),
                (
                    "In this sample, the region grants scholarships so that young Roma can go "
                    "on to secondary school and finish it.",
                    "Dans cet exemple, la région accorde des bourses pour que les jeunes Roms "
                    "puissent poursuivre leurs études au lycée et les mener à terme.",
                ),
            ),
            sample_winner(
                t,
                3,
                "suto-orizari",
                ("Šuto Orizari", "Šuto Orizari"),
                Kind.OTHER,
                "MK",
                (
                    "Sample project: a library for all ages",
                    "Projet d'exemple : une bibliothèque pour tous les âges",
                ),
                (
                    "In this sample, the municipality opens a library with reading sessions "
                    "for children and literacy courses for adults.",
                    "Dans cet exemple, la municipalité ouvre une bibliothèque avec des séances "
                    "de lecture pour les enfants et des cours d'alphabétisation pour les "
                    "adultes.",
                ),
            ),
        ],
    )
    return [first, second, third, fifth]
