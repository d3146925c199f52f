"""Demo practices: the three projects that won the 4th Dosta!-Congress Prize (2013), then
twelve samples (practices/demo_samples.py).

The winners' text is from the Alliance's home page (../shared/seeds/004_*.txt). What the
seeds do not say stays empty: the type of practice, the start year of Heraklion's and
Kocaeli's programmes, end years, contacts. The samples are illustrative examples, said to be
so on their pages, with a type and years of their own and no prize.
"""

from core.demo_helpers import (
    DemoCatalog,
    ensure_locales,
    paragraph_blocks,
    source_home,
    translate_pages,
)
from core.demo_images import illustration
from participants.models import ParticipantPage
from practices.demo_samples import sample_practices
from practices.models import PracticeIndexPage, PracticePage, Theme
from practices.themes import SEED_THEMES

catalog = DemoCatalog()
t = catalog.t

INDEX = {
    "title": t("Good practices", fr="Bonnes pratiques"),
    "slug": t("practices", fr="bonnes-pratiques"),
    "introduction": t(
        "Practices of Roma inclusion from the participating cities and regions. Filter them "
        "by country, theme, type and year, or search their text.",
        fr="Des pratiques d'inclusion des Roms des villes et régions participantes. Filtrez-les "
        "par pays, thème, type et année, ou cherchez dans leur texte.",
    ),
}

PRIZE = t("4th Dosta!-Congress Prize", fr="4e Prix Dosta!-Congrès")

PRACTICES = [
    {
        "title": t(
            "Community life in Obrnice – an integrated approach",
            fr="La vie communautaire à Obrnice – une approche intégrée",
        ),
        "slug": t("community-life-in-obrnice", fr="vie-communautaire-a-obrnice"),
        "participant": "obrnice",
        "country": "CZ",
        "themes": ["education", "housing", "employment", "social-services"],
        "start_year": 2007,
        "summary": t(
            "Launched by the municipality of Obrnice in 2007, the initiative comprises several "
            "interlocking projects in the fields of education, housing, employment, social "
            "services, security and leisure activities.",
            fr="Lancée par la commune d'Obrnice en 2007, l'initiative comprend plusieurs "
            "projets imbriqués dans les domaines de l'éducation, du logement, de l'emploi, des "
            "services sociaux, de la sécurité et des loisirs.",
        ),
        "body": [
            t(
                "The innovative aspect of this project is the involvement of Roma and non-Roma "
                "population in joint activities. This approach contributes significantly to "
                "the elimination of prejudices and barriers, increasing a sense of belonging "
                "to the broader community.",
                fr="L'aspect novateur de ce projet est la participation des populations rom et "
                "non rom à des activités communes. Cette approche contribue largement à "
                "éliminer les préjugés et les barrières et renforce le sentiment "
                "d'appartenance à la communauté.",
            ),
            t(
                "The project is an example of peaceful co-habitation with no segregation and "
                "low rates of criminality. It can be shared as an example of a good practice "
                "to be used as an inspiration not only by the other problematic areas in Czech "
                "Republic, but also by the European cities and regions.",
                fr="Le projet est un exemple de cohabitation pacifique, sans ségrégation et "
                "avec un faible taux de criminalité. Il peut être partagé comme bonne pratique "
                "et inspirer non seulement d'autres zones en difficulté de la République "
                "tchèque, mais aussi les villes et régions européennes.",
            ),
        ],
        "prize": {"name": PRIZE, "year": 2013, "place": t("1st place", fr="1re place")},
    },
    {
        "title": t(
            "Heraklion's municipal programme for Roma inclusion",
            fr="Le programme municipal d'Héraklion pour l'inclusion des Roms",
        ),
        "slug": t(
            "heraklion-programme-for-roma-inclusion", fr="programme-heraklion-inclusion-roms"
        ),
        "participant": "heraklion",
        "country": "GR",
        "themes": ["education", "employment", "health", "anti-discrimination"],
        "start_year": None,
        "summary": t(
            "Based on the work of the “I am a Roma” Local Action Group, the municipal "
            "programme for Roma inclusion comprises concrete support actions.",
            fr="Fondé sur le travail du groupe d'action locale « Je suis Rom », le programme "
            "municipal pour l'inclusion des Roms comprend des actions de soutien concrètes.",
        ),
        "body": [
            t(
                "The programme's support actions include combating illiteracy of children and "
                "adults, mediator seminars and the establishing of a socio-medical center for "
                "Roma issues. Programmes in the field of education include vocational and "
                "entrepreneurship training.",
                fr="Les actions de soutien du programme comprennent la lutte contre "
                "l'illettrisme des enfants et des adultes, des séminaires de médiateurs et la "
                "création d'un centre médico-social pour les questions roms. Dans le domaine "
                "de l'éducation, les programmes comprennent des formations professionnelles et "
                "à l'entrepreneuriat.",
            ),
            t(
                "In addition, the project contributes significantly to anti-discrimination "
                "campaigning by targeting children through school events and by intercultural "
                "dialogue events.",
                fr="En outre, le projet contribue largement à la lutte contre les "
                "discriminations en s'adressant aux enfants par des manifestations scolaires "
                "et par des rencontres de dialogue interculturel.",
            ),
        ],
        "prize": {"name": PRIZE, "year": 2013, "place": t("2nd place", fr="2e place")},
    },
    {
        "title": t(
            "Kocaeli's programme for Roma inclusion",
            fr="Le programme de Kocaeli pour l'inclusion des Roms",
        ),
        "slug": t("kocaeli-programme-for-roma-inclusion", fr="programme-kocaeli-inclusion-roms"),
        "participant": "kocaeli",
        "country": "TR",
        "themes": ["education", "culture-and-awareness", "participation"],
        "start_year": None,
        "summary": t(
            "This campaign of the regional authority of Kocaeli in western Turkey pursues a "
            "comprehensive approach with concrete and visible outcomes.",
            fr="Cette campagne de la collectivité régionale de Kocaeli, dans l'ouest de la "
            "Turquie, suit une approche globale aux résultats concrets et visibles.",
        ),
        "body": [
            t(
                "Kocaeli has implemented education programmes including vocational training, "
                "informal training and sportive training in order to minimize school "
                "drop-outs and promote sports. Cultural projects, such as an international "
                "Roma festival, events on the International Roma Day, the formation of a Roma "
                "theatre, the founding of a violin orchestra, musical competitions and "
                "expositions, contribute significantly to intercultural dialogue between Roma "
                "and non-Roma.",
                fr="Kocaeli a mis en œuvre des programmes d'éducation comprenant une formation "
                "professionnelle, une formation informelle et une formation sportive afin de "
                "réduire le décrochage scolaire et de promouvoir le sport. Des projets "
                "culturels, comme un festival international rom, des manifestations lors de la "
                "Journée internationale des Roms, la création d'un théâtre rom, la fondation "
                "d'un orchestre de violons, des concours de musique et des expositions, "
                "contribuent largement au dialogue interculturel entre Roms et non-Roms.",
            ),
            t(
                "This programme includes several different projects with a considerable "
                "number of beneficiaries and a wide scope of actions. It focuses on “local "
                "solutions” based on research conducted on local level and promotes "
                "involvement of local actors (Roma and non-Roma NGOs, local authorities) and a "
                "sustainable structure.",
                fr="Ce programme comprend plusieurs projets avec un nombre considérable de "
                "bénéficiaires et un large éventail d'actions. Il privilégie des « solutions "
                "locales » fondées sur des recherches menées au niveau local et encourage la "
                "participation des acteurs locaux (ONG roms et non roms, collectivités "
                "locales) ainsi qu'une structure durable.",
            ),
        ],
        "prize": {"name": PRIZE, "year": 2013, "place": t("3rd place", fr="3e place")},
    },
]

# The three prize winners, then the samples (no prize; a type, some an end year).
ALL_PRACTICES = PRACTICES + sample_practices(t)


def ensure_themes():
    """The seed themes in English, and their French copies; {slug: English theme}."""
    locales = ensure_locales()
    english, french = locales["en"], locales.get("fr")
    themes = {}
    for slug, name, french_name in SEED_THEMES:
        theme = Theme.objects.filter(locale=english, slug=slug).first()
        if theme is None:
            theme = Theme.objects.create(locale=english, slug=slug, name=name)
        themes[slug] = theme
        if french is not None and theme.get_translation_or_none(french) is None:
            translation = theme.copy_for_translation(french)
            translation.name = french_name
            translation.save()
    return themes


def ensure_index(home):
    index = PracticeIndexPage.objects.child_of(home).first()
    if index is not None:
        return index
    index = PracticeIndexPage(
        title=INDEX["title"],
        slug=INDEX["slug"],
        introduction=INDEX["introduction"],
        show_in_menus=True,
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def ensure_practice(index, spec, themes):
    existing = PracticePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    participant = ParticipantPage.objects.filter(
        locale=index.locale, slug=spec["participant"]
    ).first()
    page = PracticePage(
        title=spec["title"],
        slug=spec["slug"],
        participant=participant,
        country=spec["country"],
        practice_type=spec.get("practice_type") or "",
        start_year=spec["start_year"],
        end_year=spec.get("end_year"),
        summary=spec["summary"],
        body=paragraph_blocks(spec["body"]),
        prizes=[("prize", spec["prize"])] if spec.get("prize") else [],
        **illustration(spec["themes"][0], spec["slug"], t),
    )
    page.themes = [themes[slug] for slug in spec["themes"]]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def load():
    """The practice database's index, its themes, the three prize-winning practices and
    the samples."""
    themes = ensure_themes()
    home = source_home()
    index = ensure_index(home)
    pages = [ensure_practice(index, spec, themes) for spec in ALL_PRACTICES]
    translate_pages([index, *pages], catalog)
    return index
