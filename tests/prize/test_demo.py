"""The demo prize call: open now, with its criteria and sample applications whose
documents are real PDFs in the private storage."""

import pytest
from django.utils import timezone

from prize import demo
from prize.documents import content_extension
from prize.models import Application

pytestmark = pytest.mark.django_db


def test_demo_call_is_open_with_sample_applications_and_pdfs(news_index):
    call = demo.load()

    assert call.live
    assert call.state(timezone.now()) == "open"
    assert call.criteria.count() == 3
    applications = Application.objects.filter(call=call)
    assert sorted(applications.values_list("authority", flat=True)) == [
        "Obrnice",
        "Strasbourg",
        "Timișoara",
    ]
    for application in applications:
        with application.document.open("rb") as document:
            assert content_extension(document) == ".pdf"


def test_loading_the_demo_twice_adds_nothing(news_index):
    demo.load()
    demo.load()

    assert Application.objects.count() == 3
