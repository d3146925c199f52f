"""The participant a page in some language shows (participants/localized.py)."""

from participants.localized import in_language

FR, EN = 2, 1


def test_the_copy_in_the_language_wins_over_the_participant_itself():
    candidates = [(10, "key-a", EN, "Obrnice"), (11, "key-a", FR, "Obrnice (fr)")]
    assert in_language({10: "key-a"}, candidates, FR) == {10: "Obrnice (fr)"}


def test_without_a_copy_in_the_language_the_participant_itself_is_shown():
    candidates = [(10, "key-a", EN, "Obrnice"), (12, "key-b", FR, "Heraklion (fr)")]
    assert in_language({10: "key-a"}, candidates, FR) == {10: "Obrnice"}


def test_a_hidden_participant_is_shown_through_its_visible_copy():
    # 10 is a draft or private (not a candidate); its French copy is public.
    assert in_language({10: "key-a"}, [(11, "key-a", FR, "Obrnice (fr)")], FR) == {
        10: "Obrnice (fr)"
    }


def test_a_participant_with_nothing_visible_is_left_out():
    candidates = [(12, "key-b", EN, "Heraklion")]
    assert in_language({10: "key-a", 12: "key-b"}, candidates, FR) == {12: "Heraklion"}


def test_a_copy_in_another_language_is_never_shown():
    candidates = [(13, "key-a", 3, "Obrnice (de)")]
    assert in_language({10: "key-a"}, candidates, FR) == {}
