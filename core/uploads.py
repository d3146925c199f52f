"""Uploads: only the kinds of document the Alliance publishes, within a size limit.

Wagtail checks the extension (WAGTAILDOCS_EXTENSIONS); this form also checks the size and
that the content is what the extension claims, so an HTML or SVG file renamed ".pdf"
is refused. Images are limited by WAGTAILIMAGES_EXTENSIONS (no SVG) and
WAGTAILIMAGES_MAX_UPLOAD_SIZE; Wagtail reads their content to find the real format, and
the image form (WAGTAILIMAGES_IMAGE_FORM_BASE) refuses one that cannot be decoded.
"""

from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

PDF = (b"%PDF-",)
ZIP = (b"PK\x03\x04",)  # docx, xlsx, pptx, odt, ods, odp
OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)  # doc, xls, ppt
SIGNATURES = {
    "pdf": PDF,
    "doc": OLE,
    "xls": OLE,
    "ppt": OLE,
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "ods": ZIP,
    "odp": ZIP,
}


def check_document(uploaded):
    """Raise ValidationError unless ``uploaded`` is an allowed document within the limit."""
    limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
    if uploaded.size > limit:
        raise ValidationError(
            _("This file is too big (%(size)s). The limit is %(limit)s."),
            params={"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            code="file_too_big",
        )
    extension = PurePath(uploaded.name).suffix.lower().lstrip(".")
    signatures = SIGNATURES.get(extension)
    if signatures is None:
        raise ValidationError(
            _("Documents of this kind cannot be uploaded. Allowed: %(allowed)s."),
            params={"allowed": ", ".join(sorted(SIGNATURES))},
            code="file_type",
        )
    uploaded.seek(0)
    head = uploaded.read(16)
    uploaded.seek(0)
    if not head.startswith(signatures):
        raise ValidationError(
            _("The content of this file is not a %(kind)s document."),
            params={"kind": extension.upper()},
            code="file_content",
        )


class DocumentUploadForm(BaseDocumentForm):
    """Wagtail's document form, checking each newly uploaded file."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if isinstance(uploaded, UploadedFile):
            check_document(uploaded)
        return uploaded


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, refusing with a form error a file that cannot be decoded.

    Wagtail refuses a file whose format it does not recognise, but one that starts like
    an image and is not one (HTML after a PNG signature, a truncated PNG, garbage after
    a GIF or JPEG header) makes Pillow raise while Wagtail reads its size: a 500.
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:
            raise ValidationError(
                _("The file is not a valid image: it is damaged or is not really an image."),
                code="invalid_image",
            ) from error


class ImageUploadForm(BaseImageForm):
    """Wagtail's image form (add, edit, multiple upload) with the file field above."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        wagtail_field = self.fields.get("file")
        if wagtail_field is not None:
            # Built here, not declared on the class, so that it reads the upload limits
            # from the settings as Wagtail's own field does, for each form.
            self.fields["file"] = DecodedImageField(
                label=wagtail_field.label, widget=wagtail_field.widget
            )
