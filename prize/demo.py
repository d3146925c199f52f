"""Demo prize call: the next Dosta!-Congress Prize, open (it opened a month before the
demo was loaded and closes two months after), its criteria, and three sample applications
with small PDFs made in code. No juror: the Prize jury group is made by setup_roles, its
members are real people named by the staff (no demo passwords).

Called by ``load_demo`` (home/management/commands/load_demo.py) like every app's demo.
"""

import datetime

from django.apps import apps
from django.core.files.base import ContentFile
from django.utils import timezone

from core.demo_helpers import DemoCatalog, source_home, translate_pages
from core.sample_pdf import sample_pdf
from prize.models import Application, PrizeCallPage, PrizeCriterion

# The call in English, each string with its French translation (the demo's two languages).
catalog = DemoCatalog()
t = catalog.t
ELIGIBILITY = t(
    "Local and regional authorities of the member states of the Council of Europe, "
    "with a project run with Roma people for at least a year.",
    fr="Les collectivités locales et régionales des États membres du Conseil de l'Europe, "
    "avec un projet mené avec des Roms depuis au moins un an.",
)
CALL = {
    "title": t(
        "Call for applications: Dosta!-Congress Prize",
        fr="Appel à candidatures : Prix Dosta!-Congrès",
    ),
    "slug": t("dosta-congress-prize-call", fr="appel-prix-dosta-congres"),
    "introduction": t(
        "Municipalities and regions which have run a project for Roma inclusion may apply "
        "for the Dosta!-Congress Prize, awarded every two years to three of them.",
        fr="Les communes et les régions qui ont mené un projet pour l'inclusion des Roms "
        "peuvent se porter candidates au Prix Dosta!-Congrès, décerné tous les deux ans à "
        "trois d'entre elles.",
    ),
    "eligibility": f"<p>{ELIGIBILITY}</p>",
}
CRITERIA = [
    (
        t("Participation of Roma", fr="Participation des Roms"),
        t(
            "Roma people took part in planning and running the project.",
            fr="Des Roms ont participé à la préparation et à la conduite du projet.",
        ),
        10,
    ),
    (
        t("Results", fr="Résultats"),
        t(
            "What changed for the people concerned, and how it was measured.",
            fr="Ce qui a changé pour les personnes concernées, et comment on l'a mesuré.",
        ),
        10,
    ),
    (
        t("Sustainability", fr="Durabilité"),
        t(
            "The project goes on, with its own budget and staff.",
            fr="Le projet continue, avec son propre budget et son propre personnel.",
        ),
        5,
    ),
]
APPLICATIONS = [
    ("Obrnice", "CZ", "Community work in Obrnice", "education"),
    ("Strasbourg", "FR", "Mediators for school attendance", "education"),
    ("Timișoara", "RO", "Housing with the residents", "housing"),
]


def ensure_call(index):
    existing = PrizeCallPage.objects.child_of(index).filter(slug=CALL["slug"]).first()
    if existing is not None:
        return existing
    now = timezone.now()
    page = PrizeCallPage(
        edition=now.year + 1,
        opens_at=now - datetime.timedelta(days=30),
        closes_at=now + datetime.timedelta(days=60),
        **CALL,
    )
    page.criteria = [
        PrizeCriterion(name=name, description=description, max_points=points)
        for name, description, points in CRITERIA
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_applications(call):
    if call.applications.exists():
        return
    theme = apps.get_model("practices", "Theme")
    for authority, country, title, theme_slug in APPLICATIONS:
        application = Application(
            call=call,
            language="en",
            authority=authority,
            country=country,
            project_title=title,
            description=f"{title}: a sample application of the demo.",
            contact_email="applications@example.org",
            document_name=f"{title}.pdf",
        )
        application.document.save(
            "application.pdf", ContentFile(sample_pdf(f"{title} ({authority})")), save=False
        )
        application.save()
        application.themes.set(theme.objects.filter(slug=theme_slug, locale=call.locale_id))


def load():
    """The open call under the English news index, and its sample applications."""
    news_index = apps.get_model("news", "NewsIndexPage")
    index = news_index.objects.child_of(source_home()).first()
    if index is None:
        return None
    call = ensure_call(index)
    ensure_applications(call)
    translate_pages([call], catalog, languages=["fr"])
    return call
