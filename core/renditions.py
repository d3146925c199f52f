"""The renditions the site shows of an image: a card in lists, the top of a detail page, the
social card. One place for the filter specs, so that lists prefetch exactly what their
templates render (``prefetch_renditions``) and nothing is generated twice.

Each size is made in WebP, and in AVIF too when the Pillow build can write it
(``PIL.features.check("avif")``) and ``PICTURE_AVIF`` is on (AVIF takes about five times
as long to encode as WebP: the test settings turn it off).
"""

import hashlib

from django.conf import settings
from PIL import features
from wagtail.images.models import Picture

from core import generation

# (filter spec, width) of each size, smallest first. Cards are cropped to 16:10; the
# top of a detail page keeps the image's own proportions.
SIZES = {
    "card": ["fill-320x200", "fill-640x400"],
    "detail": ["width-640", "width-1200"],
}
# The slot the image fills, for the browser's choice among the widths (site/static/css/images.css).
SLOT_SIZES = {
    "card": "(min-width: 48em) 20rem, 100vw",
    "detail": "(min-width: 52em) 48rem, 100vw",
}
SOCIAL_SPEC = "fill-1200x630|format-png"


def image_formats():
    """The formats of the <source>s, the fallback <img>'s last (Picture's order)."""
    avif = getattr(settings, "PICTURE_AVIF", True) and features.check("avif")
    return ["avif", "webp"] if avif else ["webp"]


def filter_specs(size):
    return [f"{spec}|format-{fmt}" for fmt in image_formats() for spec in SIZES[size]]


def picture(image, size, attrs):
    """The ``Picture`` (wagtail.images) of ``image`` at ``size``, with ``attrs`` on its <img>."""
    return Picture(image.get_renditions(*filter_specs(size)), attrs)


def with_renditions(images, size):
    """A queryset of images with the renditions of ``size`` prefetched (one query for all)."""
    return images.prefetch_renditions(*filter_specs(size))


def listed_images(pages, size="card"):
    """{page pk: (image, alt)} of the pages of ``pages`` (a queryset of a PageImageMixin
    model) that have an image, the renditions of ``size`` prefetched: two queries."""
    from wagtail.images import get_image_model

    rows = pages.filter(image__isnull=False).values_list(
        "pk", "image_id", "image_alt", "image_decorative"
    )
    rows = list(rows)
    if not rows:
        return {}
    images = with_renditions(get_image_model().objects.all(), size)
    images = images.in_bulk({image_id for _pk, image_id, _alt, _decorative in rows})
    return {
        pk: (images[image_id], "" if decorative else alt)
        for pk, image_id, alt, decorative in rows
        if image_id in images
    }


def picture_html(image, alt="", size="card", eager=False, css_class=""):
    """The markup of ``image`` at ``size`` (``{% responsive_picture %}``), '' without one:
    its <picture> in a ``div.picture``; ``eager`` for the image at the top of a page
    (loaded at once), every other loads as it nears the screen."""
    if not image:
        return ""
    attrs = {"alt": alt or "", "sizes": SLOT_SIZES[size], "decoding": "async"}
    if eager:
        attrs["fetchpriority"] = "high"
    else:
        attrs["loading"] = "lazy"
    if css_class:
        attrs["class"] = css_class
    return f'<div class="picture picture--{size}">{picture(image, size, attrs)}</div>'


def kept_picture_html(request, image, alt="", size="card", eager=False, css_class=""):
    """``picture_html``, written once per content generation (saving an image starts a
    new one: core/invalidation.py). Reading the renditions and writing a <picture> took
    0.5 ms an image, a third of a news list's time at the benchmark's scale 1."""
    if not image:
        return ""
    described = hashlib.blake2b(f"{alt}\0{css_class}".encode(), digest_size=8).hexdigest()
    return generation.cached(
        request,
        "picture",
        [image.pk, size, int(bool(eager)), described],
        lambda: picture_html(image, alt, size, eager, css_class),
    )


def card_picture_html(image, alt):
    """The card <picture> of a list written in Python (the participants' and practices'
    lists), or '' without an image."""
    return picture_html(image, alt, "card")
