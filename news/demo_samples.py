"""Sample news of the demonstration site: eleven items beside the real 2013 prize news.

The Alliance's own pages (../shared/seeds/) have one news item, the 4th Dosta!-Congress
Prize (2013), which says the prize is awarded every two years and follows "previous
editions". The 1st to 3rd editions (2007, 2009, 2011) are therefore shown, and a 5th (2015),
but their real winners are not in those pages: the winners here are the demonstration site's
sample participants (participants/demo.py), and every item says in its title and first
sentence that it is a sample. No quote, real name or figure is presented as real.

The prize editions are in news/demo_prize_editions.py. ``news/demo.py`` calls these functions
with its catalog's ``t`` (English, with the French beside it), so the French translations
come from the same catalog as the rest of the news.
"""

import datetime

from django.apps import apps

from core.demo_helpers import paragraph_blocks, paragraphs_html, source_locale
from core.demo_images import illustration
from news.demo_prize_editions import PRIZE_TOPIC_SLUG, sample_prize_news
from news.models import NewsPage, NewsPageTopic, NewsTopic, PrizeAnnouncementPage, PrizeWinner


def sample_topics(t):
    """The topics of the sample news, besides the prize's (news/demo.py)."""
    return [
        {"name": t("The Alliance", fr="L'Alliance"), "slug": "alliance"},
        {"name": t("Seminars", fr="Séminaires"), "slug": "seminars"},
        {"name": t("Housing", fr="Logement"), "slug": "housing"},
        {"name": t("Education", fr="Éducation"), "slug": "education"},
        {"name": t("Publications", fr="Publications"), "slug": "publications"},
        {"name": t("Remembrance", fr="Mémoire"), "slug": "remembrance"},
    ]


def sample_other_news(t):
    """Seven sample news items on the Alliance's other work (the seeds' About Us page)."""
    return [
        {
            "type": "news",
            "title": t(
                "Sample news: Alliance participants meet in Strasbourg",
                fr="Actualité d'exemple : les participants de l'Alliance se réunissent à "
                "Strasbourg",
            ),
            "slug": t(
                "sample-news-alliance-participants-meet-in-strasbourg",
                fr="actualite-exemple-les-participants-de-l-alliance-se-reunissent",
            ),
            "date": datetime.date(2014, 5, 15),
            "introduction": t(
                "A sample news item of the demonstration site: a meeting of the Alliance's "
                "participating cities and regions, shown to illustrate the news list.",
                fr="Une actualité d'exemple du site de démonstration : une réunion des villes "
                "et régions participantes de l'Alliance, présentée pour illustrer la liste des "
                "actualités.",
            ),
            "body": [
                t(
                    "This meeting is a sample: its date and programme are invented for the "
                    "demonstration site, and it reports no real decision.",
                    fr="Cette réunion est un exemple : sa date et son programme sont inventés "
                    "pour le site de démonstration, et elle ne rapporte aucune décision réelle.",
                ),
                t(
                    "In this sample, representatives of participating cities and regions "
                    "exchanged know-how and good practices on Roma inclusion, and discussed "
                    "how the Alliance can speak with one voice on Roma inclusion at local and "
                    "regional level: the two objectives of the Alliance.",
                    fr="Dans cet exemple, des représentants des villes et régions participantes "
                    "ont échangé savoir-faire et bonnes pratiques en matière d'inclusion des "
                    "Roms, et ont discuté de la manière dont l'Alliance peut parler d'une seule "
                    "voix sur l'inclusion des Roms au niveau local et régional : les deux "
                    "objectifs de l'Alliance.",
                ),
                t(
                    "No participant is quoted: a real news item would name the speakers and "
                    "link the documents of the meeting.",
                    fr="Aucun participant n'est cité : une véritable actualité nommerait les "
                    "intervenants et donnerait le lien vers les documents de la réunion.",
                ),
            ],
            "topics": ["alliance"],
        },
        {
            "type": "news",
            "title": t(
                "Sample news: Porto joins the Alliance",
                fr="Actualité d'exemple : Porto rejoint l'Alliance",
            ),
            "slug": t(
                "sample-news-porto-joins-the-alliance",
                fr="actualite-exemple-porto-rejoint-l-alliance",
            ),
            "date": datetime.date(2015, 2, 10),
            "introduction": t(
                "A sample news item of the demonstration site: a new participant joins the "
                "Alliance. Porto is one of the site's sample participants; this item reports "
                "no real decision of the city.",
                fr="Une actualité d'exemple du site de démonstration : un nouveau participant "
                "rejoint l'Alliance. Porto est l'un des participants d'exemple du site ; cette "
                "actualité ne rapporte aucune décision réelle de la ville.",
            ),
            "body": [
                t(
                    "Cities and regions that wish to become Alliance participants send the "
                    "form on the Join the Alliance page. Once they have joined, their profile "
                    "appears on the map and in the list of participants.",
                    fr="Les villes et régions qui souhaitent devenir participantes de "
                    "l'Alliance envoient le formulaire de la page Rejoindre l'Alliance. Une "
                    "fois qu'elles l'ont rejointe, leur profil apparaît sur la carte et dans la "
                    "liste des participants.",
                ),
                t(
                    "This item is a sample: the date of joining, the contact person and the "
                    "projects of Porto are not real.",
                    fr="Cette actualité est un exemple : la date d'adhésion, la personne de "
                    "contact et les projets de Porto ne sont pas réels.",
                ),
            ],
            "topics": ["alliance"],
        },
        {
            "type": "news",
            "title": t(
                "Sample news: a seminar on housing for Roma families",
                fr="Actualité d'exemple : un séminaire sur le logement des familles roms",
            ),
            "slug": t(
                "sample-news-seminar-on-housing",
                fr="actualite-exemple-seminaire-sur-le-logement",
            ),
            "date": datetime.date(2018, 4, 12),
            "introduction": t(
                "A sample news item of the demonstration site: a seminar of the Alliance on "
                "housing, one of the key areas of Roma inclusion.",
                fr="Une actualité d'exemple du site de démonstration : un séminaire de "
                "l'Alliance sur le logement, l'un des domaines clés de l'inclusion des Roms.",
            ),
            "body": [
                t(
                    "The Alliance organises national and international seminars for its "
                    "participating cities and regions, to help them exchange know-how and good "
                    "practices. This seminar on housing is a sample: its date, place, speakers "
                    "and conclusions are invented for the demonstration site.",
                    fr="L'Alliance organise des séminaires nationaux et internationaux pour ses "
                    "villes et régions participantes, afin de faciliter l'échange de "
                    "savoir-faire et de bonnes pratiques. Ce séminaire sur le logement est un "
                    "exemple : sa date, son lieu, ses intervenants et ses conclusions sont "
                    "inventés pour le site de démonstration.",
                ),
                t(
                    "In this sample, participants compared ways of improving housing with the "
                    "residents rather than for them: renovation planned with the families, "
                    "access to water and electricity, and support in dealings with landlords "
                    "and public offices.",
                    fr="Dans cet exemple, les participants ont comparé des manières d'améliorer "
                    "le logement avec les habitants plutôt que pour eux : des rénovations "
                    "préparées avec les familles, l'accès à l'eau et à l'électricité, et un "
                    "accompagnement dans les démarches auprès des propriétaires et des "
                    "administrations.",
                ),
            ],
            "topics": ["seminars", "housing"],
        },
        {
            "type": "news",
            "title": t(
                "Sample news: a handbook of good practices for Roma inclusion",
                fr="Actualité d'exemple : un recueil de bonnes pratiques pour l'inclusion des Roms",
            ),
            "slug": t(
                "sample-news-handbook-of-good-practices",
                fr="actualite-exemple-recueil-de-bonnes-pratiques",
            ),
            "date": datetime.date(2018, 11, 8),
            "introduction": t(
                "A sample news item of the demonstration site: a publication of the Alliance, "
                "shown to illustrate the news list. The handbook it announces does not exist.",
                fr="Une actualité d'exemple du site de démonstration : une publication de "
                "l'Alliance, présentée pour illustrer la liste des actualités. Le recueil "
                "qu'elle annonce n'existe pas.",
            ),
            "body": [
                t(
                    "In this sample, the Alliance gathers in one handbook good practices of "
                    "its participating cities and regions in education, housing, employment "
                    "and health, the key areas of Roma inclusion.",
                    fr="Dans cet exemple, l'Alliance réunit dans un recueil de bonnes pratiques "
                    "de ses villes et régions participantes dans l'éducation, le logement, "
                    "l'emploi et la santé, les domaines clés de l'inclusion des Roms.",
                ),
                t(
                    "The practices themselves are in the good-practice database of this site. "
                    "A real news item would link the publication as a document.",
                    fr="Les pratiques elles-mêmes figurent dans la base de données des bonnes "
                    "pratiques de ce site. Une véritable actualité donnerait le lien vers la "
                    "publication, en tant que document.",
                ),
            ],
            "topics": ["publications"],
        },
        {
            "type": "news",
            "title": t(
                "Sample news: remembering the Roma Genocide on 2 August",
                fr="Actualité d'exemple : la mémoire du génocide des Roms le 2 août",
            ),
            "slug": t(
                "sample-news-remembering-the-roma-genocide",
                fr="actualite-exemple-memoire-du-genocide-des-roms",
            ),
            "date": datetime.date(2023, 8, 2),
            "introduction": t(
                "A sample news item of the demonstration site: participating cities and "
                "regions mark the international commemoration day of the Roma Genocide.",
                fr="Une actualité d'exemple du site de démonstration : des villes et régions "
                "participantes marquent la journée internationale de commémoration du "
                "génocide des Roms.",
            ),
            "body": [
                t(
                    "Promoting Roma culture and raising awareness and knowledge about the Roma "
                    "Genocide during World War II and the international commemoration day on "
                    "2 August is one of the key priorities of the Alliance.",
                    fr="La promotion de la culture rom et la sensibilisation au génocide des "
                    "Roms pendant la Seconde Guerre mondiale et à la journée internationale de "
                    "commémoration du 2 août sont l'une des priorités de l'Alliance.",
                ),
                t(
                    "This item is a sample: the events it stands for, such as readings in "
                    "schools, exhibitions in libraries or a ceremony at a memorial, are "
                    "invented for the demonstration site, and no place or person is named.",
                    fr="Cette actualité est un exemple : les manifestations qu'elle évoque, "
                    "comme des lectures dans les écoles, des expositions dans les bibliothèques "
                    "ou une cérémonie devant un mémorial, sont inventées pour le site de "
                    "démonstration, et aucun lieu ni aucune personne n'est nommé.",
                ),
            ],
            "topics": ["remembrance"],
        },
        {
            "type": "news",
            "title": t(
                "Sample news: an online exchange on school mediators",
                fr="Actualité d'exemple : un échange en ligne sur les médiateurs scolaires",
            ),
            "slug": t(
                "sample-news-online-exchange-on-school-mediators",
                fr="actualite-exemple-echange-en-ligne-sur-les-mediateurs-scolaires",
            ),
            "date": datetime.date(2024, 6, 6),
            "introduction": t(
                "A sample news item of the demonstration site: participating cities and "
                "regions compare their work with Roma school mediators.",
                fr="Une actualité d'exemple du site de démonstration : des villes et régions "
                "participantes comparent leur travail avec les médiateurs scolaires roms.",
            ),
            "body": [
                t(
                    "This exchange is a sample: its date, speakers and conclusions are "
                    "invented for the demonstration site.",
                    fr="Cet échange est un exemple : sa date, ses intervenants et ses "
                    "conclusions sont inventés pour le site de démonstration.",
                ),
                t(
                    "In this sample, participants discussed how mediators help Roma children "
                    "attend school regularly, how they work with teachers and families, and "
                    "how a city can keep them in post once a project's funding ends.",
                    fr="Dans cet exemple, les participants ont discuté de la manière dont les "
                    "médiateurs aident les enfants roms à fréquenter l'école régulièrement, "
                    "dont ils travaillent avec les enseignants et les familles, et dont une "
                    "ville peut les garder en poste une fois le financement d'un projet "
                    "terminé.",
                ),
            ],
            "topics": ["seminars", "education"],
        },
        {
            "type": "news",
            "title": t(
                "Sample news: applications open for the next Dosta!-Congress Prize",
                fr="Actualité d'exemple : les candidatures sont ouvertes pour le prochain Prix "
                "Dosta!-Congrès",
            ),
            "slug": t(
                "sample-news-applications-open-for-the-next-prize",
                fr="actualite-exemple-candidatures-ouvertes-pour-le-prochain-prix",
            ),
            "date": datetime.date(2026, 11, 16),
            "introduction": t(
                "A sample news item of the demonstration site: the call for applications for "
                "the next edition of the Dosta!-Congress Prize is open.",
                fr="Une actualité d'exemple du site de démonstration : l'appel à candidatures "
                "pour la prochaine édition du Prix Dosta!-Congrès est ouvert.",
            ),
            "body": [
                t(
                    "The Dosta!-Congress Prize is awarded every two years to three "
                    "municipalities for their successful and innovative projects in the field "
                    "of Roma inclusion.",
                    fr="Le Prix Dosta!-Congrès est décerné tous les deux ans à trois "
                    "municipalités pour leurs projets réussis et novateurs dans le domaine de "
                    "l'inclusion des Roms.",
                ),
                t(
                    "Local and regional authorities apply through the call for applications "
                    "in the news of this site. This item, the call, its criteria and its "
                    "deadline are samples of the demonstration site.",
                    fr="Les collectivités locales et régionales se portent candidates au moyen "
                    "de l'appel à candidatures publié dans les actualités de ce site. Cette "
                    "actualité, l'appel, ses critères et sa date limite sont des exemples du "
                    "site de démonstration.",
                ),
            ],
            "topics": [PRIZE_TOPIC_SLUG],
        },
    ]


def sample_news(t):
    """The eleven sample news items, oldest first."""
    items = sample_prize_news(t) + sample_other_news(t)
    return sorted(items, key=lambda item: item["date"])


def participant_page(slug):
    """The English sample participant page with this slug, or None (not there yet)."""
    if not apps.is_installed("participants"):
        return None
    model = apps.get_model("participants", "ParticipantPage")
    return (
        model.objects.filter(locale=source_locale(), slug=slug, alias_of__isnull=True)
        .order_by("pk")
        .first()
    )


def ensure_topics(specs, locale):
    """The topics of ``specs`` in ``locale``, by slug, made when missing."""
    topics = {}
    for spec in specs:
        topic = NewsTopic.objects.filter(locale=locale, slug=spec["slug"]).first()
        if topic is None:
            topic = NewsTopic.objects.create(locale=locale, **spec)
        topics[spec["slug"]] = topic
    return topics


def ensure_sample_news(index, topics, t):
    """Create the sample news items missing under ``index``; return them all.

    ``topics`` maps the topic slugs of the items (the prize's included) to their topics.
    """
    pages = []
    for spec in sample_news(t):
        model = PrizeAnnouncementPage if spec["type"] == "prize" else NewsPage
        existing = model.objects.child_of(index).filter(slug=spec["slug"]).first()
        if existing is not None:
            pages.append(existing)
            continue
        page = model(
            title=spec["title"],
            slug=spec["slug"],
            date=spec["date"],
            introduction=spec["introduction"],
            body=paragraph_blocks(spec["body"]),
            **illustration("prize" if spec["type"] == "prize" else "meeting", spec["slug"], t),
        )
        if spec["type"] == "prize":
            page.edition = spec["edition"]
            page.award_date = spec["award_date"]
            page.winners = [
                PrizeWinner(
                    locale=index.locale,
                    place=winner["place"],
                    name=winner["name"],
                    kind=winner["kind"],
                    country=winner["country"],
                    project_title=winner["project_title"],
                    text=paragraphs_html(winner["text"]),
                    participant_page=participant_page(winner["participant_slug"]),
                )
                for winner in spec["winners"]
            ]
        page.topic_links = [
            NewsPageTopic(topic=topics[slug], locale=index.locale) for slug in spec["topics"]
        ]
        index.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return pages
