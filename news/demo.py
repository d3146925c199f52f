"""Demo content of the news: the news index, the 4th Dosta!-Congress Prize and eleven
sample news items.

The prize news is from the Alliance's own page (../shared/seeds/004_4b081010964105ab.txt);
the sample items (news/demo_samples.py) say they are samples of the demonstration site. All
in English with the French translation beside each string. ``load_demo`` calls ``load()``;
it creates what is missing and leaves what exists alone.
"""

import datetime

from django.apps import apps

from core.demo_helpers import (
    DemoCatalog,
    ensure_locales,
    paragraphs_html,
    source_home,
    source_locale,
    translate_pages,
    translate_snippet,
)
from core.demo_images import illustration
from news.demo_samples import ensure_sample_news, ensure_topics, sample_topics
from news.models import (
    NewsIndexPage,
    NewsPageTopic,
    NewsTopic,
    PrizeAnnouncementPage,
    PrizeWinner,
    WinnerKind,
)

catalog = DemoCatalog()
t = catalog.t

NEWS_INDEX = {
    "title": t("News", fr="Actualités"),
    "slug": t("news", fr="actualites"),
    "introduction": t(
        "News of the Alliance and of its participating cities and regions.",
        fr="Les actualités de l'Alliance et de ses villes et régions participantes.",
    ),
}

PRIZE_TOPIC = {
    "name": t("Dosta!-Congress Prize", fr="Prix Dosta!-Congrès"),
    "slug": "dosta-congress-prize",
}

AWARD_DATE = datetime.date(2013, 10, 30)

PRIZE_NEWS = {
    "title": t(
        "Dosta!-Congress Prize Awarded to 3 Cities and Regions",
        fr="Le Prix Dosta!-Congrès décerné à 3 villes et régions",
    ),
    "slug": t(
        "dosta-congress-prize-awarded-to-3-cities-and-regions",
        fr="prix-dosta-congres-decerne-a-3-villes-et-regions",
    ),
    "introduction": t(
        "The 4th Dosta!-Congress Prize for Municipalities has been awarded to the city of "
        "Obrnice (Czech Republic), the city of Heraklion (Greece), and the regional authority "
        "of Kocaeli (Turkey).",
        fr="Le 4e Prix Dosta!-Congrès pour les municipalités a été décerné à la ville "
        "d'Obrnice (République tchèque), à la ville d'Héraklion (Grèce) et à l'autorité "
        "régionale de Kocaeli (Turquie).",
    ),
    "body": [
        t(
            "“Dosta”, a Romani word meaning “enough”, is an awareness raising campaign for the "
            "Council of Europe which aims at bringing non-Roma closer to Roma citizens. "
            "Following the success of previous editions, the Congress of Local and Regional "
            "Authorities is once again partnering the campaign.",
            fr="« Dosta », mot romani qui signifie « assez », est une campagne de "
            "sensibilisation du Conseil de l'Europe qui vise à rapprocher les non-Roms des "
            "citoyens roms. Après le succès des éditions précédentes, le Congrès des pouvoirs "
            "locaux et régionaux s'associe à nouveau à la campagne.",
        ),
        t(
            "The Congress-prize is awarded biannually for innovative municipal projects "
            "promoting Roma integration, combating discrimination against Roma, and raising "
            "awareness of Roma culture and rights. In 2013, over 20 municipalities from 15 "
            "European countries participated in the contest. In the framework of the 25th "
            "session of the Congress in Strasbourg, the prize was awarded to the three winners "
            "on 30 October.",
            fr="Le prix du Congrès est décerné tous les deux ans à des projets municipaux "
            "novateurs qui favorisent l'intégration des Roms, combattent la discrimination à "
            "leur égard et font mieux connaître la culture et les droits des Roms. En 2013, "
            "plus de 20 municipalités de 15 pays européens ont participé au concours. Dans le "
            "cadre de la 25e session du Congrès à Strasbourg, le prix a été remis aux trois "
            "lauréats le 30 octobre.",
        ),
    ],
}

WINNERS = [
    {
        "place": 1,
        "name": t("Obrnice", fr="Obrnice"),
        "kind": WinnerKind.CITY,
        "country": "CZ",
        "project_title": t(
            "Community life in Obrnice – an integrated approach",
            fr="La vie communautaire à Obrnice – une approche intégrée",
        ),
        "text": [
            t(
                "The municipality of Obrnice, situated in the North-West of the Czech "
                "Republic, was awarded the first place. Obrnice, where about 45% of its 2.300 "
                "inhabitants are Roma, has launched the project “Community life in Obrnice – an "
                "integrated approach” in 2007. This initiative comprises several interlocking "
                "projects in the fields of education, housing, employment, social services, "
                "security and leisure activities. The innovative aspect of this project is the "
                "involvement of Roma and non-Roma population in joint activities. This approach "
                "contributes significantly to the elimination of prejudices and barriers, "
                "increasing a sense of belonging to the broader community.",
                fr="La municipalité d'Obrnice, située dans le nord-ouest de la République "
                "tchèque, a remporté la première place. Obrnice, dont environ 45 % des 2 300 "
                "habitants sont roms, a lancé en 2007 le projet « La vie communautaire à "
                "Obrnice – une approche intégrée ». Cette initiative réunit plusieurs projets "
                "liés entre eux dans les domaines de l'éducation, du logement, de l'emploi, des "
                "services sociaux, de la sécurité et des loisirs. Son aspect novateur est la "
                "participation des populations rom et non rom à des activités communes. Cette "
                "approche contribue fortement à faire tomber les préjugés et les barrières, et "
                "renforce le sentiment d'appartenance à la communauté tout entière.",
            ),
            t(
                "The project is an example of peaceful co-habitation with no segregation and "
                "low rates of criminality. It can be shared as an example of a good practice to "
                "be used as an inspiration not only by the other problematic areas in Czech "
                "Republic, but also by the European cities and regions.",
                fr="Le projet est un exemple de cohabitation pacifique, sans ségrégation et "
                "avec un faible taux de criminalité. Il peut être partagé comme une bonne "
                "pratique dont peuvent s'inspirer non seulement d'autres zones difficiles de la "
                "République tchèque, mais aussi les villes et régions européennes.",
            ),
        ],
    },
    {
        "place": 2,
        "name": t("Heraklion", fr="Héraklion"),
        "kind": WinnerKind.CITY,
        "country": "GR",
        "project_title": t(
            "Municipal programme for Roma inclusion",
            fr="Programme municipal pour l'inclusion des Roms",
        ),
        "text": [
            t(
                "The second place has been awarded to the city of Heraklion, a Greek city with "
                "a population of approximately 170.000 people situated on the island of Crete. "
                "Based on the work of the “I am a Roma” Local Action Group, the municipal "
                "programme for Roma inclusion comprises concrete support actions, such as "
                "combating illiteracy of children and adults, mediator seminars and the "
                "establishing of a socio-medical center for Roma issues. Programmes in the "
                "field of education include vocational and entrepreneurship training. In "
                "addition, the project contributes significantly to anti-discrimination "
                "campaigning by targeting children through school events and by intercultural "
                "dialogue events.",
                fr="La deuxième place a été attribuée à la ville d'Héraklion, ville grecque "
                "d'environ 170 000 habitants située sur l'île de Crète. Fondé sur le travail du "
                "groupe d'action locale « Je suis Rom », le programme municipal pour "
                "l'inclusion des Roms comprend des actions de soutien concrètes, telles que la "
                "lutte contre l'illettrisme des enfants et des adultes, des séminaires de "
                "médiateurs et la création d'un centre médico-social consacré aux questions "
                "roms. Les programmes éducatifs comprennent des formations professionnelles et "
                "à l'entrepreneuriat. Le projet contribue en outre fortement à la lutte contre "
                "la discrimination, en s'adressant aux enfants par des manifestations scolaires "
                "et par des rencontres de dialogue interculturel.",
            ),
        ],
    },
    {
        "place": 3,
        "name": t("Kocaeli", fr="Kocaeli"),
        "kind": WinnerKind.REGION,
        "country": "TR",
        "project_title": "",
        "text": [
            t(
                "This campaign of the regional authority of Kocaeli in western Turkey pursues a "
                "comprehensive approach with concrete and visible outcomes. Kocaeli has "
                "implemented education programmes including vocational training, informal "
                "training and sportive training in order to minimize school drop-outs and "
                "promote sports. Cultural projects, such as an international Roma festival, "
                "events on the International Roma Day, the formation of a Roma theatre, the "
                "founding of a violin orchestra, musical competitions and expositions, "
                "contribute significantly to intercultural dialogue between Roma and non-Roma.",
                fr="Cette campagne de l'autorité régionale de Kocaeli, dans l'ouest de la "
                "Turquie, suit une approche globale aux résultats concrets et visibles. Kocaeli "
                "a mis en place des programmes éducatifs, dont des formations professionnelles, "
                "informelles et sportives, afin de réduire le décrochage scolaire et de "
                "promouvoir le sport. Des projets culturels, comme un festival rom "
                "international, des manifestations lors de la Journée internationale des Roms, "
                "la création d'un théâtre rom, la fondation d'un orchestre de violons, des "
                "concours de musique et des expositions, contribuent fortement au dialogue "
                "interculturel entre Roms et non-Roms.",
            ),
            t(
                "This programme includes several different projects with a considerable number "
                "of beneficiaries and a wide scope of actions. It focuses on “local solutions” "
                "based on research conducted on local level and promotes involvement of local "
                "actors (Roma and non-Roma NGOs, local authorities) and a sustainable structure.",
                fr="Ce programme réunit plusieurs projets avec un nombre considérable de "
                "bénéficiaires et un large éventail d'actions. Il mise sur des « solutions "
                "locales » fondées sur des recherches menées au niveau local, et favorise la "
                "participation des acteurs locaux (ONG roms et non roms, collectivités locales) "
                "ainsi qu'une structure durable.",
            ),
        ],
    },
]


def linked_page(app_label, model_name, name):
    """The English page of ``app_label.model_name`` whose title contains ``name``, if any.

    The participant and practice apps live on other branches: until they are installed,
    winners simply have no links.
    """
    if not apps.is_installed(app_label):
        return None
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None
    return (
        model.objects.filter(locale=source_locale(), title__icontains=name, alias_of__isnull=True)
        .order_by("pk")
        .first()
    )


def ensure_topic(locale):
    topic = NewsTopic.objects.filter(locale=locale, slug=PRIZE_TOPIC["slug"]).first()
    if topic is None:
        topic = NewsTopic.objects.create(locale=locale, **PRIZE_TOPIC)
    return topic


def ensure_news_index(home):
    index = NewsIndexPage.objects.child_of(home).first()
    if index is not None:
        return index
    index = NewsIndexPage(
        title=NEWS_INDEX["title"],
        slug=NEWS_INDEX["slug"],
        introduction=paragraphs_html([NEWS_INDEX["introduction"]]),
        show_in_menus=True,
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def ensure_prize_news(index, topic):
    existing = PrizeAnnouncementPage.objects.child_of(index).filter(slug=PRIZE_NEWS["slug"])
    if existing.exists():
        return existing.get()
    page = PrizeAnnouncementPage(
        title=PRIZE_NEWS["title"],
        slug=PRIZE_NEWS["slug"],
        date=AWARD_DATE,
        introduction=PRIZE_NEWS["introduction"],
        body=[("paragraph", paragraphs_html([text])) for text in PRIZE_NEWS["body"]],
        edition=4,
        award_date=AWARD_DATE,
        **illustration("prize", PRIZE_NEWS["slug"], t),
    )
    page.topic_links = [NewsPageTopic(topic=topic, locale=index.locale)]
    page.winners = [
        PrizeWinner(
            locale=index.locale,
            place=spec["place"],
            name=spec["name"],
            kind=spec["kind"],
            country=spec["country"],
            project_title=spec["project_title"],
            text=paragraphs_html(spec["text"]),
            participant_page=linked_page("participants", "ParticipantPage", spec["name"]),
            practice_page=linked_page("practices", "PracticePage", spec["name"]),
        )
        for spec in WINNERS
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def load():
    """Create the news index, the prize news item, the sample news items and their French
    translations."""
    locales = ensure_locales()
    home = source_home()
    topic = ensure_topic(source_locale())
    topics = {PRIZE_TOPIC["slug"]: topic, **ensure_topics(sample_topics(t), source_locale())}
    for each in topics.values():
        for code in catalog.languages():
            translate_snippet(each, locales[code], catalog)
    index = ensure_news_index(home)
    prize = ensure_prize_news(index, topic)
    samples = ensure_sample_news(index, topics, t)
    translate_pages([index, prize, *samples], catalog)
    return index
