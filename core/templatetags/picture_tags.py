"""``{% responsive_picture %}``: an image as a <picture> of AVIF/WebP widths
(core/renditions.py), written once per content generation."""

from django import template
from django.utils.safestring import mark_safe

from core import renditions

register = template.Library()


@register.simple_tag(takes_context=True)
def responsive_picture(context, image, alt="", size="card", eager=False, css_class=""):
    """The <picture> of ``image`` (nothing when there is none).

    ``alt``: the page's description of the image, empty for a decorative one. ``eager``
    for the first image of a page (the hero, above the fold): loaded at once; every other
    image waits until it nears the screen (``loading="lazy"``).
    """
    html = renditions.kept_picture_html(context.get("request"), image, alt, size, eager, css_class)
    return mark_safe(html)  # Wagtail's Picture escapes every attribute
