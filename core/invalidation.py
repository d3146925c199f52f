"""What bumps the content generation (core/generation.py): every change visitors can see,
and nothing else.

Bumped by: a publish, an unpublish, a move, a delete; a live page created (an untranslated
copy in another language); a view restriction added, changed or removed; a snippet, a
setting, a site, a locale, a redirect, an image or a document saved or deleted; a
collection's view restriction (the documents the lists link).
Not bumped by: a draft save or a new draft page, a revision, a workflow step, a lock, a
translation draft (wagtail-localize's strings), a login, a form submission.
tests/core/test_invalidation.py tries each, both ways.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.generation import bump_generation


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, **kwargs):
    bump_generation()


def shows_on_pages(instance):
    """True for models whose changes show on public pages."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    shown = (
        Page,
        BaseGenericSetting,
        BaseSiteSetting,
        Site,
        Locale,
        Redirect,
        AbstractImage,
        AbstractDocument,
        PageViewRestriction,
        CollectionViewRestriction,  # which documents the lists link (texts/listing.py)
    )
    return isinstance(instance, shown) or type(instance) in get_snippet_models()


# What Wagtail writes to a page when only its draft, its lock or its comments change: a
# draft save, a translation draft, a workflow step. Visitors see none of it.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_by",
        "locked_at",
        "numchild",
    }
)


def is_public_change(instance, created, update_fields):
    """False for a saved page whose change visitors cannot see: only draft fields written
    (``save_revision``, workflow locks), or a new page that is not live (a draft)."""
    from wagtail.models import Page

    if not isinstance(instance, Page):
        return True
    if update_fields is not None and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return False
    return not (created and not instance.live)


@receiver(post_save)
def model_saved(sender, instance, created=False, update_fields=None, **kwargs):
    if kwargs.get("raw"):
        return
    if shows_on_pages(instance) and is_public_change(instance, created, update_fields):
        bump_generation()


@receiver(post_delete)
def model_deleted(sender, instance, **kwargs):
    if shows_on_pages(instance):
        bump_generation()
