"""Pages inserted in bulk: a few queries for hundreds of pages, for synthetic content only.

``bulk_add_children`` writes the rows ``Page.add_child`` would write (tree path, depth,
url_path, the specific model's rows) in one INSERT per table and batch, with no revision
and no signal: nothing is indexed for search and no cache is told. Run
``manage.py update_index`` and ``manage.py rebuild_site_search`` afterwards when search
matters. Editors' pages must go through the usual ``add_child`` + revision path.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

BATCH_SIZE = 200


def _chain(model):
    """The concrete models from just below Page down to ``model`` (MTI ancestors first)."""
    parents = [m for m in reversed(model._meta.get_parent_list()) if m is not Page]
    return [*parents, model]


def bulk_add_children(parent, pages, batch_size=BATCH_SIZE):
    """Insert unsaved ``pages`` (all of one specific type) as the last children of ``parent``.

    Sets the tree and bookkeeping fields; each page keeps its own ``locale`` and
    ``translation_key`` if set (that is how a translation is made: same key, other locale),
    otherwise takes the parent's locale. Returns the pages, saved, with their primary keys.
    """
    if not pages:
        return pages
    model = type(pages[0])
    if any(type(page) is not model for page in pages):
        raise TypeError("bulk_add_children takes pages of a single type")
    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    first_step = 1 if last is None else int(last.path[-Page.steplen :], 36) + 1
    depth = parent.depth + 1
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for number, page in enumerate(pages):
        page.depth = depth
        page.path = Page._get_path(parent.path, depth, first_step + number)
        page.numchild = 0
        page.content_type = content_type
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        if page.locale_id is None:
            page.locale_id = parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or now
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    for start in range(0, len(pages), batch_size):
        batch = pages[start : start + batch_size]
        bases = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in batch]
        )
        for page, base in zip(batch, bases, strict=True):
            page.pk = page.id = base.pk
            for link in model._meta.parents.values():
                setattr(page, link.attname, base.pk)
            for ancestor in _chain(model):
                for field in ancestor._meta.local_concrete_fields:
                    if field.one_to_one and field.remote_field.parent_link:
                        setattr(page, field.attname, base.pk)
            page._state.adding = False
            page._state.db = "default"
        for ancestor in _chain(model):
            ancestor._base_manager._insert(
                batch, fields=ancestor._meta.local_concrete_fields, raw=True
            )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages
