"""Prize applications are personal data: nothing of them on any public page, in any of
the 25 languages, and their documents only for the prize staff and the edition's jurors.

An application with marked answers is stored for an open call; the tree is copied into
every language as the site does (``synchronize_all_locales``). Every public place of each
language (the call's copy, the news list and feeds, the search, the sitemap) must show
none of the markers, while the call's own title (the control) is there.
"""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from core.demo_helpers import synchronize_all_locales
from prize.access import PRIZE_JURY_GROUP
from prize.models import Juror
from tests.factories import NewsIndexPageFactory
from tests.prize.conftest import make_application, new_call
from workflow.roles import EDITORS, MODERATORS, translators_group_name

LANGUAGES = [code for code, _name in settings.LANGUAGES]
MARKERS = {
    "zqprizeauthority": "applicant authority",
    "zqprizeproject": "project title",
    "zqprizedescription": "project description",
    "zqprize@example.org": "contact email",
    "zqprizedocument": "document name",
}
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def stored(home, locales):
    call = new_call(NewsIndexPageFactory(parent=home), title="Call zqpubliccall")
    application = make_application(
        call,
        "Project zqprizeproject",
        authority="City zqprizeauthority",
        description="Description zqprizedescription",
        contact_email="zqprize@example.org",
    )
    application.document_name = "zqprizedocument.pdf"
    application.save()
    synchronize_all_locales()
    return call, application


def public_urls(code, call):
    local_call = f"/{code}/" + call.url.removeprefix("/en/")
    news = local_call.rsplit("/", 2)[0] + "/"
    return [
        local_call,
        news,
        f"/{code}/news/feed/rss/",
        f"/{code}/news/feed/atom/",
        f"/{code}/search/?q=zqpubliccall",
        f"/sitemap-{code}.xml",
    ]


def test_no_application_data_on_any_public_page_in_any_language(client, stored):
    call, _application = stored
    leaks, missed = [], []
    for code in LANGUAGES:
        pages = {}
        for url in public_urls(code, call):
            response = client.get(url, follow=True)
            assert response.status_code == 200, url
            pages[url] = text = response.content.decode().lower()
            leaks += [f"{what} in {url}" for marker, what in MARKERS.items() if marker in text]
        if "zqpubliccall" not in pages[public_urls(code, call)[0]]:  # the control
            missed.append(code)

    assert leaks == []
    assert missed == []
    assert len(LANGUAGES) == 25


def test_document_refused_to_anonymous_and_other_roles(client, stored, make_user, home):
    call, application = stored
    call_command("setup_translators", stdout=io.StringIO())
    url = reverse("prize_document", args=[application.pk])

    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    for groups in ([EDITORS], [MODERATORS], [translators_group_name("fr")], [PRIZE_JURY_GROUP]):
        client.force_login(make_user("-".join(groups).replace(" ", ""), *groups))
        response = client.get(url)
        assert response.status_code in (302, 403), groups
        assert not getattr(response, "streaming", False), groups
        client.logout()

    juror = make_user("jules", PRIZE_JURY_GROUP)
    Juror.objects.create(call=call, user=juror)
    client.force_login(juror)
    assert client.get(url).status_code == 200
