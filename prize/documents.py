"""What an applicant's document must be, read from its content, not from its name.

- PDF: starts with ``%PDF-``;
- Office Open XML (.docx, .pptx, .xlsx): a zip holding ``[Content_Types].xml`` and a
  ``word/``, ``ppt/`` or ``xl/`` folder;
- OpenDocument (.odt, .odp, .ods): a zip whose ``mimetype`` entry names an OpenDocument type.

The name's extension must agree with the content (a zip of another kind renamed .pdf is
refused), and the file must not be larger than ``PRIZE_DOCUMENT_MAX_BYTES``.
"""

import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

PDF = "pdf"
OOXML = {"word/": ".docx", "ppt/": ".pptx", "xl/": ".xlsx"}
ODF = {
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.presentation": ".odp",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
}
EXTENSIONS = (".pdf", *OOXML.values(), *ODF.values())
MAX_ZIP_ENTRIES = 10000


def max_bytes():
    return settings.PRIZE_DOCUMENT_MAX_BYTES


def zip_kind(upload):
    """The extension an office document's content calls for, or None."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            if len(names) > MAX_ZIP_ENTRIES:
                return None
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                return ODF.get(mimetype)
            if "[Content_Types].xml" in names:
                for folder, extension in OOXML.items():
                    if any(name.startswith(folder) for name in names):
                        return extension
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)
    return None


def content_extension(upload):
    """The extension the content of ``upload`` calls for, or None when it is no document."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04"):
        return zip_kind(upload)
    return None


def check_document(upload):
    """Raise ValidationError unless ``upload`` is a PDF or office document small enough."""
    if upload.size > max_bytes():
        raise ValidationError(
            _("The document is larger than %(size)s. Please send a smaller file.")
            % {"size": filesizeformat(max_bytes())},
            code="too_large",
        )
    extension = os.path.splitext(upload.name)[1].lower()
    upload.seek(0)
    if upload.read(2) == b"MZ":
        upload.seek(0)
        raise ValidationError(
            _("This file is a program, not a document. Please send a PDF or office document."),
            code="program",
        )
    if extension not in EXTENSIONS or content_extension(upload) != extension:
        raise ValidationError(
            _(
                "This file is not a PDF or office document (.pdf, .docx, .pptx, .xlsx, .odt, "
                ".odp, .ods), or its content does not match its name."
            ),
            code="not_a_document",
        )
    return upload
