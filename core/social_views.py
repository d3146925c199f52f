"""The generated social cards (core/social_cards.py), served from the media storage."""

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe
from wagtail.models import Page

from core.social_cards import card_digest, card_file

# The digest in the address changes with what the card shows: a year, and immutable.
CACHE_CONTROL = "public, max-age=31536000, immutable"


@require_safe
def social_card(request, language_code, page_id, digest):
    """The card of a live, public page in a language of the site; 404 for any other
    address."""
    if language_code not in dict(settings.LANGUAGES):
        raise Http404
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None or page.get_view_restrictions().exists():
        raise Http404
    page = page.specific
    if card_digest(page, language_code) != digest:
        raise Http404  # an old title's card: its page shares the new one
    stored = default_storage.open(card_file(page, language_code, digest))
    response = FileResponse(stored, content_type="image/png")
    response["Cache-Control"] = CACHE_CONTROL
    return response
