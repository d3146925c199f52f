"""An image with its text alternative: the fields news, practices, participants and events
share, and the rule editors follow (alt text, or the image marked decorative).

The alt text is translated with the page (a CharField: wagtail-localize's default); the
image and the "decorative" mark are the same in every language (``IMAGE_SYNCHRONIZED``).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

IMAGE_SYNCHRONIZED = [
    SynchronizedField("image", overridable=False),
    SynchronizedField("image_decorative", overridable=False),
]


class PageImageMixin(models.Model):
    """The page's image (lists, the top of the page, the social card) and its alt text."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page, on its card in lists and when it is shared."),
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Required unless the image "
            "is decorative."
        ),
    )
    image_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_("Tick when the image adds nothing to the text: it then gets no description."),
    )

    image_panel = MultiFieldPanel(
        [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_decorative")],
        heading=_("Image"),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        image_errors(self.image_id, self.image_alt, self.image_decorative)

    @property
    def image_text(self):
        """The alt attribute: empty for a decorative image."""
        return "" if self.image_decorative else self.image_alt


def image_errors(image_id, alt, decorative):
    """Refuse an image without alt text, unless it is marked decorative."""
    if image_id and not decorative and not (alt or "").strip():
        raise ValidationError(
            {
                "image_alt": _(
                    "Describe the image for people who cannot see it, or tick "
                    "“decorative image” if it adds nothing to the text."
                )
            }
        )
