"""Blocks of a practice page: the prizes it won."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class PrizeBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Prize"), max_length=255, help_text=_('e.g. "4th Dosta!-Congress Prize".')
    )
    year = blocks.IntegerBlock(label=_("Year"), min_value=1900, max_value=2100, required=False)
    place = blocks.CharBlock(
        label=_("Place or distinction"),
        max_length=120,
        required=False,
        help_text=_('e.g. "1st place". Leave empty if the prize has no places.'),
    )

    class Meta:
        icon = "pick"
        label = _("Prize")
        template = "practices/blocks/prize_block.html"
