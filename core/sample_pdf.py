"""Small valid PDFs made in code: the demo's sample documents.

``sample_pdf`` makes a one-line, one-page PDF (the prize's sample applications);
``sample_text_pdf`` a PDF of a few pages of wrapped paragraphs, accents included (the
adopted texts' sample documents). Both write a correct cross-reference table, so PDF readers
open them without repairing them.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 612, 792  # US Letter, in points
MARGIN = 72
FONT_SIZE = 11
LEADING = 15
TITLE_SIZE = 14
TITLE_LEADING = 20
LINE_CHARACTERS = 85  # Helvetica at 11 points: about 85 characters in 468 points


def sample_pdf(text):
    """A one-page PDF showing ``text`` (ASCII), with a correct cross-reference table."""
    safe = text.encode("ascii", "replace").replace(b"\\", b"").replace(b"(", b"").replace(b")", b"")
    stream = b"BT /F1 14 Tf 72 720 Td (" + safe + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream_object(stream),
    ]
    return _pdf(objects)


def sample_text_pdf(pages, title=""):
    """A PDF of ``pages``, each a list of paragraphs (the first one of a page in bold and
    larger, as its heading); ``title`` goes into the document's information.

    The text is written in Helvetica with WinAnsiEncoding (Windows-1252), so French
    accents, guillemets and typographic quotes show as they are; a character outside it
    shows as "?". A page too long for one sheet goes on over the next ones.
    """
    sheets = []
    for paragraphs in pages:
        sheets.extend(_sheets(paragraphs))
    # Objects: 1 catalog, 2 page tree, 3 regular font, 4 bold font, 5 information,
    # then a page and its content stream per sheet.
    first_page = 6
    kids = " ".join(f"{first_page + 2 * number} 0 R" for number in range(len(sheets)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(sheets)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _escape(b"\xfe\xff" + title.encode("utf-16-be")) + b") >>",
    ]
    for number, stream in enumerate(sheets):
        contents = first_page + 2 * number + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {contents} 0 R >>".encode()
        )
        objects.append(_stream_object(stream))
    return _pdf(objects, info=5)


def _sheets(paragraphs):
    """The content streams of one page of paragraphs: more than one if it is too long."""
    lines = []  # (font, size, leading, text); None for the space between paragraphs
    for position, paragraph in enumerate(paragraphs):
        if position:
            lines.append(None)
        heading = position == 0
        width = LINE_CHARACTERS * FONT_SIZE // TITLE_SIZE if heading else LINE_CHARACTERS
        for line in textwrap.wrap(paragraph, width=width) or [""]:
            if heading:
                lines.append(("F2", TITLE_SIZE, TITLE_LEADING, line))
            else:
                lines.append(("F1", FONT_SIZE, LEADING, line))
    sheets, operations, y = [], [], PAGE_HEIGHT - MARGIN
    for line in lines:
        if line is None:
            y -= LEADING // 2
            continue
        font, size, leading, text = line
        if y - leading < MARGIN and operations:
            sheets.append(b"\n".join(operations))
            operations, y = [], PAGE_HEIGHT - MARGIN
        y -= leading
        operations.append(
            f"BT /{font} {size} Tf {MARGIN} {y} Td (".encode() + _pdf_string(text) + b") Tj ET"
        )
    sheets.append(b"\n".join(operations))
    return sheets


def _pdf_string(text):
    """``text`` as the bytes of a PDF literal string in WinAnsiEncoding, escaped."""
    return _escape(text.encode("cp1252", "replace"))


def _escape(data):
    """The bytes ``data`` escaped for a PDF literal string (between parentheses)."""
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _stream_object(stream):
    return b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"


def _pdf(objects, info=None):
    """The bytes of a PDF of ``objects`` (numbered from 1, the catalog first)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    info_entry = f" /Info {info} 0 R" if info else ""
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info_entry} >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)
