"""A join application becomes a draft participant profile, filled in from its answers.

The answers are found by their stored keys (the same in every language); a key the
editors removed from the form simply leaves that field empty. The profile is a draft
under the English participants page: an editor completes it (location, description)
and sends it through the Review workflow.
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_countries import countries
from wagtail.models import Locale

from participants.models import ParticipantIndexPage, ParticipantKind, ParticipantPage

NAME_KEYS = ("name_of_the_authority", "name", "authority")
KIND_KEYS = ("kind_of_authority", "kind")
COUNTRY_KEYS = ("country",)
POPULATION_KEYS = ("population",)
CONTACT_KEYS = ("contact_person",)
EMAIL_KEYS = ("email",)
WEBSITE_KEYS = ("website",)
KINDS = {"city": ParticipantKind.CITY, "region": ParticipantKind.REGION}


class CannotMakeDraft(Exception):
    """The application lacks what a profile needs; the message says what."""


def answer(data, keys):
    for key in keys:
        value = data.get(key)
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def country_code(text, language):
    """The ISO code of a country named (or coded) in English or the applicant's language."""
    if not text:
        return ""
    if text.upper() in dict(countries):
        return text.upper()
    for lang in (language, "en"):
        code = countries.by_name(text, language=lang or "en")
        if code:
            return code
    return ""


def population(text):
    digits = "".join(char for char in text if char.isdigit())
    return int(digits) if digits and len(digits) < 10 else None


def valid_or_blank(value, validator):
    try:
        validator(value)
    except ValidationError:
        return ""
    return value


def unique_slug(parent, title):
    base = slugify(title) or "participant"
    slug, number = base, 2
    while parent.get_children().filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def make_participant_draft(submission, user=None):
    """Create (once) the draft ParticipantPage of a join application; returns it. In
    one transaction (written as a block rather than a decorator, so that mutation
    testing measures it)."""
    with transaction.atomic():
        if submission.participant_page_id:
            return submission.participant_page.specific
        data = submission.get_data()
        name = answer(data, NAME_KEYS)
        if not name:
            raise CannotMakeDraft(_("The application gives no name of the authority."))
        code = country_code(answer(data, COUNTRY_KEYS), submission.language)
        if not code:
            raise CannotMakeDraft(
                _("The country “%(country)s” is not recognised: create the profile by hand.")
                % {"country": answer(data, COUNTRY_KEYS)}
            )
        index = (
            ParticipantIndexPage.objects.filter(locale=Locale.get_default())
            .order_by("path")
            .first()
        )
        if index is None:
            raise CannotMakeDraft(_("There is no participants page to put the profile under."))
        page = ParticipantPage(
            title=name,
            slug=unique_slug(index, name),
            kind=KINDS.get(answer(data, KIND_KEYS).lower(), ParticipantKind.OTHER),
            country=code,
            population=population(answer(data, POPULATION_KEYS)),
            website=valid_or_blank(answer(data, WEBSITE_KEYS)[:200], URLValidator()),
            contact_name=answer(data, CONTACT_KEYS)[:255],
            contact_email=valid_or_blank(answer(data, EMAIL_KEYS), validate_email),
            live=False,
            owner=user,
        )
        index.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        submission.participant_page = page
        submission.save(update_fields=["participant_page"])
        return page
