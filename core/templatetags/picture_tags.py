"""``{% responsive_picture %}``: an image as a <picture> of AVIF/WebP widths
(core/renditions.py)."""

from django import template

from core import renditions

register = template.Library()


@register.inclusion_tag("components/picture.html")
def responsive_picture(image, alt="", size="card", eager=False, css_class=""):
    """The <picture> of ``image`` (nothing when there is none).

    ``alt``: the page's description of the image, empty for a decorative one. ``eager``
    for the first image of a page (the hero, above the fold): loaded at once; every other
    image waits until it nears the screen (``loading="lazy"``).
    """
    if not image:
        return {"picture": None}
    attrs = {"alt": alt or "", "sizes": renditions.SLOT_SIZES[size], "decoding": "async"}
    if eager:
        attrs["fetchpriority"] = "high"
    else:
        attrs["loading"] = "lazy"
    if css_class:
        attrs["class"] = css_class
    return {"picture": renditions.picture(image, size, attrs), "size": size}
