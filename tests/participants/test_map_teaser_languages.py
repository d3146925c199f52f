"""The home page's map teaser over the demo, in all 25 languages: a dot for every
participant, and a restricted or unpublished one gone from every language's map
(tests/participants/test_map_teaser.py has the rest, on small fixtures)."""

import pytest
from django.conf import settings
from wagtail.models import Locale, PageViewRestriction

from participants.map_projection import in_frame
from participants.models import ParticipantPage
from tests.participants.test_map_teaser import dots


@pytest.mark.django_db
def test_every_language_draws_a_dot_for_every_demo_participant(client, demo):
    # The demo's 30 participants, all in Europe (participants/demo_samples.py), in
    # English, French and the aliases of the 23 other languages.
    assert len(settings.WAGTAIL_CONTENT_LANGUAGES) == 25
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        content = client.get(f"/{code}/").content.decode()
        drawn = dots(content)
        assert sum(dot[3] for dot in drawn) == 30, code
        assert all(in_frame(x, y) for x, y, _r, _n in drawn), code
        assert 'class="map-teaser__map"' in content and "maps/europe-land" in content, code


@pytest.mark.django_db
def test_a_restricted_or_unpublished_participant_leaves_the_map_in_every_language(client, demo):
    english = Locale.objects.get(language_code="en")
    source = ParticipantPage.objects.get(locale=english, slug="obrnice")
    PageViewRestriction.objects.create(
        page=source, restriction_type=PageViewRestriction.PASSWORD, password="secret-pass"
    )
    # Unpublished by its editors in English and French (a translation is a page of its
    # own; the 23 other languages are aliases of the English and follow it).
    other = ParticipantPage.objects.filter(locale=english).exclude(pk=source.pk).first()
    other.unpublish()
    other.get_translation(Locale.objects.get(language_code="fr")).unpublish()
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        drawn = dots(client.get(f"/{code}/").content.decode())
        assert sum(dot[3] for dot in drawn) == 28, code
