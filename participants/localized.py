"""Which page of a participant a page in some language shows: the rule, once.

A practice names its participant (the source page, usually English). A page in another
language shows the participant's live, public page in that language when there is one,
else the participant itself when it is live and public; a draft or private participant
with no such translation is not shown at all. The practice page, the practices list and
the practices map all follow it (practices/models.py, practices/listing.py,
practices/filters.py).
"""

from core.visibility import private_q
from participants.models import ParticipantPage


def visible_participants(request=None):
    """The participant pages a visitor may see: live, without a view restriction."""
    return ParticipantPage.objects.live().exclude(private_q(request))


def in_language(wanted, candidates, locale_id):
    """{participant pk: what to show for it}, for those of ``wanted`` that are shown.

    ``wanted``: {participant pk: its translation key}; ``candidates``: (pk, translation
    key, locale id, value) of visible participant pages (``visible_participants``), at
    least the participants' own and their copies in ``locale_id``; ``value`` is what the
    caller shows (the page, its title...).
    """
    own, translated = {}, {}
    for pk, key, candidate_locale_id, value in candidates:
        own[pk] = value
        if candidate_locale_id == locale_id:
            translated[key] = value
    shown = {}
    for pk, key in wanted.items():
        value = translated.get(key, own.get(pk))
        if value is not None:
            shown[pk] = value
    return shown
