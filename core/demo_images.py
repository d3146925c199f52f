"""The demo pages' illustrations (core/demo_artwork.py) as Wagtail images, with their alt
text: each app's demo gives a page its image when it makes it, before the page is
translated and aliased, so the translations and aliases copy it (the image is a
synchronised field, the alt text is translated from the app's catalog)."""

import io
import zlib

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from core.demo_artwork import ALT, artwork_png
from core.renditions import SIZES, SOCIAL_SPEC, filter_specs

# Pages of one motif share its illustrations: fewer images to draw and resize.
VARIANTS = 3


def illustration(motif, key, t):
    """The image fields of a demo page: ``image``, ``image_alt`` (in English, its French
    recorded in the catalog ``t`` belongs to), of one of ``motif``'s illustrations chosen
    by ``key`` (the page's slug)."""
    english, french = ALT[motif]
    return {"image": demo_image(motif, key), "image_alt": t(english, fr=french)}


def demo_image(motif, key):
    """One of the ``VARIANTS`` illustrations of ``motif``, chosen by ``key``, as a Wagtail
    image (made once), its renditions made too, so that no visitor's request has to."""
    variant = zlib.crc32(key.encode()) % VARIANTS + 1
    image_model = get_image_model()
    title = f"Demo illustration: {motif} {variant}"
    image = image_model.objects.filter(title=title).first()
    if image is None:
        png = artwork_png(motif, variant)
        image = image_model.objects.create(
            title=title, file=ImageFile(io.BytesIO(png), name=f"demo-{motif}-{variant}.png")
        )
        for size in SIZES:
            image.get_renditions(*filter_specs(size))
        image.get_rendition(SOCIAL_SPEC)
    return image
