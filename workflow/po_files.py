"""PO files for every page of a language at once: what translators take offline.

``export_language`` writes one PO file per English page (wagtail-localize's own export,
the same file the editor's "Download PO file" gives); ``import_directory`` reads them
back into the translations they name (their X-WagtailLocalize-TranslationID header) and
saves the translated pages: as drafts for review, or published with ``publish=True``.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from workflow.drafts import save_translation_draft

TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"


def translation_for(page, locale):
    """The Translation of ``page`` into ``locale``, its source synced with the live page."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    return translation


def po_file_name(page):
    path = page.url_path.strip("/").split("/", 1)
    slug_path = path[1].replace("/", "--") if len(path) > 1 and path[1] else "home"
    return f"{page.pk:05d}-{slug_path}.po"


def export_language(language_code, directory):
    """Write a PO file per live English page into ``directory``; returns the paths."""
    locale = Locale.objects.get(language_code=language_code)
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    pages = Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True).live()
    for page in pages.order_by("path").specific():
        translation = translation_for(page, locale)
        po = translation.export_po()
        po.metadata["Language"] = language_code
        path = directory / po_file_name(page)
        po.save(str(path))
        written.append(path)
    return written


class PoImportError(Exception):
    pass


@transaction.atomic
def import_file(path, publish=False, user=None):
    """Import one PO file; returns the translated page, with a new revision.

    An existing page gets a draft revision (``workflow.drafts``: what visitors see is
    untouched until it is approved or ``publish`` is set; an untranslated copy stays one
    until then); a page missing in the language is created from it.
    """
    po = polib.pofile(str(path))
    translation_id = po.metadata.get(TRANSLATION_ID_HEADER)
    if not translation_id:
        raise PoImportError(f"{path}: no {TRANSLATION_ID_HEADER} header")
    translation = Translation.objects.filter(uuid=translation_id).first()
    if translation is None:
        raise PoImportError(f"{path}: unknown translation {translation_id}")
    translation.import_po(po, user=user, tool_name="PO file")
    source, locale = translation.source, translation.target_locale
    exists = Page.objects.filter(translation_key=source.object_id, locale=locale).exists()
    if not exists or (publish and not is_translated(source, locale)):
        source.create_or_update_translation(
            locale, user=user, publish=publish, fallback=True, copy_parent_pages=True
        )
        return source.get_translated_instance(locale)
    target = save_translation_draft(translation, user=user)
    if publish:
        target.latest_revision.publish(user=user)
        target.refresh_from_db()
    return target


def is_translated(source, locale):
    """A real translation exists (not only the untranslated alias wagtail-localize keeps)."""
    try:
        instance = source.get_translated_instance(locale)
    except Page.DoesNotExist:
        return False
    return getattr(instance, "alias_of_id", None) is None


def import_directory(directory, publish=False, user=None):
    paths = sorted(Path(directory).glob("**/*.po"))
    return [import_file(path, publish=publish, user=user) for path in paths]
