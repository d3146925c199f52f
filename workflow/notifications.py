"""Translators are mailed when an English page is published.

Wagtail's ``page_published`` signal, for a page of the source locale: after the commit
(``transaction.on_commit``), each member of a translators' group with an address, who
has not turned these mails off (``TranslationMailPreference``, Account → Notifications),
gets one mail per language of their groups, in their own interface language (Wagtail's
user profile), with the link that starts the translation (an alias or nothing there) or
opens it (a real translation). A mail that cannot be sent is logged; the publish is
never affected.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language_info, override
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from workflow.dashboard import edit_page_url, start_page_url
from workflow.roles import TRANSLATORS_PREFIX, translators_group_language

logger = logging.getLogger(__name__)


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def work_url(source, translation, locale):
    """Where a translator starts (no real translation yet) or continues the work."""
    if translation is None or translation.alias_of_id is not None:
        return absolute(start_page_url(source, locale))
    return absolute(edit_page_url(translation))


def recipients(locale_codes):
    """{language code: [users]}: the translators' group members who want these mails."""
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__startswith=TRANSLATORS_PREFIX)
        .exclude(email="")
        .exclude(translation_mail_preference__source_published=False)
        .prefetch_related("groups")
        .distinct()
    )
    by_language = {}
    for user in users:
        for group in user.groups.all():
            code = translators_group_language(group)
            if code in locale_codes:
                by_language.setdefault(code, []).append(user)
    return by_language


def message_for(user, source, locale, url):
    language = UserProfile.get_for_user(user).get_preferred_language()
    with override(language):
        context = {
            "user": user,
            "title": source.title,
            "language": str(get_language_info(locale.language_code)["name_translated"]),
            "url": url,
            "account_url": absolute(reverse("wagtailadmin_account")),
        }
        subject = _("[%(language)s] To translate: “%(title)s”") % context
        body = render_to_string("workflow/mail/source_published.txt", context)
    return EmailMessage(subject=subject, body=body, to=[user.email])


def notify_translators(page_id):
    """Mail the translators of every other language about this English page."""
    source = Page.objects.filter(pk=page_id).first()
    if source is None:
        return []
    locales = {
        locale.language_code: locale for locale in Locale.objects.exclude(pk=source.locale_id)
    }
    translations = {
        page.locale_id: page
        for page in Page.objects.filter(translation_key=source.translation_key).exclude(
            pk=source.pk
        )
    }
    sent = []
    for code, users in recipients(set(locales)).items():
        locale = locales[code]
        url = work_url(source, translations.get(locale.pk), locale)
        for user in users:
            try:
                message = message_for(user, source, locale, url)
                message.send()
            except Exception:
                logger.exception(
                    "Could not send the translation mail for page %s to user %s", page_id, user.pk
                )
            else:
                sent.append(message)
    return sent


def source_page_published(sender, instance, **kwargs):
    """page_published receiver: mails the translators once the publish is committed."""
    if instance.alias_of_id is not None:
        return
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        return
    page_id = instance.pk
    transaction.on_commit(lambda: notify_translators(page_id))
