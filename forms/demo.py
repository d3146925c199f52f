"""Demo content of the forms app: the join and cooperation forms, in English and French.

The introductions come from the Alliance's own page (../shared/seeds/); the fields are
the ones the issue lists. ``load_demo`` calls ``load()``; it creates what is missing and
leaves what exists alone. The form fields are inline children of the pages: they are
``TranslatableMixin`` models, so wagtail-localize extracts their label, help text and
choices with the page, and ``translate_pages`` translates them from the catalog below.
"""

from core.demo_helpers import DemoCatalog, source_home, translate_pages
from forms.models import CooperationFormField, CooperationFormPage, JoinFormField, JoinFormPage

catalog = DemoCatalog()
t = catalog.t

PRIVACY = t(
    "We use these data only to handle your request. Only the Alliance staff see them; "
    "they are not passed on to anyone else.",
    fr="Nous utilisons ces données uniquement pour traiter votre demande. Seul le personnel "
    "de l'Alliance les consulte ; elles ne sont transmises à personne d'autre.",
)
CONSENT = t(
    "I agree that the Alliance stores and uses these data to handle my request.",
    fr="J'accepte que l'Alliance conserve et utilise ces données pour traiter ma demande.",
)
COUNTRY = {
    "label": t("Country", fr="Pays"),
    "field_type": "singleline",
}
CONTACT_PERSON = {
    "label": t("Contact person", fr="Personne de contact"),
    "field_type": "singleline",
    "help_text": t("First name and surname.", fr="Prénom et nom."),
}
EMAIL = {
    "label": t("Email", fr="Courriel"),
    "field_type": "email",
    "help_text": t(
        "We send a confirmation to this address.",
        fr="Nous envoyons une confirmation à cette adresse.",
    ),
}

JOIN = {
    "model": JoinFormPage,
    "field_model": JoinFormField,
    "title": t("Join the Alliance", fr="Rejoindre l'Alliance"),
    "slug": t("join", fr="rejoindre"),
    "intro": t(
        "If you wish your local or regional authority to become an Alliance participant, "
        "please use this form.",
        fr="Si vous souhaitez que votre collectivité locale ou régionale devienne participante "
        "de l'Alliance, veuillez utiliser ce formulaire.",
    ),
    "thank_you": t(
        "Thank you for your interest in the Alliance. We will contact you about your application.",
        fr="Merci de l'intérêt que vous portez à l'Alliance. Nous vous contacterons au sujet "
        "de votre demande.",
    ),
    "subject": t(
        "Your application to join the Alliance",
        fr="Votre demande d'adhésion à l'Alliance",
    ),
    "fields": [
        {
            "label": t("Name of the authority", fr="Nom de la collectivité"),
            "field_type": "singleline",
            "help_text": t(
                "The city, region or other local authority that wishes to join.",
                fr="La ville, la région ou l'autre collectivité locale qui souhaite adhérer.",
            ),
        },
        {
            "label": t("Kind of authority", fr="Type de collectivité"),
            "field_type": "radio",
            "choices": t(
                "City, Region, Other local authority",
                fr="Ville, Région, Autre collectivité locale",
            ),
        },
        COUNTRY,
        CONTACT_PERSON,
        {
            "label": t("Position", fr="Fonction"),
            "field_type": "singleline",
            "help_text": t(
                "The contact person's position in the authority.",
                fr="La fonction de la personne de contact au sein de la collectivité.",
            ),
        },
        EMAIL,
        {
            "label": t("Telephone", fr="Téléphone"),
            "field_type": "singleline",
            "required": False,
            "help_text": t("With the country code.", fr="Avec l'indicatif du pays."),
        },
        {
            "label": t("Population", fr="Population"),
            "field_type": "number",
            "required": False,
            "help_text": t(
                "Number of inhabitants of the authority.",
                fr="Nombre d'habitants de la collectivité.",
            ),
        },
        {
            "label": t("Motivation", fr="Motivation"),
            "field_type": "multiline",
            "help_text": t(
                "Why does your authority wish to join the Alliance?",
                fr="Pourquoi votre collectivité souhaite-t-elle rejoindre l'Alliance ?",
            ),
        },
    ],
}

COOPERATE = {
    "model": CooperationFormPage,
    "field_model": CooperationFormField,
    "title": t("Cooperate as NGO", fr="Coopérer en tant qu'ONG"),
    "slug": t("cooperate", fr="cooperer"),
    "intro": t(
        "Please use this form in order to propose a cooperation between your NGO and the Alliance.",
        fr="Veuillez utiliser ce formulaire pour proposer une coopération entre votre ONG et "
        "l'Alliance.",
    ),
    "thank_you": t(
        "Thank you for your proposal. We will contact you about it.",
        fr="Merci pour votre proposition. Nous vous contacterons à son sujet.",
    ),
    "subject": t("Your cooperation proposal", fr="Votre proposition de coopération"),
    "fields": [
        {
            "label": t("Name of the NGO", fr="Nom de l'ONG"),
            "field_type": "singleline",
        },
        COUNTRY,
        {
            "label": t("Website", fr="Site web"),
            "field_type": "url",
            "required": False,
            "help_text": t(
                "The full address, starting with https://",
                fr="L'adresse complète, commençant par https://",
            ),
        },
        CONTACT_PERSON,
        EMAIL,
        {
            "label": t("Your proposal", fr="Votre proposition"),
            "field_type": "multiline",
            "help_text": t(
                "What would you like to do together with the Alliance?",
                fr="Que souhaitez-vous faire avec l'Alliance ?",
            ),
        },
    ],
}


def paragraph_html(text):
    return f"<p>{text}</p>"


def ensure_form_page(home, spec):
    model = spec["model"]
    existing = model.objects.child_of(home).first()
    if existing is not None:
        return existing
    page = model(
        title=spec["title"],
        slug=spec["slug"],
        intro=paragraph_html(spec["intro"]),
        privacy_text=paragraph_html(PRIVACY),
        consent_label=CONSENT,
        thank_you_text=paragraph_html(spec["thank_you"]),
        subject=spec["subject"],
        honeypot=True,
    )
    page.form_fields = [
        spec["field_model"](
            sort_order=order,
            label=field["label"],
            field_type=field["field_type"],
            required=field.get("required", True),
            help_text=field.get("help_text", ""),
            choices=field.get("choices", ""),
        )
        for order, field in enumerate(spec["fields"])
    ]
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def load():
    """Create both form pages under the English home page and translate them into French."""
    home = source_home()
    pages = [ensure_form_page(home, JOIN), ensure_form_page(home, COOPERATE)]
    translate_pages(pages, catalog)
    return pages
