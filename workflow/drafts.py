"""A page translation is a draft until a moderator approves it: visitors never see it before.

wagtail-localize's way (``TranslationCreator`` → ``Translation.save_target``) turns the
untranslated copy (an alias of the English page) into a real page at once, its text the
English fallback, published: visitors at ``/rom/...`` would read English as if it were
Romani, unmarked, until the translator finished. Here instead:

- **Starting** a translation (``start_page_translations``) makes wagtail-localize's records
  (``TranslationSource``, ``Translation``) and leaves the page as it is: an alias stays an
  alias, which visitors see as before (the English text in ``lang="en"``, with the notice).
  A language with no page there gets an unpublished draft copy (visitors see nothing, as
  before). Opening the alias in the admin opens wagtail-localize's editor
  (``started_translation``, used by a ``before_edit_page`` hook).
- **Submitting** (``save_translation_draft``) saves the translated text as a new revision
  of the page and writes nothing of it to the page's row, which is what visitors see: an
  alias keeps showing the English page, a translation its published text.
- **Approving** publishes that revision. Wagtail keeps a page an alias when it publishes a
  revision of it (``Page.with_content_json`` keeps ``alias_of``): ``adopt_approved_alias``
  (a ``pre_save`` receiver) makes it a page of its own as the revision is published, so
  the English page's next publish no longer overwrites it.
"""

from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation, TranslationSource


def is_untranslated_alias(page):
    """An alias of the page of another locale: wagtail-localize's untranslated copy."""
    return page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id


def started_translation(page):
    """The enabled wagtail-localize Translation into an untranslated copy's language, if a
    translation of it was started (None otherwise, or for a page that is not such a copy)."""
    if not is_untranslated_alias(page):
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            source__locale_id=page.alias_of.locale_id,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def start_page_translations(page, locales, user=None):
    """Start translating ``page`` into ``locales`` without changing what visitors see.

    Returns {TranslationSource: [Translation]}, as wagtail-localize's components expect.
    Related snippets are not copied (wagtail-localize would copy them into the language,
    published with their English names): they are translated on their own (the dashboard
    lists those never translated).
    """
    page = page.specific
    source, _created = TranslationSource.get_or_create_from_instance(page)
    existing = {
        target.locale_id: target
        for target in Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    }
    translations = []
    for locale in locales:
        if locale.pk == page.locale_id:
            continue
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        translations.append(translation)
        if locale.pk not in existing:
            # Nothing in that language yet: an unpublished copy (and copies of its
            # parents where they are missing), for the editor to open.
            source.create_or_update_translation(
                locale, user=user, publish=False, copy_parent_pages=True, fallback=True
            )
    return {source: translations}


def save_translation_draft(translation, user=None):
    """Save the translated text as a new revision of the target page; return the page.

    Nothing of it is written to the page's row: visitors keep seeing the published
    translation, or, for an untranslated copy, the English page. ``full_clean`` runs as
    for any revision (a ValidationError says what to fix).
    """
    target = translation.get_target_instance().specific
    translated = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    draft = target.with_content_json(translated.serializable_data())
    # As wagtail-localize does: the translated slug, made unique among its siblings.
    draft.slug = find_available_slug(
        target.get_parent(), slugify(draft.slug), ignore_page_id=target.pk
    )
    # Wagtail refuses revisions of an alias: the draft is a page of its own, while the
    # row (saved below with the revision's fields only) stays the alias visitors see.
    draft.alias_of_id = None
    draft.save_revision(user=user, log_action=True)
    return Page.objects.get(pk=target.pk).specific


def publishes_own_revision(page):
    """True when an alias is being saved with a revision of its own as its live revision:
    a moderator published its translation (only ``save_translation_draft`` gives an alias
    revisions). An alias the English page's publish updates gets the English page's
    revision. One query, for an alias only."""
    if page.alias_of_id is None or page.live_revision_id is None:
        return False
    return Revision.objects.filter(
        pk=page.live_revision_id,
        base_content_type_id=page.get_base_content_type().pk,
        object_id=str(page.pk),
    ).exists()


def adopt_approved_alias(sender, instance, update_fields=None, **kwargs):
    """pre_save receiver: an approved translation of an untranslated copy becomes a page
    of its own (wagtail-localize does the same when it publishes a translation)."""
    if not isinstance(instance, Page) or update_fields is not None:
        return
    if instance.locale_id is None or not publishes_own_revision(instance):
        return
    instance.alias_of_id = None
