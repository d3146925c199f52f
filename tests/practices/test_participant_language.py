"""The practice page, the practices list and the practices map show the same participant
page (the rule of participants/localized.py), whatever is published."""

import pytest

from participants.models import ParticipantPage
from practices.filters import PracticeSearch
from practices.listing import participant_titles


@pytest.fixture
def french(practices, practice_index, home, locales, translate_page):
    translate_page(home, locales["fr"], title="Accueil")
    index = translate_page(practice_index, locales["fr"], title="Bonnes pratiques")
    participant = practices["obrnice"].participant
    translate_page(participant.get_parent(), locales["fr"], title="Participants")
    translate_page(participant, locales["fr"], title="Obrnice (fr)")
    practice = translate_page(practices["obrnice"], locales["fr"], title="Vie communautaire")
    return index, practice


def shown_by_each(rf, index, practice):
    """The title of the participant each of the three places shows (None: none)."""
    participant = ParticipantPage.objects.get(pk=practice.participant_id)
    on_page = practice.localized_participant()
    in_list = participant_titles(rf.get("/fr/"), practice.locale_id).get(participant.pk)
    on_map = PracticeSearch(index, rf.get("/fr/")).shown_participants(
        {participant.pk: participant.translation_key}
    )
    return (
        on_page and on_page.title,
        in_list and in_list[0],
        on_map.get(participant.pk) and on_map[participant.pk].title,
    )


def test_the_page_the_list_and_the_map_show_the_same_participant(rf, french):
    index, practice = french
    source = ParticipantPage.objects.get(pk=practice.participant_id)
    copy = ParticipantPage.objects.get(title="Obrnice (fr)")
    assert shown_by_each(rf, index, practice) == ("Obrnice (fr)",) * 3
    copy.unpublish()
    assert shown_by_each(rf, index, practice) == ("Obrnice",) * 3
    copy.save_revision().publish()
    source.unpublish()
    assert shown_by_each(rf, index, practice) == ("Obrnice (fr)",) * 3
    copy.refresh_from_db()
    copy.unpublish()
    assert shown_by_each(rf, index, practice) == (None,) * 3
