"""Fixtures of the prize tests: a call under the English news index, sample documents,
``apply``, which posts the form as a browser does, and a private storage in a temporary
folder."""

import datetime
import io
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from core.sample_pdf import sample_pdf
from prize.models import PrizeCallPage, PrizeCriterion
from tests.factories import NewsIndexPageFactory

DAY = datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    cache.clear()
    settings.HONEYPOT_TIME_INTERVAL = 0
    yield settings.PRIVATE_MEDIA_ROOT
    cache.clear()


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


def new_call(news_index, edition=2027, opens_at=None, closes_at=None, **fields):
    """A published call under ``news_index``, open from a month ago for two months."""
    now = timezone.now()
    fields.setdefault("title", f"Prize call {edition}")
    page = PrizeCallPage(
        slug=f"prize-call-{edition}",
        edition=edition,
        opens_at=opens_at or now - 30 * DAY,
        closes_at=closes_at or now + 60 * DAY,
        eligibility="<p>Local and regional authorities of the Council of Europe.</p>",
        **fields,
    )
    page.criteria = [
        PrizeCriterion(name="Participation of Roma", max_points=10),
        PrizeCriterion(name="Sustainability", max_points=5),
    ]
    news_index.add_child(instance=page)
    return publish(page)


@pytest.fixture
def make_call(news_index):
    def make(**fields):
        return new_call(news_index, **fields)

    return make


@pytest.fixture
def call(make_call):
    return make_call()


def pdf_file(name="project.pdf", text="Our project"):
    return SimpleUploadedFile(name, sample_pdf(text), content_type="application/pdf")


def office_file(name, entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry, content in entries.items():
            archive.writestr(entry, content)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/octet-stream")


def trap_fields_in(html):
    inputs = BeautifulSoup(html, "html.parser").select(".form-trap input")
    return {element["name"]: element.get("value", "") for element in inputs}


def answers(**overrides):
    data = {
        "authority": "City of Example",
        "country": "FR",
        "project_title": "Mediators in every school",
        "description": "Roma mediators work with every school of the city.",
        "contact_email": "mayor@example.org",
        "consent": "on",
    }
    data.update(overrides)
    return data


def apply(client, page, document=None, trap=None, **overrides):
    """Open ``page`` and send its application form as a browser does."""
    url = page.get_url()
    if trap is None:
        trap = trap_fields_in(client.get(url).content.decode())
    data = {**answers(**overrides), **trap}
    data["document"] = document if document is not None else pdf_file()
    return client.post(f"{url}apply/", data)


@pytest.fixture
def roles(home, locales):
    """The groups, with a French home page for the French translators' group."""
    import io

    from django.core.management import call_command

    from tests.conftest import translate

    translate(home, locales["fr"], title="Accueil")
    call_command("setup_translators", stdout=io.StringIO())


def make_application(call, title="Mediators in every school", **fields):
    from django.core.files.base import ContentFile

    from prize.models import Application

    application = Application(
        call=call,
        language=fields.pop("language", "en"),
        authority=fields.pop("authority", "City of Example"),
        country=fields.pop("country", "FR"),
        project_title=title,
        description=fields.pop("description", "What the project does."),
        contact_email=fields.pop("contact_email", "mayor@example.org"),
        document_name="project.pdf",
        **fields,
    )
    application.document.save("project.pdf", ContentFile(sample_pdf(title)), save=False)
    application.save()
    return application
