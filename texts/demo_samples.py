"""Sample adopted texts of the demonstration site: eight, each with a small PDF.

The Congress adopts real resolutions and recommendations, but their references and content
are not in the Alliance's pages the demo is built from (../shared/seeds/). These are
samples: their titles begin "Sample resolution:", "Sample recommendation:" or "Sample
declaration:", their references look nothing like the Congress's ("SAMPLE-RES-01 (2011)"),
their summaries and documents say they are samples, and no real text is quoted. Their kinds
and years vary, so the filters of the texts index have something to count.

``texts/demo.py`` calls ``sample_texts`` with its catalog's ``t`` (English, with the French
beside it) and ``ensure_sample_texts`` with the catalog itself, whose French the PDFs print
on their second page.
"""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.demo_helpers import paragraphs_html
from core.sample_pdf import sample_text_pdf
from texts.choices import TextKind
from texts.models import AdoptedTextPage, AdoptedTextRelation

# The kind of each sample, as its title and slug name it: (English, French, French slug).
KIND_WORDS = {
    TextKind.RESOLUTION: ("resolution", "Résolution d'exemple", "resolution-d-exemple"),
    TextKind.RECOMMENDATION: (
        "recommendation",
        "Recommandation d'exemple",
        "recommandation-d-exemple",
    ),
    TextKind.DECLARATION: ("declaration", "Déclaration d'exemple", "declaration-d-exemple"),
}
REFERENCE_CODES = {
    TextKind.RESOLUTION: "RES",
    TextKind.RECOMMENDATION: "REC",
    TextKind.DECLARATION: "DECL",
}


def sample_text(t, kind, number, date, subject, slug, content, related=()):
    """One sample text. ``subject``: (English, French) of its title after "Sample ...:";
    ``slug``: (English, French) after the kind's words; ``content``: (English, French) of
    the summary's second paragraph; ``related``: references of earlier samples."""
    word, kind_fr, slug_fr = KIND_WORDS[kind]
    code = REFERENCE_CODES[kind]
    year = date.year
    return {
        "kind": kind,
        "reference": t(
            f"SAMPLE-{code}-{number:02d} ({year})", fr=f"EXEMPLE-{code}-{number:02d} ({year})"
        ),
        "adoption_date": date,
        "session": t("Sample session", fr="Session d'exemple"),
        "title": t(f"Sample {word}: {subject[0]}", fr=f"{kind_fr} : {subject[1]}"),
        "slug": t(f"sample-{word}-{slug[0]}", fr=f"{slug_fr}-{slug[1]}"),
        "summary": [
            t(
                f"A sample document of the demonstration site: this {word} was not adopted "
                "by the Congress of Local and Regional Authorities. Its reference, date, "
                "session and content are invented to show how the site presents an adopted "
                "text and its document.",
                fr=f"Un document d'exemple du site de démonstration : cette "
                f"{kind_fr.split()[0].lower()} n'a pas été adoptée par le Congrès des "
                "pouvoirs locaux et régionaux. Sa référence, sa date, sa session et son "
                "contenu sont inventés pour montrer comment le site présente un texte adopté "
                "et son document.",
            ),
            t(content[0], fr=content[1]),
        ],
        "related": list(related),
    }


def sample_texts(t):
    """The eight sample texts, oldest first: four resolutions, three recommendations and
    a declaration, adopted between 2011 and 2025."""
    R, REC, D = TextKind.RESOLUTION, TextKind.RECOMMENDATION, TextKind.DECLARATION
    return [
        sample_text(
            t,
            R,
            1,
            datetime.date(2011, 10, 19),
            (
                "inclusion of Roma in local education",
                "l'inclusion des Roms dans l'éducation locale",
            ),
            ("inclusion-of-roma-in-local-education", "inclusion-des-roms-dans-l-education-locale"),
            (
                "In this sample, the Congress invites local and regional authorities to "
                "welcome Roma children in mainstream schools, to support their families and "
                "to work with school mediators.",
                "Dans cet exemple, le Congrès invite les collectivités locales et régionales "
                "à accueillir les enfants roms dans les écoles ordinaires, à soutenir leurs "
                "familles et à travailler avec des médiateurs scolaires.",
            ),
        ),
        sample_text(
            t,
            REC,
            1,
            datetime.date(2012, 3, 21),
            ("access to housing for Roma families", "l'accès au logement des familles roms"),
            ("access-to-housing-for-roma-families", "acces-au-logement-des-familles-roms"),
            (
                "In this sample, the Congress recommends that governments help cities and "
                "regions improve housing with the families concerned, and end segregation in "
                "housing.",
                "Dans cet exemple, le Congrès recommande aux gouvernements d'aider les villes "
                "et les régions à améliorer le logement avec les familles concernées, et de "
                "mettre fin à la ségrégation dans le logement.",
            ),
        ),
        sample_text(
            t,
            R,
            2,
            datetime.date(2014, 3, 26),
            ("local action against antigypsyism", "l'action locale contre l'antitsiganisme"),
            ("local-action-against-antigypsyism", "action-locale-contre-l-antitsiganisme"),
            (
                "In this sample, the Congress asks local and regional authorities to speak "
                "out against hate speech targeting Roma and to train their staff to recognise "
                "discrimination.",
                "Dans cet exemple, le Congrès demande aux collectivités locales et régionales "
                "de s'élever contre les discours de haine visant les Roms et de former leur "
                "personnel à reconnaître les discriminations.",
            ),
        ),
        sample_text(
            t,
            REC,
            2,
            datetime.date(2014, 10, 15),
            ("Roma school mediators", "les médiateurs scolaires roms"),
            ("roma-school-mediators", "mediateurs-scolaires-roms"),
            (
                "In this sample, the Congress recommends that governments give school "
                "mediators a recognised status and lasting funding, so that cities can keep "
                "them once a project ends.",
                "Dans cet exemple, le Congrès recommande aux gouvernements de donner aux "
                "médiateurs scolaires un statut reconnu et un financement durable, afin que "
                "les villes puissent les garder à la fin d'un projet.",
            ),
            related=["SAMPLE-RES-01 (2011)"],
        ),
        sample_text(
            t,
            R,
            3,
            datetime.date(2016, 10, 19),
            ("health mediation in Roma communities", "la médiation en santé auprès des Roms"),
            ("health-mediation-in-roma-communities", "mediation-en-sante-aupres-des-roms"),
            (
                "In this sample, the Congress encourages cities and regions to employ health "
                "mediators who help Roma families find a doctor and know their rights to "
                "care.",
                "Dans cet exemple, le Congrès encourage les villes et les régions à employer "
                "des médiateurs de santé qui aident les familles roms à trouver un médecin et "
                "à connaître leurs droits aux soins.",
            ),
        ),
        sample_text(
            t,
            D,
            1,
            datetime.date(2019, 4, 3),
            ("remembering the Roma Genocide", "la mémoire du génocide des Roms"),
            ("remembering-the-roma-genocide", "memoire-du-genocide-des-roms"),
            (
                "In this sample, the Congress calls on cities and regions to mark the "
                "international commemoration day of the Roma Genocide on 2 August, and to "
                "teach its history in schools.",
                "Dans cet exemple, le Congrès appelle les villes et les régions à marquer la "
                "journée internationale de commémoration du génocide des Roms le 2 août, et "
                "à en enseigner l'histoire dans les écoles.",
            ),
        ),
        sample_text(
            t,
            REC,
            3,
            datetime.date(2022, 3, 23),
            ("employment of young Roma", "l'emploi des jeunes Roms"),
            ("employment-of-young-roma", "emploi-des-jeunes-roms"),
            (
                "In this sample, the Congress recommends that governments support "
                "apprenticeships and first jobs for young Roma, run with local employers.",
                "Dans cet exemple, le Congrès recommande aux gouvernements de soutenir "
                "l'apprentissage et le premier emploi des jeunes Roms, avec les employeurs "
                "locaux.",
            ),
        ),
        sample_text(
            t,
            R,
            4,
            datetime.date(2025, 10, 29),
            (
                "participation of Roma in local decision-making",
                "la participation des Roms aux décisions locales",
            ),
            (
                "participation-of-roma-in-local-decisions",
                "participation-des-roms-aux-decisions-locales",
            ),
            (
                "In this sample, the Congress invites local and regional authorities to "
                "involve Roma residents in preparing, running and evaluating the policies "
                "that concern them.",
                "Dans cet exemple, le Congrès invite les collectivités locales et régionales "
                "à associer les habitants roms à la préparation, à la conduite et à "
                "l'évaluation des politiques qui les concernent.",
            ),
            related=["SAMPLE-REC-03 (2022)", "SAMPLE-RES-02 (2014)"],
        ),
    ]


def pdf_pages(spec, french):
    """The two pages of a sample's PDF: in English, then in French (``french`` maps the
    English strings to their translations)."""
    notice = (
        "Sample document of the demonstration site. Not a text of the Congress of Local and "
        "Regional Authorities of the Council of Europe: it is shown only to illustrate how "
        "the site presents an adopted text and its document."
    )
    notice_fr = (
        "Document d'exemple du site de démonstration. Ce n'est pas un texte du Congrès des "
        "pouvoirs locaux et régionaux du Conseil de l'Europe : il ne sert qu'à illustrer la "
        "manière dont le site présente un texte adopté et son document."
    )
    date = spec["adoption_date"]
    return [
        [
            spec["title"],
            f"{spec['reference']} - {spec['session']}, {date:%d %B %Y}",
            notice,
            *spec["summary"],
        ],
        [
            french[spec["title"]],
            f"{french[spec['reference']]} - {french[spec['session']]}, {date:%d/%m/%Y}",
            notice_fr,
            *(french[text] for text in spec["summary"]),
        ],
    ]


def ensure_document(spec, french):
    """The sample's Wagtail document (its PDF), made once: found again by its title."""
    document_model = get_document_model()
    title = f"{spec['reference']} - {spec['title']}"
    document = document_model.objects.filter(title=title).first()
    if document is not None:
        return document
    data = sample_text_pdf(pdf_pages(spec, french), title=title)
    document = document_model(title=title)
    document.file.save(f"{spec['slug']}.pdf", ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def ensure_sample_texts(index, catalog):
    """Create the sample texts missing under ``index``, each with its document; return
    them all."""
    french = catalog.strings("fr")
    pages = {}
    for spec in sample_texts(catalog.t):
        page = AdoptedTextPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if page is None:
            page = AdoptedTextPage(
                title=spec["title"],
                slug=spec["slug"],
                kind=spec["kind"],
                reference=spec["reference"],
                adoption_date=spec["adoption_date"],
                session=spec["session"],
                summary=paragraphs_html(spec["summary"]),
                document=ensure_document(spec, french),
            )
            page.related_links = [
                AdoptedTextRelation(text=pages[reference])
                for reference in spec["related"]
                if reference in pages
            ]
            index.add_child(instance=page)
            page.save_revision().publish()
        pages[spec["reference"]] = page
    return list(pages.values())
