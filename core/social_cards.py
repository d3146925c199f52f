"""Social cards: the picture a shared link shows (``og:image``, ``twitter:image``).

A page with an image shares a 1200×630 crop of it (a Wagtail rendition). Any other page
shares a card drawn here with Pillow: its title, its type and the site's name, in the
page's language, with the self-hosted Noto Sans (Latin, Latin Extended, Greek and Cyrillic
subsets, as npm installs them: FreeType reads WOFF). Each card is drawn once and kept in
the media storage under a digest of what it shows, so a new title makes a new file and a
new address, and the old one can be cached for good (core/social_views.py).
"""

import hashlib
import io
from functools import cache

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import translation
from PIL import Image, ImageDraw, ImageFont

from core.renditions import SOCIAL_SPEC

WIDTH, HEIGHT = 1200, 630
CARD_VERSION = "1"  # bump when the drawing changes: every card is drawn anew
FONT_DIR = settings.BASE_DIR / "node_modules" / "@fontsource" / "noto-sans" / "files"
# (first, last code point, subset) of the scripts the site's 25 languages are written in.
SUBSETS = [
    (0x0000, 0x00FF, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x1F00, 0x1FFF, "greek-ext"),
    (0x0400, 0x04FF, "cyrillic"),
    (0x0500, 0x052F, "cyrillic-ext"),
]
BACKGROUND = (20, 52, 89)
ACCENT = (242, 190, 60)
TEXT = (255, 255, 255)
MUTED = (214, 224, 236)
STORAGE_DIR = "social-cards"


@cache
def font(subset, size, weight=700):
    path = FONT_DIR / f"noto-sans-{subset}-{weight}-normal.woff"
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)  # no npm install: Pillow's own font


def subset_of(character):
    code = ord(character)
    for first, last, subset in SUBSETS:
        if first <= code <= last:
            return subset
    return "latin-ext"


def runs(text):
    """[(subset, text)] of ``text``, each run drawable with one subset's font."""
    result = []
    for character in text:
        subset = "latin" if character == " " and result else subset_of(character)
        if character == " " and result:
            subset = result[-1][0]
        if result and result[-1][0] == subset:
            result[-1] = (subset, result[-1][1] + character)
        else:
            result.append((subset, character))
    return result


def text_width(text, size, weight):
    return sum(font(subset, size, weight).getlength(part) for subset, part in runs(text))


def draw_text(draw, position, text, size, fill, weight=700):
    x, y = position
    for subset, part in runs(text):
        draw.text((x, y), part, font=font(subset, size, weight), fill=fill)
        x += font(subset, size, weight).getlength(part)


def wrap(text, size, width, weight=700, max_lines=3):
    """The lines of ``text`` within ``width`` pixels; the last one cut with "…"."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if text_width(candidate, size, weight) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while text_width(lines[-1] + "…", size, weight) > width and " " in lines[-1]:
            lines[-1] = lines[-1].rsplit(" ", 1)[0]
        lines[-1] += "…"
    return lines


def draw_card(title, kind, site_name):
    """The PNG bytes of a card: the page type above, the title, the site's name below."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    # An abstract mark: three overlapping discs, and a band in the accent colour.
    for index, (x, y, radius) in enumerate([(1030, 140, 120), (1110, 250, 90), (990, 290, 70)]):
        shade = tuple(min(255, channel + 18 * (index + 1)) for channel in BACKGROUND)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
    draw.rectangle((0, 0, 24, HEIGHT), fill=ACCENT)
    draw_text(draw, (80, 70), kind.upper(), 30, ACCENT)
    size = 72 if len(title) < 60 else 56
    lines = wrap(title, size, WIDTH - 160 - 200)
    y = 150
    for line in lines:
        draw_text(draw, (80, y), line, size, TEXT)
        y += int(size * 1.25)
    for index, line in enumerate(wrap(site_name, 28, WIDTH - 160, weight=400, max_lines=2)):
        draw_text(draw, (80, HEIGHT - 110 + 38 * index), line, 28, MUTED, weight=400)
    output = io.BytesIO()
    image.save(output, "PNG", optimize=True)
    return output.getvalue()


def card_content(page, language):
    """(title, page type, site name) a card of ``page`` shows, in ``language`` (the
    page's: the caller knows it without a query)."""
    with translation.override(language):
        kind = str(page.specific_class._meta.verbose_name) if page.specific_class else ""
        site_name = translation.gettext(
            "European Alliance of Cities and Regions for Roma Inclusion"
        )
    title = getattr(page, "seo_title", "") or page.title
    return title, kind, site_name


def card_digest(page, language):
    content = "\n".join([CARD_VERSION, language, *card_content(page, language)])
    return hashlib.sha256(content.encode()).hexdigest()[:16]


def card_url(page, language):
    """The address of the generated card of ``page`` (language and digest in it)."""
    return reverse(
        "social-card",
        kwargs={
            "language_code": language,
            "page_id": page.pk,
            "digest": card_digest(page, language),
        },
    )


def card_file(page, language, digest):
    """The stored card of ``page`` (drawn and saved the first time): its storage name."""
    name = f"{STORAGE_DIR}/{page.pk}-{language}-{digest}.png"
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(draw_card(*card_content(page, language))))
    return name


def social_image(page, request, language):
    """(absolute URL, alt text, width, height) of the picture ``page`` is shared with;
    ``language``: the page's (the active language, where the page is served)."""
    image = getattr(page, "image", None)
    if image is not None:
        rendition = image.get_rendition(SOCIAL_SPEC)
        alt = getattr(page, "image_text", "") or page.title
        url = rendition.url
        return request.build_absolute_uri(url), alt, rendition.width, rendition.height
    title, _kind, site_name = card_content(page, language)
    url = request.build_absolute_uri(card_url(page, language))
    return url, f"{title} – {site_name}", WIDTH, HEIGHT
