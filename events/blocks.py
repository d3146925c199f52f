"""The programme of an event (its sessions) and the yearly content of a recurring day."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from core.blocks import BaseStreamBlock


class SessionBlock(blocks.StructBlock):
    """One session: its times (the event's time zone), title, speakers and documents."""

    start = blocks.TimeBlock(label=_("start"), required=False)
    end = blocks.TimeBlock(label=_("end"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    speakers = blocks.ListBlock(
        blocks.CharBlock(max_length=255), label=_("Speakers"), required=False, default=[]
    )
    documents = blocks.ListBlock(
        DocumentChooserBlock(), label=_("Documents"), required=False, default=[]
    )

    class Meta:
        icon = "time"
        label = _("Session")
        template = "events/blocks/session_block.html"


class ProgrammeBlock(blocks.StreamBlock):
    session = SessionBlock()


class YearBlock(blocks.StructBlock):
    """What a recurring day held in one year (a commemoration's speeches, photos)."""

    year = blocks.IntegerBlock(label=_("Year"), min_value=1900, max_value=2200)
    body = BaseStreamBlock(label=_("Body"))

    class Meta:
        icon = "date"
        label = _("Year")


class YearsBlock(blocks.StreamBlock):
    year = YearBlock()
