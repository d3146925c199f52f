"""Which pages are private (view restrictions), in every language, read once per content
generation.

A view restriction guards its page and the page's descendants, as in Wagtail. Here it
also guards the **copies** of those pages, wherever they sit in their locale's tree:

- every page with the same translation key (its translations and wagtail-localize's
  untranslated copies in the other 24 languages), when the restriction is on a page of
  the source language (``settings.LANGUAGE_CODE``, English): a copy obeys its source;
- every alias of a guarded page, in any language (Wagtail's own rule for aliases).

A restriction set on a page of another language (say, the Romani tree kept private while
it is prepared) guards that language's pages only: it never hides the English source.

Visibility is computed over the translation key rather than copied as restriction rows
onto each copy: nothing has to be kept in step when a copy is created, moved or
translated later, a translator cannot lift a restriction by editing their copy, and the
restriction shown to the visitor (its password, its groups) is the source's own.
docs/security.md says more.

The guarded places are kept per content generation (any change to a page or a restriction
bumps it: core/page_cache.py), so ``private_q`` and ``restrictions_for`` cost no query.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from core import generation

# Nothing is private: the value kept while the site has no restriction at all.
NOTHING_GUARDED = {"roots": (), "guards": ()}


def subtree_q(paths):
    q = Q()
    for path in paths:
        q |= Q(path__startswith=path)
    return q


def outermost(paths):
    """The paths that are not below another of ``paths`` (a guarded subtree is enough)."""
    kept = []
    for path in sorted(paths):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return tuple(kept)


def build_guards():
    """{"roots": the tree paths whose subtrees are private, outermost only;
    "guards": ((path, restriction ids), ...), every guarded subtree with what guards it}.
    Three queries while any restriction exists, one otherwise."""
    restrictions = list(
        PageViewRestriction.objects.values_list("pk", "page__path", "page__locale__language_code")
    )
    if not restrictions:
        return NOTHING_GUARDED
    guards = defaultdict(set)  # subtree path -> restriction ids
    for rid, path, _language in restrictions:
        guards[path].add(rid)

    # Every page under a restricted page, with what guards it there.
    below = defaultdict(set)  # page pk -> restriction ids
    by_key = defaultdict(set)  # translation key -> ids of source-language restrictions
    pages = Page.objects.filter(subtree_q(guards)).values_list("pk", "path", "translation_key")
    for pk, path, translation_key in pages:
        for rid, restricted_path, language in restrictions:
            if path.startswith(restricted_path):
                below[pk].add(rid)
                if language == settings.LANGUAGE_CODE:
                    by_key[translation_key].add(rid)

    # Their copies: translations and untranslated copies of the source language's guarded
    # pages, and aliases of any guarded page.
    copies = Page.objects.filter(
        Q(translation_key__in=list(by_key)) | Q(alias_of_id__in=list(below))
    ).values_list("path", "translation_key", "alias_of_id")
    for path, translation_key, alias_of_id in copies:
        guards[path] |= by_key.get(translation_key, set()) | below.get(alias_of_id, set())

    kept = {path: tuple(sorted(ids)) for path, ids in guards.items() if ids}
    return {"roots": outermost(kept), "guards": tuple(sorted(kept.items()))}


def guarded(request=None):
    return generation.cached(request, "view-restrictions", [], build_guards)


def private_roots(request=None):
    """The paths of the private subtrees, in every language (empty: nothing is private)."""
    return guarded(request)["roots"]


def restrictions_for(path, request=None):
    """The ids of the view restrictions that guard the page at ``path``."""
    ids = set()
    for guarded_path, restriction_ids in guarded(request)["guards"]:
        if path.startswith(guarded_path):
            ids.update(restriction_ids)
    return ids


def private_q(request=None):
    """Pages in a private section in any language; matches nothing when none is."""
    roots = private_roots(request)
    return subtree_q(roots) if roots else Q(pk__in=[])
