"""Sample practices for the demonstration site: twelve illustrative examples, not real projects.

The Alliance's own pages (../shared/seeds/) name only three practices (practices/demo.py).
The participants these samples belong to are real places (participants/demo_samples.py), but
nothing is known to us of their projects, and the seeds' rule is not to invent facts about real
places and present them as real. So each title says it is a sample, each summary says the
example was written for the demonstration site and is not a project of that authority, and the
body describes the kind of practice in general terms only: no figures, no names, no results.
The themes, types and years are chosen to fill the database's filters.

No import of practices.demo here (it imports this module): the catalog's ``t`` is passed in.
"""

from practices.choices import PracticeType

SUMMARY_EN = "An illustrative example written for the demonstration site, not a project of {}. {}"
SUMMARY_FR = (
    "Exemple illustratif rédigé pour le site de démonstration : il ne s'agit pas d'un projet "
    "de {}. {}"
)


def sample_practices(t):
    """The sample practices, their strings and French translations recorded with ``t``."""

    def summary(authority, kind):
        """The disclaimer naming the ``authority``, then the ``kind`` of practice; each an
        (English, French) pair."""
        return t(
            SUMMARY_EN.format(authority[0], kind[0]),
            fr=SUMMARY_FR.format(authority[1], kind[1]),
        )

    return [
        {
            "title": t(
                "Sample practice: school mediators in Cluj-Napoca",
                fr="Pratique d'exemple : médiateurs scolaires à Cluj-Napoca",
            ),
            "slug": t(
                "sample-school-mediators-cluj-napoca",
                fr="exemple-mediateurs-scolaires-cluj-napoca",
            ),
            "participant": "cluj-napoca",
            "country": "RO",
            "themes": ["education", "social-services"],
            "practice_type": PracticeType.DEMONSTRATED,
            "start_year": 2012,
            "end_year": None,
            "summary": summary(
                ("the municipality of Cluj-Napoca", "la municipalité de Cluj-Napoca"),
                (
                    "School mediators from the Roma community build trust between families "
                    "and schools and help children attend school regularly.",
                    "Des médiateurs scolaires issus de la communauté rom créent la confiance "
                    "entre les familles et l'école et aident les enfants à suivre une "
                    "scolarité régulière.",
                ),
            ),
            "body": [
                t(
                    "In a programme of this kind, the municipality and the schools employ "
                    "mediators who usually come from the Roma community and speak the "
                    "families' language. They visit families, explain enrolment and how school "
                    "works, go with parents to meetings with teachers and get in touch with "
                    "the family when a child stops coming to class.",
                    fr="Dans un programme de ce type, la municipalité et les écoles emploient "
                    "des médiateurs, le plus souvent issus de la communauté rom et parlant la "
                    "langue des familles. Ils rendent visite aux familles, expliquent "
                    "l'inscription et le fonctionnement de l'école, accompagnent les parents "
                    "aux rencontres avec les enseignants et prennent contact avec la famille "
                    "lorsqu'un enfant cesse de venir en classe.",
                ),
                t(
                    "Mediators need initial training, regular supervision and a clear place in "
                    "the school team, so that they are not seen as the only people responsible "
                    "for Roma pupils. Teachers, in turn, are trained to work with them and "
                    "with the families.",
                    fr="Les médiateurs ont besoin d'une formation initiale, d'un encadrement "
                    "régulier et d'une place claire dans l'équipe éducative, afin de ne pas "
                    "être perçus comme les seuls responsables des élèves roms. Les enseignants "
                    "sont formés, de leur côté, à travailler avec eux et avec les familles.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: health mediators in Sliven",
                fr="Pratique d'exemple : médiateurs de santé à Sliven",
            ),
            "slug": t("sample-health-mediators-sliven", fr="exemple-mediateurs-sante-sliven"),
            "participant": "sliven",
            "country": "BG",
            "themes": ["health", "social-services"],
            "practice_type": PracticeType.REPLICATED,
            "start_year": 2010,
            "end_year": None,
            "summary": summary(
                ("the municipality of Sliven", "la municipalité de Sliven"),
                (
                    "Health mediators help Roma families register with a family doctor, keep "
                    "children's vaccinations up to date and use prevention services.",
                    "Des médiateurs de santé aident les familles roms à s'inscrire auprès d'un "
                    "médecin de famille, à tenir à jour les vaccinations des enfants et à "
                    "recourir aux services de prévention.",
                ),
            ),
            "body": [
                t(
                    "Health mediators are usually recruited from the community they work with "
                    "and trained in basic health topics, patients' rights and the organisation "
                    "of the health system. They go with people to general practitioners, "
                    "hospitals and social offices, help them obtain health insurance and "
                    "identity documents, and explain treatments in plain language.",
                    fr="Les médiateurs de santé sont généralement recrutés dans la communauté "
                    "auprès de laquelle ils travaillent et formés aux notions de base de la "
                    "santé, aux droits des patients et à l'organisation du système de santé. "
                    "Ils accompagnent les personnes chez les médecins généralistes, à "
                    "l'hôpital et dans les services sociaux, les aident à obtenir une "
                    "assurance maladie et des papiers d'identité, et expliquent les "
                    "traitements avec des mots simples.",
                ),
                t(
                    "They also hold information sessions on pregnancy care, vaccination and "
                    "chronic diseases, and work with doctors and nurses against prejudice and "
                    "misunderstandings in health services. The role calls for stable "
                    "employment, by the municipality or the health authorities, and "
                    "supervision by a health professional.",
                    fr="Ils animent aussi des séances d'information sur le suivi de grossesse, "
                    "la vaccination et les maladies chroniques, et travaillent avec les "
                    "médecins et les infirmiers contre les préjugés et les malentendus dans "
                    "les services de santé. Le rôle suppose un emploi stable, par la "
                    "municipalité ou par les autorités sanitaires, et un encadrement par un "
                    "professionnel de santé.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: an early childhood centre in Košice",
                fr="Pratique d'exemple : un centre pour la petite enfance à Košice",
            ),
            "slug": t(
                "sample-early-childhood-centre-kosice", fr="exemple-centre-petite-enfance-kosice"
            ),
            "participant": "kosice",
            "country": "SK",
            "themes": ["education", "health"],
            "practice_type": PracticeType.PROMISING,
            "start_year": 2021,
            "end_year": None,
            "summary": summary(
                ("the municipality of Košice", "la municipalité de Košice"),
                (
                    "A neighbourhood centre offers young children play and early learning, "
                    "and their parents health advice and support, before school begins.",
                    "Un centre de quartier propose aux jeunes enfants des activités d'éveil et "
                    "à leurs parents des conseils de santé et un accompagnement, avant "
                    "l'entrée à l'école.",
                ),
            ),
            "body": [
                t(
                    "An early childhood centre of this kind opens in or near a Roma "
                    "neighbourhood and welcomes children from birth to school age together "
                    "with their parents. Educators run play groups and reading sessions, and "
                    "visiting nurses or paediatricians advise families on vaccination, "
                    "nutrition and child development.",
                    fr="Un centre pour la petite enfance de ce type ouvre dans un quartier rom "
                    "ou à proximité et accueille les enfants, de la naissance à l'âge "
                    "scolaire, avec leurs parents. Des éducateurs animent des groupes de jeu et "
                    "des séances de lecture, et des infirmières ou des pédiatres viennent "
                    "conseiller les familles sur la vaccination, l'alimentation et le "
                    "développement de l'enfant.",
                ),
                t(
                    "The centre prepares the move to kindergarten with the nearby schools, so "
                    "that children arrive familiar with the language of instruction and with "
                    "life in a group. It is open to every family of the area, Roma and "
                    "non-Roma, so as not to become a separate service.",
                    fr="Le centre prépare l'entrée à l'école maternelle avec les établissements "
                    "voisins, pour que les enfants arrivent familiarisés avec la langue "
                    "d'enseignement et la vie en groupe. Il est ouvert à toutes les familles "
                    "du quartier, roms et non roms, pour ne pas devenir un service à part.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: legalising homes in informal settlements in Novi Sad",
                fr="Pratique d'exemple : régulariser les logements des quartiers informels à "
                "Novi Sad",
            ),
            "slug": t(
                "sample-housing-legalisation-novi-sad",
                fr="exemple-regularisation-logements-novi-sad",
            ),
            "participant": "novi-sad",
            "country": "RS",
            "themes": ["housing", "participation"],
            "practice_type": PracticeType.DEMONSTRATED,
            "start_year": 2014,
            "end_year": 2020,
            "summary": summary(
                ("the municipality of Novi Sad", "la municipalité de Novi Sad"),
                (
                    "Residents of informal settlements get help to obtain building permits "
                    "and property titles, while their streets are connected to water, "
                    "sewerage and roads.",
                    "Les habitants de quartiers informels sont aidés à obtenir permis de "
                    "construire et titres de propriété, tandis que leurs rues sont raccordées "
                    "à l'eau, à l'assainissement et à la voirie.",
                ),
            ),
            "body": [
                t(
                    "In informal settlements, families often live in houses built without a "
                    "permit on land they do not own, with no secure tenure, no official "
                    "address and no connection to public networks. A legalisation programme "
                    "maps the settlement with its residents, clarifies who owns the land and "
                    "guides each household through the permit and registration procedures, "
                    "with free legal and technical help.",
                    fr="Dans les quartiers informels, les familles vivent souvent dans des "
                    "maisons construites sans permis sur un terrain qui ne leur appartient "
                    "pas, sans sécurité d'occupation, sans adresse officielle et sans "
                    "raccordement aux réseaux publics. Un programme de régularisation "
                    "cartographie le quartier avec ses habitants, clarifie la propriété des "
                    "terrains et accompagne chaque ménage dans les démarches de permis et "
                    "d'enregistrement, avec une aide juridique et technique gratuite.",
                ),
                t(
                    "Legalisation goes together with investment in infrastructure and with "
                    "rules agreed with residents for plots that cannot be legalised, for "
                    "example in a flood zone, where rehousing nearby is offered instead of "
                    "eviction. Residents' committees take part in the decisions at each stage.",
                    fr="La régularisation va de pair avec des investissements dans les "
                    "infrastructures et avec des règles convenues avec les habitants pour les "
                    "parcelles qui ne peuvent pas être régularisées, par exemple en zone "
                    "inondable : un relogement à proximité y est proposé plutôt qu'une "
                    "expulsion. Des comités d'habitants participent aux décisions à chaque "
                    "étape.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: job fairs with local employers in Edirne",
                fr="Pratique d'exemple : salons de l'emploi avec les employeurs locaux à Edirne",
            ),
            "slug": t("sample-job-fairs-edirne", fr="exemple-salons-emploi-edirne"),
            "participant": "edirne",
            "country": "TR",
            "themes": ["employment", "anti-discrimination"],
            "practice_type": PracticeType.REPLICATED,
            "start_year": 2016,
            "end_year": None,
            "summary": summary(
                ("the municipality of Edirne", "la municipalité d'Edirne"),
                (
                    "Job fairs bring Roma jobseekers and local employers together, prepared "
                    "by individual coaching and by awareness sessions for companies.",
                    "Des salons de l'emploi réunissent des demandeurs d'emploi roms et des "
                    "employeurs locaux, préparés par un accompagnement individuel et par des "
                    "séances de sensibilisation pour les entreprises.",
                ),
            ),
            "body": [
                t(
                    "Before each fair, job coaches meet jobseekers to update their CVs, "
                    "practise interviews and find the training they may need, including the "
                    "recognition of skills learned outside school. Employers are invited to "
                    "present real vacancies, apprenticeships and internships, and to meet "
                    "candidates in person.",
                    fr="Avant chaque salon, des conseillers en insertion rencontrent les "
                    "demandeurs d'emploi pour mettre à jour leur CV, s'entraîner aux entretiens "
                    "et repérer les formations utiles, y compris la reconnaissance des "
                    "compétences acquises hors de l'école. Les employeurs sont invités à "
                    "présenter de vraies offres d'emploi, d'apprentissage et de stage, et à "
                    "rencontrer les candidats en personne.",
                ),
                t(
                    "Because discrimination in hiring is one of the main barriers, the fairs "
                    "go together with sessions for human resources staff on fair recruitment, "
                    "and with follow-up after hiring for both the new employee and the "
                    "employer.",
                    fr="La discrimination à l'embauche étant l'un des principaux obstacles, "
                    "les salons s'accompagnent de séances sur le recrutement équitable pour "
                    "les services des ressources humaines, et d'un suivi après l'embauche, "
                    "pour le nouveau salarié comme pour l'employeur.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: a one-stop social desk in Strasbourg",
                fr="Pratique d'exemple : un guichet social unique à Strasbourg",
            ),
            "slug": t(
                "sample-one-stop-social-desk-strasbourg",
                fr="exemple-guichet-social-unique-strasbourg",
            ),
            "participant": "strasbourg",
            "country": "FR",
            "themes": ["social-services", "housing", "employment"],
            "practice_type": PracticeType.DEMONSTRATED,
            "start_year": 2012,
            "end_year": 2018,
            "summary": summary(
                ("the municipality of Strasbourg", "la municipalité de Strasbourg"),
                (
                    "A single desk where families can ask about benefits, housing, health "
                    "cover, schooling and work, with staff who follow each case from one "
                    "service to the next.",
                    "Un guichet unique où les familles peuvent se renseigner sur les "
                    "prestations, le logement, la couverture santé, la scolarité et l'emploi, "
                    "avec un personnel qui suit chaque dossier d'un service à l'autre.",
                ),
            ),
            "body": [
                t(
                    "Families facing several difficulties at once often deal with many "
                    "offices, each with its own forms and opening hours. A one-stop desk "
                    "brings social workers and staff of the housing and employment services "
                    "together in one place, with interpreters when needed, and gives each "
                    "family a single contact person.",
                    fr="Les familles qui cumulent les difficultés ont souvent affaire à de "
                    "nombreux services, chacun avec ses formulaires et ses horaires. Un "
                    "guichet unique réunit en un même lieu des travailleurs sociaux et des "
                    "agents des services du logement et de l'emploi, avec des interprètes si "
                    "nécessaire, et donne à chaque famille un interlocuteur unique.",
                ),
                t(
                    "The desk also holds regular sessions in the neighbourhoods and on the "
                    "sites where people live, helps with online procedures, and reports "
                    "recurring obstacles to the services concerned so that procedures can be "
                    "simplified.",
                    fr="Le guichet tient aussi des permanences dans les quartiers et sur les "
                    "lieux de vie, aide aux démarches en ligne et signale aux services "
                    "concernés les obstacles récurrents, afin que les procédures puissent être "
                    "simplifiées.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: an anti-rumour campaign in Turin",
                fr="Pratique d'exemple : une campagne anti-rumeurs à Turin",
            ),
            "slug": t(
                "sample-anti-rumour-campaign-turin", fr="exemple-campagne-anti-rumeurs-turin"
            ),
            "participant": "turin",
            "country": "IT",
            "themes": ["anti-discrimination", "culture-and-awareness"],
            "practice_type": PracticeType.REPLICATED,
            "start_year": 2016,
            "end_year": 2019,
            "summary": summary(
                ("the municipality of Turin", "la municipalité de Turin"),
                (
                    "Trained volunteers and local organisations answer common prejudices "
                    "about Roma with facts, conversations and public events.",
                    "Des bénévoles formés et des associations locales répondent aux préjugés "
                    "courants sur les Roms par des faits, des conversations et des "
                    "manifestations publiques.",
                ),
            ),
            "body": [
                t(
                    "An anti-rumour campaign begins by collecting the rumours about Roma that "
                    "circulate locally. It then trains “anti-rumour agents” – teachers, "
                    "shopkeepers, social workers, librarians, young people – to question them "
                    "in everyday conversations, calmly and with reliable information.",
                    fr="Une campagne anti-rumeurs commence par recenser les rumeurs qui "
                    "circulent localement sur les Roms. Elle forme ensuite des « agents "
                    "anti-rumeurs » – enseignants, commerçants, travailleurs sociaux, "
                    "bibliothécaires, jeunes – à les remettre en question dans les "
                    "conversations de tous les jours, calmement et avec des informations "
                    "fiables.",
                ),
                t(
                    "The campaign uses short videos, posters, street events and school "
                    "workshops, and gives Roma residents a voice in its materials rather than "
                    "speaking about them. It is a way of acting against antigypsyism that any "
                    "municipality can adapt.",
                    fr="La campagne s'appuie sur de courtes vidéos, des affiches, des "
                    "animations de rue et des ateliers scolaires, et donne la parole aux "
                    "habitants roms dans ses supports au lieu de parler d'eux. C'est une façon "
                    "d'agir contre l'antitsiganisme que toute municipalité peut adapter.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: teaching Roma history in Leipzig schools",
                fr="Pratique d'exemple : enseigner l'histoire des Roms dans les écoles de Leipzig",
            ),
            "slug": t(
                "sample-roma-history-teaching-leipzig", fr="exemple-histoire-des-roms-leipzig"
            ),
            "participant": "leipzig",
            "country": "DE",
            "themes": ["education", "culture-and-awareness", "anti-discrimination"],
            "practice_type": PracticeType.PROMISING,
            "start_year": 2019,
            "end_year": None,
            "summary": summary(
                ("the municipality of Leipzig", "la municipalité de Leipzig"),
                (
                    "Teachers receive training and materials to teach the history and "
                    "culture of Roma and Sinti, including their persecution under National "
                    "Socialism, in ordinary lessons.",
                    "Les enseignants reçoivent une formation et des ressources pour enseigner "
                    "l'histoire et la culture des Roms et des Sinti, y compris leur "
                    "persécution sous le national-socialisme, dans les cours ordinaires.",
                ),
            ),
            "body": [
                t(
                    "Roma history is rarely part of school curricula, and what pupils know of "
                    "it often comes from stereotypes. A programme of this kind offers "
                    "in-service training to teachers of history, literature and civic "
                    "education, lesson plans for each age group and visits to memorial sites.",
                    fr="L'histoire des Roms figure rarement dans les programmes scolaires, et "
                    "ce que les élèves en savent vient souvent des stéréotypes. Un programme "
                    "de ce type propose une formation continue aux enseignants d'histoire, de "
                    "littérature et d'éducation civique, des séquences pédagogiques pour "
                    "chaque âge et des visites de lieux de mémoire.",
                ),
                t(
                    "Roma organisations, historians and artists help prepare the materials and "
                    "meet classes, so that pupils hear Roma voices and not only about Roma. "
                    "The lessons cover migration, language, music and the genocide of the "
                    "Second World War.",
                    fr="Des associations roms, des historiens et des artistes contribuent aux "
                    "ressources et rencontrent les classes, afin que les élèves entendent des "
                    "voix roms et pas seulement parler des Roms. Les cours abordent les "
                    "migrations, la langue, la musique et le génocide de la Seconde Guerre "
                    "mondiale.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: a Roma youth council in Helsinki",
                fr="Pratique d'exemple : un conseil de jeunes Roms à Helsinki",
            ),
            "slug": t(
                "sample-roma-youth-council-helsinki", fr="exemple-conseil-jeunes-roms-helsinki"
            ),
            "participant": "helsinki",
            "country": "FI",
            "themes": ["participation"],
            "practice_type": None,
            "start_year": 2021,
            "end_year": None,
            "summary": summary(
                ("the municipality of Helsinki", "la municipalité d'Helsinki"),
                (
                    "Young Roma meet regularly as an advisory council, give their views on "
                    "local decisions that concern them and run projects of their own.",
                    "De jeunes Roms se réunissent régulièrement en conseil consultatif, "
                    "donnent leur avis sur les décisions locales qui les concernent et mènent "
                    "leurs propres projets.",
                ),
            ),
            "body": [
                t(
                    "A youth council of this kind brings together young Roma who volunteer or "
                    "are chosen by their peers for a fixed term. It meets with the "
                    "municipality's youth workers, is consulted on youth, education and "
                    "leisure policies, and can put its own proposals to the municipal "
                    "council.",
                    fr="Un conseil de jeunes de ce type réunit de jeunes Roms, volontaires ou "
                    "désignés par leurs pairs pour un mandat déterminé. Il se réunit avec les "
                    "animateurs jeunesse de la municipalité, est consulté sur les politiques "
                    "de la jeunesse, de l'éducation et des loisirs, et peut soumettre ses "
                    "propres propositions au conseil municipal.",
                ),
                t(
                    "Its members are trained in public speaking, project management and local "
                    "democracy, and a small budget lets them organise events or campaigns. "
                    "The council is also a way for the municipality to reach young people "
                    "who seldom join mainstream youth organisations.",
                    fr="Ses membres sont formés à la prise de parole, à la gestion de projet et "
                    "à la démocratie locale, et un petit budget leur permet d'organiser des "
                    "manifestations ou des campagnes. Le conseil est aussi pour la "
                    "municipalité un moyen d'atteindre des jeunes qui rejoignent rarement les "
                    "organisations de jeunesse ordinaires.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: participatory budgeting with Roma neighbourhoods in Ghent",
                fr="Pratique d'exemple : un budget participatif avec les quartiers roms à Gand",
            ),
            "slug": t(
                "sample-participatory-budgeting-ghent", fr="exemple-budget-participatif-gand"
            ),
            "participant": "ghent",
            "country": "BE",
            "themes": ["participation", "housing"],
            "practice_type": PracticeType.PROMISING,
            "start_year": 2024,
            "end_year": None,
            "summary": summary(
                ("the municipality of Ghent", "la municipalité de Gand"),
                (
                    "Residents of neighbourhoods where Roma families live propose, discuss and "
                    "vote on projects paid for from a share of the municipal budget.",
                    "Les habitants de quartiers où vivent des familles roms proposent, "
                    "débattent et votent des projets financés par une part du budget "
                    "municipal.",
                ),
            ),
            "body": [
                t(
                    "Participatory budgeting sets aside part of the municipal budget for "
                    "projects chosen by residents. So that Roma residents take part, the "
                    "process goes to them: meetings are held in the neighbourhood at times "
                    "that suit residents, with interpreters and mediators, and proposals can "
                    "be made orally as well as in writing.",
                    fr="Le budget participatif réserve une partie du budget municipal à des "
                    "projets choisis par les habitants. Pour que les habitants roms y prennent "
                    "part, la démarche va vers eux : les réunions ont lieu dans le quartier à "
                    "des horaires qui leur conviennent, avec des interprètes et des "
                    "médiateurs, et les propositions peuvent être faites à l'oral comme à "
                    "l'écrit.",
                ),
                t(
                    "Projects typically concern housing conditions and shared spaces: repairs "
                    "to common areas, playgrounds, street lighting or a meeting room. "
                    "Municipal staff study each proposal with the residents who made it, and "
                    "the results of the vote and the progress of the works are made public.",
                    fr="Les projets portent en général sur les conditions de logement et les "
                    "espaces communs : réparation des parties communes, aires de jeux, "
                    "éclairage public ou salle de réunion. Les services municipaux étudient "
                    "chaque proposition avec les habitants qui l'ont faite, et les résultats "
                    "du vote comme l'avancement des travaux sont rendus publics.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: secondary school scholarships in the Ústí nad Labem Region",
                fr="Pratique d'exemple : des bourses d'études secondaires dans la région "
                "d'Ústí nad Labem",
            ),
            "slug": t("sample-scholarships-usti-region", fr="exemple-bourses-etudes-region-usti"),
            "participant": "usti-region",
            "country": "CZ",
            "themes": ["education"],
            "practice_type": None,
            "start_year": 2008,
            "end_year": 2014,
            "summary": summary(
                ("the Ústí nad Labem Region", "la région d'Ústí nad Labem"),
                (
                    "Scholarships and mentoring help Roma pupils from low-income families go "
                    "on to secondary school and complete it.",
                    "Des bourses et un tutorat aident des élèves roms de familles modestes à "
                    "poursuivre leurs études dans le secondaire et à les mener à terme.",
                ),
            ),
            "body": [
                t(
                    "A scholarship scheme of this kind pays a monthly grant towards the costs "
                    "of secondary education – travel, books, meals, school trips – to pupils "
                    "who meet simple conditions, such as regular attendance. Schools and "
                    "mediators help families to apply.",
                    fr="Un programme de bourses de ce type verse une aide mensuelle pour les "
                    "frais de la scolarité secondaire – transport, livres, repas, sorties "
                    "scolaires – aux élèves qui remplissent des conditions simples, comme "
                    "l'assiduité. Les écoles et les médiateurs aident les familles à déposer "
                    "leur demande.",
                ),
                t(
                    "Each scholarship holder is paired with a mentor, often a Roma student or "
                    "a young professional, who meets them regularly and helps with studies, "
                    "choices of training and the move to work or higher education.",
                    fr="Chaque boursier est accompagné par un tuteur, souvent un étudiant rom "
                    "ou un jeune professionnel, qui le rencontre régulièrement et l'aide dans "
                    "ses études, ses choix d'orientation et le passage à l'emploi ou aux "
                    "études supérieures.",
                ),
            ],
        },
        {
            "title": t(
                "Sample practice: a Roma cultural festival in Porto",
                fr="Pratique d'exemple : un festival de culture rom à Porto",
            ),
            "slug": t(
                "sample-roma-cultural-festival-porto", fr="exemple-festival-culture-rom-porto"
            ),
            "participant": "porto",
            "country": "PT",
            "themes": ["culture-and-awareness", "participation"],
            "practice_type": PracticeType.DEMONSTRATED,
            "start_year": 2014,
            "end_year": None,
            "summary": summary(
                ("the municipality of Porto", "la municipalité de Porto"),
                (
                    "A yearly festival, prepared with Roma associations and artists, presents "
                    "Roma music, dance, crafts and history to the whole population.",
                    "Un festival annuel, préparé avec des associations et des artistes roms, "
                    "fait découvrir la musique, la danse, l'artisanat et l'histoire des Roms à "
                    "toute la population.",
                ),
            ),
            "body": [
                t(
                    "A festival of this kind is prepared through the year with Roma "
                    "associations, musicians, dancers and craftspeople, who decide the "
                    "programme with the municipality's culture department. It takes place in "
                    "central public spaces and cultural venues, not only in the neighbourhoods "
                    "where Roma live, and is free of charge.",
                    fr="Un festival de ce type se prépare tout au long de l'année avec des "
                    "associations roms, des musiciens, des danseurs et des artisans, qui "
                    "décident du programme avec le service culturel de la municipalité. Il se "
                    "tient dans des espaces publics et des lieux culturels du centre, et pas "
                    "seulement dans les quartiers où vivent les Roms, et il est gratuit.",
                ),
                t(
                    "Besides concerts and performances, the programme includes workshops for "
                    "children, a day for schools, exhibitions and debates on Roma history and "
                    "on discrimination, so that the festival is also a time to meet and talk.",
                    fr="À côté des concerts et des spectacles, le programme comprend des "
                    "ateliers pour les enfants, une journée pour les écoles, des expositions "
                    "et des débats sur l'histoire des Roms et sur les discriminations, afin "
                    "que le festival soit aussi un moment de rencontre et d'échange.",
                ),
            ],
        },
    ]
