"""Demo content of the home app, from the Alliance's own pages (../shared/seeds/).

English pages with their French translation beside each string. ``load_demo`` calls
``load()``; it creates what is missing and leaves what exists alone.
"""

from django.apps import apps
from wagtail.models import Page

from core.demo_helpers import (
    DemoCatalog,
    ensure_default_site,
    ensure_locales,
    remove_welcome_page,
    source_locale,
    translate_pages,
)
from core.models import AllianceSettings
from home.demo_home_translations import HOME_TRANSLATIONS
from home.models import HomePage, StandardPage

catalog = DemoCatalog()
t = catalog.t

HOME_TITLE = t(
    "European Alliance of Cities and Regions for Roma Inclusion",
    fr="Alliance européenne des villes et des régions pour l'inclusion des Roms",
)
HOME_SLUG = t("home", fr="accueil")
MISSION = t(
    "The Alliance fights discrimination against Roma at the local and regional levels, "
    "promotes their inclusion and raises awareness of these communities among local and "
    "regional authorities.",
    fr="L'Alliance lutte contre la discrimination à l'égard des Roms aux niveaux local et "
    "régional, favorise leur inclusion et sensibilise les collectivités locales et régionales "
    "à ces communautés.",
)
HOME_INTRO = t(
    "The European Alliance of Cities and Regions for Roma Inclusion was set up by the Council "
    "of Europe's Congress of Local and Regional Authorities with the support of the Special "
    "Representative of the Secretary General for Roma Issues.",
    fr="L'Alliance européenne des villes et des régions pour l'inclusion des Roms a été créée "
    "par le Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe avec le soutien du "
    "Représentant spécial du Secrétaire Général pour les questions relatives aux Roms.",
)
TERMINOLOGY_NOTE = t(
    "The term “Roma and Travellers” is used at the Council of Europe to encompass the wide "
    "diversity of the groups covered by the work of the Council of Europe in this field "
    "including Roma, Sinti/Manush, Calé, Kaale, Romanichals, Boyash/Rudari, Balkan Egyptians "
    "(Egyptians and Ashkali), Eastern groups (Dom, Lom and Abdal), groups such as Travellers, "
    "Yenish, and the populations designated under the administrative term “Gens du voyage”, "
    "as well as persons who identify themselves as Gypsies.",
    fr="Le terme « Roms et Gens du voyage » est utilisé au Conseil de l'Europe pour englober "
    "la grande diversité des groupes couverts par les travaux du Conseil de l'Europe dans ce "
    "domaine, notamment les Roms, les Sintés/Manouches, les Calés, les Kaalés, les "
    "Romanichels, les Béash/Rudari, les Égyptiens des Balkans (Égyptiens et Ashkalis), les "
    "groupes orientaux (Doms, Loms et Abdal), des groupes tels que les Travellers, les "
    "Yéniches, et les populations désignées par le terme administratif « Gens du voyage », "
    "ainsi que les personnes qui s'auto-identifient comme Tsiganes.",
)

ABOUT = {
    "title": t("About us", fr="À propos"),
    "slug": t("about-us", fr="a-propos"),
    "introduction": t(
        "The Alliance was set up by the Council of Europe's Congress of Local and Regional "
        "Authorities with the support of the Special Representative of the Secretary General "
        "for Roma Issues.",
        fr="L'Alliance a été créée par le Congrès des pouvoirs locaux et régionaux du Conseil "
        "de l'Europe avec le soutien du Représentant spécial du Secrétaire Général pour les "
        "questions relatives aux Roms.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "The Alliance organises national and international seminars for its "
                "participating cities and regions in order to facilitate the exchange of "
                "know-how and good practices.",
                fr="L'Alliance organise des séminaires nationaux et internationaux pour les "
                "villes et régions participantes afin de faciliter l'échange de savoir-faire "
                "et de bonnes pratiques.",
            ),
        ),
        (
            "paragraph",
            t(
                "One of the key priorities of the Alliance is the promotion of the Roma "
                "culture and raising awareness and knowledge about the Roma Genocide during "
                "World War II and the international commemoration day on the 2nd of August.",
                fr="L'une des grandes priorités de l'Alliance est la promotion de la culture "
                "rom et la sensibilisation au génocide des Roms pendant la Seconde Guerre "
                "mondiale et à la journée internationale de commémoration du 2 août.",
            ),
        ),
        (
            "paragraph",
            t(
                "Another important initiative of the Council of Europe, aimed at fighting "
                "antigypsyism, is the Dosta! Campaign, run on a national level in the member "
                "states. As of 2013, the Alliance is in charge of administrating the Dosta! "
                "Congress Prize, awarded biannually to three municipalities for their "
                "successful and innovative projects in the field of Roma inclusion.",
                fr="Une autre initiative importante du Conseil de l'Europe, destinée à "
                "combattre l'antitsiganisme, est la campagne Dosta!, menée au niveau national "
                "dans les États membres. Depuis 2013, l'Alliance administre le Prix Dosta! du "
                "Congrès, décerné tous les deux ans à trois municipalités pour leurs projets "
                "réussis et novateurs en matière d'inclusion des Roms.",
            ),
        ),
        ("heading", t("History", fr="Historique")),
        (
            "paragraph",
            t(
                "In recent years, there has been a strong development of European and national "
                "policy framework for the inclusion of Roma. At the same time, awareness has "
                "grown that policy measures at local and regional level are decisive for "
                "bringing about real improvement in the social inclusion of Roma, across the "
                "key areas of education, housing, employment and health and the need to "
                "develop these policy measures has increased considerably.",
                fr="Ces dernières années, le cadre politique européen et national pour "
                "l'inclusion des Roms s'est fortement développé. Dans le même temps, on a "
                "pris conscience que les mesures prises aux niveaux local et régional sont "
                "décisives pour améliorer réellement l'inclusion sociale des Roms dans les "
                "domaines clés de l'éducation, du logement, de l'emploi et de la santé, et le "
                "besoin de développer ces mesures s'est considérablement accru.",
            ),
        ),
        (
            "paragraph",
            t(
                "To meet those needs the Council of Europe has adopted in October 2010 the "
                "Strasbourg Declaration that identifies clear priorities to work on and "
                "envisages a role for the Council of Europe as a support player in assisting "
                "national as well as local and regional authorities in their efforts to "
                "improve Roma inclusion.",
                fr="Pour répondre à ces besoins, le Conseil de l'Europe a adopté en octobre "
                "2010 la Déclaration de Strasbourg, qui fixe des priorités claires et prévoit "
                "que le Conseil de l'Europe aide les autorités nationales et les "
                "collectivités locales et régionales dans leurs efforts pour améliorer "
                "l'inclusion des Roms.",
            ),
        ),
        (
            "paragraph",
            t(
                "The concept of the Alliance was identified at the Summit of Mayors in "
                "September 2011. It was followed by the creation of a core group of cities and "
                "regions which volunteered to establish the Alliance and drew up a general "
                "framework for its objectives and working methods. After a thorough "
                "consultation process in 2012, which included a large-scale survey conducted "
                "with local and regional authorities in Council of Europe member states and "
                "follow-up consultation meetings, the main needs and interests of the cities "
                "and regions were identified.",
                fr="L'idée de l'Alliance est née lors du Sommet des maires en septembre 2011. "
                "Elle a été suivie de la création d'un groupe restreint de villes et de "
                "régions qui se sont portées volontaires pour fonder l'Alliance et ont établi "
                "un cadre général pour ses objectifs et ses méthodes de travail. Après une "
                "vaste consultation en 2012, comprenant une enquête à grande échelle auprès "
                "des collectivités locales et régionales des États membres du Conseil de "
                "l'Europe et des réunions de suivi, les principaux besoins et intérêts des "
                "villes et des régions ont été identifiés.",
            ),
        ),
        (
            "paragraph",
            t(
                "The Alliance was officially launched during the 24th Congress Session on 20 "
                "March 2013 with messages of support from the Deputy Secretary General of the "
                "Council of Europe, the President of the Congress, the EU Commissioner for "
                "Regional Policy, the President of the European Roma and Travellers Forum and "
                "several participating cities and regions of the Alliance.",
                fr="L'Alliance a été officiellement lancée lors de la 24e session du Congrès, "
                "le 20 mars 2013, avec des messages de soutien de la Secrétaire Générale "
                "adjointe du Conseil de l'Europe, du Président du Congrès, du Commissaire "
                "européen chargé de la politique régionale, du Président du Forum européen "
                "des Roms et des Gens du voyage et de plusieurs villes et régions "
                "participantes.",
            ),
        ),
        ("heading", t("Austrian secondments", fr="Détachements autrichiens")),
        (
            "paragraph",
            t(
                "The work of the Alliance has been supported by Austrian secondments since "
                "2012. Secondees have been chosen and prepared for their work by the civil "
                "society association Austrian Service Abroad, an organisation which "
                "specialises in the worldwide sending of volunteers. So far, the secondees "
                "have been (in chronological order): Clemens Kohl, Nikolai Atefie, Lando "
                "Kirchmair, Kay-Michael Dankl, Christoph Stöger, Thomas Schobesberger and "
                "Valentin Unger.",
                fr="Depuis 2012, le travail de l'Alliance est soutenu par des détachements "
                "autrichiens. Les personnes détachées sont choisies et préparées par "
                "l'association Austrian Service Abroad, spécialisée dans l'envoi de "
                "volontaires dans le monde entier. Jusqu'à présent, ont été détachés (par "
                "ordre chronologique) : Clemens Kohl, Nikolai Atefie, Lando Kirchmair, "
                "Kay-Michael Dankl, Christoph Stöger, Thomas Schobesberger et Valentin Unger.",
            ),
        ),
    ],
}

OBJECTIVES = {
    "title": t("Objectives", fr="Objectifs"),
    "slug": t("objectives", fr="objectifs"),
    "introduction": t(
        "The Alliance aims to achieve these objectives:",
        fr="L'Alliance poursuit les objectifs suivants :",
    ),
    "body": [
        (
            "ordered_list",
            t(
                "To promote the exchange of know-how and good practices on Roma inclusion "
                "among participating cities and regions",
                fr="Promouvoir l'échange de savoir-faire et de bonnes pratiques en matière "
                "d'inclusion des Roms entre les villes et régions participantes",
            ),
            t(
                "To enable participating cities and regions to speak with one voice by "
                "providing a platform for advocating on issues concerning Roma inclusion at "
                "local and regional level",
                fr="Permettre aux villes et régions participantes de parler d'une seule voix "
                "en leur offrant une plateforme de plaidoyer sur les questions d'inclusion "
                "des Roms aux niveaux local et régional",
            ),
        ),
    ],
}

CONTACT = {
    "title": t("Contact", fr="Contact"),
    "slug": t("contact", fr="contact"),
    "introduction": t(
        "If your city or region is interested in participating in the Alliance, please do "
        "not hesitate to contact us.",
        fr="Si votre ville ou votre région souhaite participer à l'Alliance, n'hésitez pas à "
        "nous contacter.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "Please write to alliance@coe.int for any questions concerning the Alliance.",
                fr="Pour toute question concernant l'Alliance, écrivez à alliance@coe.int.",
            ),
        ),
        ("heading", t("Postal address", fr="Adresse postale")),
        (
            "paragraph",
            t(
                "Alliance Taskforce, Congress of the Council of Europe, FR - 67075 Strasbourg "
                "Cedex. Telephone: +33 (0)3 90 21 63 94.",
                fr="Alliance Taskforce, Congrès du Conseil de l'Europe, FR - 67075 Strasbourg "
                "Cedex. Téléphone : +33 (0)3 90 21 63 94.",
            ),
        ),
    ],
}

# The calls to action of the home page (from the seeds), each with the page type it leads
# to: set in finish(), once every app has made its pages.
JOIN_CALL = {
    "target": ("forms", "JoinFormPage"),
    "title": t("Join the Alliance", fr="Rejoindre l'Alliance"),
    "text": t(
        "If you wish your local or regional authority to become an Alliance participant, "
        "please use this form.",
        fr="Si vous souhaitez que votre collectivité locale ou régionale participe à "
        "l'Alliance, veuillez utiliser ce formulaire.",
    ),
    "link_label": t("Apply to join", fr="Demander l'adhésion"),
}
COOPERATE_CALL = {
    "target": ("forms", "CooperationFormPage"),
    "title": t("Cooperate as NGO", fr="Coopérer en tant qu'ONG"),
    "text": t(
        "Please use this form in order to propose a cooperation between your NGO and the Alliance.",
        fr="Veuillez utiliser ce formulaire pour proposer une coopération entre votre ONG et "
        "l'Alliance.",
    ),
    "link_label": t("Propose a cooperation", fr="Proposer une coopération"),
}
PRACTICES_CALL = {
    "target": ("practices", "PracticeIndexPage"),
    "title": t(
        "Good practices for Roma inclusion", fr="Bonnes pratiques pour l'inclusion des Roms"
    ),
    "text": t(
        "If you're looking for good practices for Roma inclusion, check out the database.",
        fr="Vous cherchez des bonnes pratiques pour l'inclusion des Roms ? Consultez la base "
        "de données.",
    ),
    "link_label": t("Browse the database", fr="Consulter la base de données"),
}
TEXTS_CALL = {
    "target": ("texts", "AdoptedTextIndexPage"),
    "title": t("Adopted texts", fr="Textes adoptés"),
    "text": t(
        "Resolutions and Recommendations adopted by the Congress of Local and Regional "
        "Authorities.",
        fr="Résolutions et recommandations adoptées par le Congrès des pouvoirs locaux et "
        "régionaux.",
    ),
    "link_label": t("Read the texts", fr="Lire les textes"),
}
CALLS = [JOIN_CALL, COOPERATE_CALL, PRACTICES_CALL, TEXTS_CALL]

# The home page in every other language (home/demo_home_translations.py).
for _code, _strings in HOME_TRANSLATIONS.items():
    catalog.add(_code, _strings)

SETTINGS = {
    "organisation": "Alliance Taskforce\nCongress of the Council of Europe",
    "address": "FR - 67075 Strasbourg Cedex",
    "email": "alliance@coe.int",
    "phone": "+33 3 90 21 63 94",
}


def paragraph_html(text):
    return f"<p>{text}</p>"


def stream(blocks):
    """StreamField data from the ``(kind, text, ...)`` tuples of the demo dictionaries."""
    data = []
    for kind, *texts in blocks:
        if kind == "heading":
            data.append(("heading", {"text": texts[0], "level": "h2"}))
        elif kind == "ordered_list":
            items = "".join(f"<li>{item}</li>" for item in texts)
            data.append(("paragraph", f"<ol>{items}</ol>"))
        else:
            data.append(("paragraph", paragraph_html(texts[0])))
    return data


def call(spec, page):
    return (
        "call_to_action",
        {
            "title": spec["title"],
            "text": spec["text"],
            "link": {"page": page, "url": ""},
            "link_label": spec["link_label"],
        },
    )


def ensure_home():
    home = HomePage.objects.filter(locale=source_locale()).first()
    if home is not None:
        return home, False
    remove_welcome_page()
    root = Page.get_first_root_node()
    home = HomePage(
        title=HOME_TITLE,
        slug=HOME_SLUG,
        mission=MISSION,
        introduction=paragraph_html(HOME_INTRO),
        terminology_note=paragraph_html(TERMINOLOGY_NOTE),
        locale=source_locale(),
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    ensure_default_site(home)
    return home, True


def ensure_standard_page(parent, spec):
    existing = StandardPage.objects.child_of(parent).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = StandardPage(
        title=spec["title"],
        slug=spec["slug"],
        introduction=spec["introduction"],
        body=stream(spec["body"]),
        show_in_menus=True,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_settings():
    alliance = AllianceSettings.load()
    changed = False
    for field, value in SETTINGS.items():
        if not getattr(alliance, field):
            setattr(alliance, field, value)
            changed = True
    if changed or alliance.pk is None:
        alliance.save()


def load():
    """Create the home page, the standard pages and their French translations."""
    ensure_locales()
    home, _created = ensure_home()
    about = ensure_standard_page(home, ABOUT)
    objectives = ensure_standard_page(home, OBJECTIVES)
    contact = ensure_standard_page(home, CONTACT)
    ensure_settings()
    translate_pages([home, about, objectives, contact], catalog, languages=["fr"])
    return home


def call_target(spec):
    """The English page a call to action leads to, if its app is installed and made it."""
    app_label, model_name = spec["target"]
    if not apps.is_installed(app_label):
        return None
    model = apps.get_model(app_label, model_name)
    return model.objects.filter(locale=source_locale()).live().first()


def finish():
    """Point the calls to action at the other apps' pages, then translate the home page
    into every language of the catalog (French and the others)."""
    home = HomePage.objects.get(locale=source_locale())
    changed = False
    if not home.calls_to_action:
        calls = [(spec, call_target(spec)) for spec in CALLS]
        home.calls_to_action = [call(spec, page) for spec, page in calls if page is not None]
        home.save_revision().publish()
        changed = True
    translate_pages([home], catalog, update=changed)
