"""Form fields translate their texts and keep their stored key in every language."""

from django.core.management import call_command
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from forms.models import CooperationFormPage, JoinFormField, JoinFormPage, Submission

from .conftest import join_answers, send


def test_field_texts_are_segments_and_keys_are_not(join_pages):
    source = TranslationSource.objects.get_for_instance(join_pages["en"])
    strings = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert {"Name of the authority", "Kind of authority", "Motivation"} <= strings
    assert "City, Region, Other local authority" in strings
    assert "With the country code." in strings
    assert "name_of_the_authority" not in strings
    assert "kind_of_authority" not in strings


def test_french_fields_are_translations_of_the_english_ones(join_pages):
    english = list(join_pages["en"].form_fields.all())
    french = list(join_pages["fr"].form_fields.all())
    assert [f.translation_key for f in english] == [f.translation_key for f in french]
    assert [f.clean_name for f in english] == [f.clean_name for f in french]
    assert [f.field_type for f in english] == [f.field_type for f in french]
    assert {f.locale.language_code for f in french} == {"fr"}
    assert french[0].label == "Nom de la collectivité"


def test_a_changed_english_label_keeps_every_key(join_pages, django_capture_on_commit_callbacks):
    english, french = join_pages["en"], join_pages["fr"]
    fields = list(english.form_fields.all())
    field = fields[0]
    assert field.clean_name == "name_of_the_authority"
    field.label = "Authority"
    english.form_fields = fields
    english.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(english)
    source.update_from_db()
    segment = StringSegment.objects.get(source=source, string__data="Authority")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=french.locale,
        context=segment.context,
        data="Collectivité",
    )
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(source=source, target_locale=french.locale).save_target()

    french_field = JoinFormField.objects.get(page=french, translation_key=field.translation_key)
    assert french_field.label == "Collectivité"
    assert french_field.clean_name == "name_of_the_authority"
    assert JoinFormField.objects.get(pk=field.pk).clean_name == "name_of_the_authority"


def test_an_untranslated_copy_stores_against_the_english_page(client, join_pages, locales):
    """Languages without a translation serve an alias of the English page."""
    czech_home = join_pages["en"].get_parent().copy_for_translation(locales["cs"])
    czech_home.save_revision().publish()
    alias = join_pages["en"].create_alias(
        parent=czech_home, update_locale=locales["cs"], reset_translation_key=False
    )
    assert {f.locale_id for f in alias.form_fields.all()} == {locales["cs"].pk}

    response = send(client, alias.url, join_answers())
    assert response.status_code == 302
    assert response["Location"] == f"{alias.url}thanks/"
    assert "Thank you" in client.get(response["Location"]).content.decode()
    submission = Submission.objects.get()
    assert submission.page_id == join_pages["en"].pk
    assert submission.language == "cs"


def test_load_demo_creates_both_forms_in_english_and_french(demo):
    for model, slugs in (
        (JoinFormPage, {"join", "rejoindre"}),
        (CooperationFormPage, {"cooperate", "cooperer"}),
    ):
        pages = model.objects.filter(alias_of__isnull=True)
        assert set(pages.values_list("slug", flat=True)) == slugs
        english, french = (pages.get(locale__language_code=code) for code in ("en", "fr"))
        assert list(english.form_fields.values_list("clean_name", flat=True)) == list(
            french.form_fields.values_list("clean_name", flat=True)
        )
    assert JoinFormPage.objects.get(locale__language_code="fr").title == "Rejoindre l'Alliance"
    assert CooperationFormPage.objects.get(locale__language_code="fr").title == (
        "Coopérer en tant qu'ONG"
    )
    before = (JoinFormField.objects.count(), Translation.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert (JoinFormField.objects.count(), Translation.objects.count()) == before


def test_demo_join_form_accepts_a_french_application(client, demo):
    response = send(client, "/fr/rejoindre/", join_answers())
    assert response.status_code == 302
    assert Submission.objects.get().language == "fr"
