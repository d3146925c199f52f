"""Every free-text answer has a length limit, set per field and the same in every language."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource

from forms.models import JoinFormField, Submission

from .conftest import field_block, join_answers, send, soup


def assert_too_long(response, field, limit, length):
    assert response.status_code == 200
    assert not Submission.objects.exists()
    assert mail.outbox == []
    message = f"Ensure this value has at most {limit} characters (it has {length})."
    assert message in field_block(response, field).find(class_="form-field__errors").get_text()
    assert soup(response).find(id="error-summary").find("a", href=f"#id_{field}") is not None


def test_a_motivation_of_100000_characters_is_refused(client, join_pages):
    response = send(client, "/en/join/", join_answers(motivation="x" * 100_000))
    assert_too_long(response, "motivation", 5000, 100_000)


def test_the_defaults_are_5000_for_multi_line_and_255_for_single_line(client, join_pages):
    html = soup(client.get("/en/join/"))
    assert html.find("textarea", attrs={"name": "motivation"})["maxlength"] == "5000"
    assert html.find("input", attrs={"name": "country"})["maxlength"] == "255"
    assert html.find("input", attrs={"name": "email"})["maxlength"] == "255"

    response = send(client, "/en/join/", join_answers(country="y" * 256))
    assert_too_long(response, "country", 255, 256)

    response = send(client, "/en/join/", join_answers(motivation="x" * 5000, country="y" * 255))
    assert response.status_code == 302
    assert len(Submission.objects.get().form_data["motivation"]) == 5000


def test_a_line_break_counts_as_one_character_as_in_the_browser(client, join_pages):
    """Browsers send a line break as CRLF but count it as one against ``maxlength``."""
    text = "abcd\r\n" * 1000  # 6,000 characters sent, 5,000 in the browser (4,999 trimmed)
    response = send(client, "/en/join/", join_answers(motivation=text))
    assert response.status_code == 302
    assert Submission.objects.get().form_data["motivation"] == ("abcd\n" * 1000).strip()


def test_a_number_cannot_be_a_megabyte_of_digits(client, join_pages):
    response = send(client, "/en/join/", join_answers(population="9" * 100_000))
    assert response.status_code == 200
    assert not Submission.objects.exists()
    assert "no more than 30 digits" in field_block(response, "population").get_text()


def motivation_field(page):
    return page.form_fields.get(clean_name="motivation")


def test_the_editors_limit_holds_in_every_language(
    client, join_pages, django_capture_on_commit_callbacks
):
    english, french = join_pages["en"], join_pages["fr"]
    fields = list(english.form_fields.all())
    for field in fields:
        if field.clean_name == "motivation":
            field.max_length = 20
    english.form_fields = fields
    english.save_revision().publish()

    # At once: the French form checks the English field's limit.
    response = send(client, "/fr/rejoindre/", join_answers(motivation="x" * 21))
    assert response.status_code == 200
    assert "20 caractères" in field_block(response, "motivation").get_text()
    assert send(client, "/fr/rejoindre/", join_answers(motivation="x" * 20)).status_code == 302

    # And wagtail-localize copies the number into the translation: it is not translated.
    assert motivation_field(french).max_length is None
    source = TranslationSource.objects.get_for_instance(english)
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(source=source, target_locale=french.locale).save_target()
    assert motivation_field(french).max_length == 20


def test_the_limit_is_synchronised_not_translated():
    fields = {field.field_name: field for field in get_translatable_fields(JoinFormField)}
    assert isinstance(fields["max_length"], SynchronizedField)
    assert not fields["max_length"].is_overridable(JoinFormField())


@pytest.mark.parametrize(("value", "valid"), [(0, False), (1, True), (20000, True), (20001, False)])
def test_an_editor_sets_a_sensible_limit(value, valid):
    field = JoinFormField(label="Motivation", field_type="multiline", max_length=value)
    exclude = ["page", "locale", "translation_key", "sort_order"]
    if valid:
        field.clean_fields(exclude=exclude)
    else:
        with pytest.raises(ValidationError) as error:
            field.clean_fields(exclude=exclude)
        assert set(error.value.message_dict) == {"max_length"}
