"""Demo content of the legal app: the accessibility statement, the privacy notice and the
legal notice, in English with their French translation (the other languages get aliases
of the English pages from load_demo). Sample texts written for the project: the Alliance
must check them with its legal service before going live."""

import datetime

from core.demo_helpers import DemoCatalog, source_home, translate_pages
from legal.models import LegalKind, LegalPage

catalog = DemoCatalog()
t = catalog.t
REVIEWED = datetime.date(2026, 12, 1)


def paragraphs(*blocks):
    data = []
    for kind, text in blocks:
        if kind == "heading":
            data.append(("heading", {"text": text, "level": "h2"}))
        else:
            data.append(("paragraph", f"<p>{text}</p>"))
    return data


ACCESSIBILITY = {
    "kind": LegalKind.ACCESSIBILITY,
    "title": t("Accessibility statement", fr="Déclaration d'accessibilité"),
    "slug": t("accessibility", fr="accessibilite"),
    "introduction": t(
        "The Alliance is committed to making this website accessible, in line with the "
        "European Union's Web Accessibility Directive (EU) 2016/2102.",
        fr="L'Alliance s'engage à rendre ce site accessible, conformément à la directive "
        "(UE) 2016/2102 relative à l'accessibilité des sites internet.",
    ),
    "body": [
        ("heading", t("Compliance status", fr="État de conformité")),
        (
            "p",
            t(
                "This website is partially compliant with the Web Content Accessibility "
                "Guidelines (WCAG) 2.1, level AA, and the European standard EN 301 549, due to "
                "the non-compliances listed below.",
                fr="Ce site est partiellement conforme aux règles WCAG 2.1, niveau AA, et à la "
                "norme européenne EN 301 549, en raison des non-conformités énumérées ci-dessous.",
            ),
        ),
        ("heading", t("Non-accessible content", fr="Contenu non accessible")),
        (
            "p",
            t(
                "Some documents in PDF published before 2024 are not tagged for screen readers. "
                "The interactive maps can be used with a keyboard, but the same information is "
                "always given in the list beside them. Pages not yet translated show the English "
                "text, marked as such.",
                fr="Certains documents PDF publiés avant 2024 ne sont pas balisés pour les "
                "lecteurs d'écran. Les cartes interactives s'utilisent au clavier, mais la même "
                "information figure toujours dans la liste qui les accompagne. Les pages pas "
                "encore traduites affichent le texte anglais, signalé comme tel.",
            ),
        ),
        ("heading", t("Preparation of this statement", fr="Établissement de cette déclaration")),
        (
            "p",
            t(
                "This statement was prepared on 1 December 2026. It is based on a self-assessment: "
                "automated tests with axe-core on every page type in several languages, and "
                "manual checks with a keyboard and a screen reader. The date of the last check is "
                "given at the end of this page.",
                fr="Cette déclaration a été établie le 1er décembre 2026. Elle repose sur une "
                "auto-évaluation : tests automatisés avec axe-core sur chaque type de page dans "
                "plusieurs langues, et vérifications manuelles au clavier et avec un lecteur "
                "d'écran. La date de la dernière vérification figure à la fin de cette page.",
            ),
        ),
        ("heading", t("Feedback and contact", fr="Retour d'information et coordonnées")),
        (
            "p",
            t(
                "If you meet a barrier on this site, or need a document in another format, write "
                "to alliance@coe.int. We answer within 15 working days.",
                fr="Si vous rencontrez un obstacle sur ce site ou avez besoin d'un document dans "
                "un autre format, écrivez à alliance@coe.int. Nous répondons sous 15 jours "
                "ouvrables.",
            ),
        ),
        ("heading", t("Enforcement procedure", fr="Procédure de mise en œuvre")),
        (
            "p",
            t(
                "If our answer does not satisfy you, you may turn to the body that enforces the "
                "accessibility rules in your country (in France, the Défenseur des droits).",
                fr="Si notre réponse ne vous satisfait pas, vous pouvez vous adresser à "
                "l'organisme chargé de faire respecter les règles d'accessibilité dans votre "
                "pays (en France, le Défenseur des droits).",
            ),
        ),
    ],
}

PRIVACY = {
    "kind": LegalKind.PRIVACY,
    "title": t("Privacy notice", fr="Politique de confidentialité"),
    "slug": t("privacy", fr="confidentialite"),
    "introduction": t(
        "What happens to what you send us through the forms of this site.",
        fr="Ce que deviennent les informations envoyées par les formulaires de ce site.",
    ),
    "body": [
        ("heading", t("What is stored, and why", fr="Ce qui est conservé, et pourquoi")),
        (
            "p",
            t(
                "The join form and the cooperation form store the answers you give (the name of "
                "your authority or organisation, a contact person, an e-mail address, your "
                "message), to answer your application or proposal. Registering for an event "
                "stores your name and e-mail address to organise the event. The forms set one "
                "security cookie against forged submissions; no tracking cookie is set.",
                fr="Le formulaire d'adhésion et le formulaire de coopération conservent vos "
                "réponses (le nom de votre collectivité ou organisation, une personne de "
                "contact, une adresse électronique, votre message) afin de répondre à votre "
                "demande. L'inscription à un événement conserve votre nom et votre adresse "
                "électronique pour l'organiser. Les formulaires déposent un seul cookie de "
                "sécurité contre les envois falsifiés ; aucun cookie de suivi n'est déposé.",
            ),
        ),
        ("heading", t("How long", fr="Combien de temps")),
        (
            "p",
            t(
                "Form submissions are deleted automatically one year (365 days) after they were "
                "sent, unless the forms settings set a shorter period.",
                fr="Les réponses aux formulaires sont supprimées automatiquement un an (365 "
                "jours) après leur envoi, sauf si les réglages des formulaires fixent une durée "
                "plus courte.",
            ),
        ),
        ("heading", t("Who sees it", fr="Qui y a accès")),
        (
            "p",
            t(
                "Only the Alliance Taskforce staff who manage the forms, at the Congress of Local "
                "and Regional Authorities of the Council of Europe. Nothing is sold or passed on.",
                fr="Seules les personnes de l'équipe de l'Alliance chargées des formulaires, au "
                "Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe. Rien n'est "
                "vendu ni transmis.",
            ),
        ),
        ("heading", t("Your rights and the contact", fr="Vos droits et le contact")),
        (
            "p",
            t(
                "You may ask to see, correct or delete what you sent, or object to its use, by "
                "writing to alliance@coe.int. The Council of Europe's Data Protection "
                "Commissioner oversees the processing of personal data by the Organisation.",
                fr="Vous pouvez demander à consulter, corriger ou supprimer ce que vous avez "
                "envoyé, ou vous opposer à son utilisation, en écrivant à alliance@coe.int. La "
                "Commissaire à la protection des données du Conseil de l'Europe contrôle le "
                "traitement des données personnelles par l'Organisation.",
            ),
        ),
    ],
}

LEGAL_NOTICE = {
    "kind": LegalKind.LEGAL_NOTICE,
    "title": t("Legal notice", fr="Mentions légales"),
    "slug": t("legal-notice", fr="mentions-legales"),
    "introduction": t(
        "Who publishes this site and on what terms its content may be reused.",
        fr="Qui publie ce site et à quelles conditions son contenu peut être réutilisé.",
    ),
    "body": [
        ("heading", t("Publisher", fr="Éditeur")),
        (
            "p",
            t(
                "Alliance Taskforce, Congress of Local and Regional Authorities of the Council "
                "of Europe, FR - 67075 Strasbourg Cedex. Contact: alliance@coe.int.",
                fr="Alliance Taskforce, Congrès des pouvoirs locaux et régionaux du Conseil de "
                "l'Europe, FR - 67075 Strasbourg Cedex. Contact : alliance@coe.int.",
            ),
        ),
        ("heading", t("Reuse of content", fr="Réutilisation des contenus")),
        (
            "p",
            t(
                "Texts may be quoted with the source named. The Alliance's logo is drawn for the "
                "Alliance and may not be used to suggest its endorsement.",
                fr="Les textes peuvent être cités avec mention de la source. Le logo de "
                "l'Alliance a été dessiné pour elle et ne peut être utilisé pour laisser croire "
                "à son approbation.",
            ),
        ),
        ("heading", t("Sample content", fr="Contenu d'exemple")),
        (
            "p",
            t(
                "While the demonstration content is loaded, profiles, practices and news on this "
                "site are samples, not the Alliance's data.",
                fr="Tant que le contenu de démonstration est chargé, les profils, pratiques et "
                "actualités de ce site sont des exemples, et non les données de l'Alliance.",
            ),
        ),
    ],
}

PAGES = [ACCESSIBILITY, PRIVACY, LEGAL_NOTICE]


def ensure_legal_page(home, spec):
    existing = LegalPage.objects.child_of(home).filter(kind=spec["kind"]).first()
    if existing is not None:
        return existing
    page = LegalPage(
        title=spec["title"],
        slug=spec["slug"],
        kind=spec["kind"],
        introduction=spec["introduction"],
        body=paragraphs(*spec["body"]),
        last_reviewed=REVIEWED,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def load():
    """The three pages under the English home page, and their French translations."""
    home = source_home()
    if home is None:
        return
    pages = [ensure_legal_page(home, spec) for spec in PAGES]
    translate_pages(pages, catalog, languages=["fr"])
