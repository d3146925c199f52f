"""Translatable snippets per language: a translator edits only their language's snippets.

A translators' group ("Translators: French (fr)") holds the add and change permissions on
the translatable snippet models (setup_translators gives them); `LanguagePermissionPolicy`
limits what those permissions reach to the snippets in that group's language. A permission
held any other way (the user's own, or through Editors, Moderators or any other group), and
superusers, reach every language, as Wagtail's ModelPermissionPolicy says.

`TranslatableSnippetViewSet` is the snippet viewset of those models: it registers the
policy, lists only the snippets the user may touch, and checks the instance (not only the
model) before an edit, a delete or a creation in a given language.
"""

from functools import reduce
from operator import or_

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from workflow.group_names import TRANSLATORS_PREFIX, translators_group_language

# Permissions a translators' group gets on every translatable snippet model.
TRANSLATOR_SNIPPET_ACTIONS = ("add", "change")
# And the editors' and moderators' groups (not limited to a language).
STAFF_SNIPPET_ACTIONS = ("add", "change", "delete")
ANY_ACTION = ("add", "change", "delete", "view")


class LanguagePermissionPolicy(ModelPermissionPolicy):
    """Model permissions, limited to their language when a translators' group grants them."""

    def _reach(self, user, actions):
        """(every language?, language codes) the user may perform any of `actions` in."""
        if not (user.is_active and user.is_authenticated):
            return False, set()
        if user.is_superuser:
            return True, set()
        codenames = self._get_permission_codenames(actions)
        cache_name = f"_language_policy_{self.app_label}_{self.model_name}"
        cache = getattr(user, cache_name, None)
        if cache is None:
            cache = {}
            setattr(user, cache_name, cache)
        key = frozenset(codenames)
        if key not in cache:
            cache[key] = self._compute_reach(user, codenames)
        return cache[key]

    def _compute_reach(self, user, codenames):
        content_type = self._content_type
        if user.user_permissions.filter(content_type=content_type, codename__in=codenames).exists():
            return True, set()
        languages = set()
        groups = user.groups.filter(
            permissions__content_type=content_type, permissions__codename__in=codenames
        ).distinct()
        for group in groups:
            language = translators_group_language(group)
            if language is None:
                return True, set()
            languages.add(language)
        return False, languages

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        every_language, languages = self._reach(user, actions)
        if every_language:
            return True
        return bool(languages) and self._language_of(instance) in languages

    def user_has_permission_for_locale(self, user, action, locale):
        """May the user create (or change) snippets in `locale`?"""
        every_language, languages = self._reach(user, [action])
        return every_language or (locale is not None and locale.language_code in languages)

    def instances_user_has_any_permission_for(self, user, actions):
        every_language, languages = self._reach(user, actions)
        manager = self.model._default_manager
        if every_language:
            return manager.all()
        if not languages:
            return manager.none()
        return manager.filter(locale__language_code__in=languages)

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        codenames = self._get_permission_codenames(actions)
        language = self._language_of(instance)
        # Everyone whose permission does not come from a translators' group of another
        # language: superusers, own permissions, other groups, or this language's group.
        # (Groups matched in subqueries: a user in Editors and in another language's
        # translators' group holds it through Editors.)
        holding = Group.objects.filter(
            permissions__content_type=self._content_type, permissions__codename__in=codenames
        )
        conditions = [
            Q(is_superuser=True),
            Q(
                user_permissions__content_type=self._content_type,
                user_permissions__codename__in=codenames,
            ),
            Q(groups__in=holding.exclude(name__startswith=TRANSLATORS_PREFIX)),
            Q(
                groups__in=holding.filter(
                    name__startswith=TRANSLATORS_PREFIX, name__endswith=f"({language})"
                )
            ),
        ]
        return users.filter(reduce(or_, conditions)).distinct()

    @staticmethod
    def _language_of(instance):
        locale = getattr(instance, "locale", None)
        if locale is None and getattr(instance, "locale_id", None):
            locale = Locale.objects.get(pk=instance.locale_id)
        return getattr(locale, "language_code", None)


class LanguageCheckedMixin:
    """Refuses an object the user may not `instance_action` in its language."""

    instance_action = "change"

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.instance_action, instance
        ):
            raise PermissionDenied
        return instance


class LanguageIndexView(snippet_views.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        allowed = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ANY_ACTION
        )
        return queryset.filter(pk__in=allowed.values("pk"))


class LanguageCreateView(snippet_views.CreateView):
    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission_for_locale(
            request.user, "add", self.locale
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class LanguageEditView(LanguageCheckedMixin, snippet_views.EditView):
    instance_action = "change"


class LanguageDeleteView(LanguageCheckedMixin, snippet_views.DeleteView):
    instance_action = "delete"


class TranslatableSnippetViewSet(SnippetViewSet):
    """The snippet viewset of a translatable model: each translator in their language."""

    index_view_class = LanguageIndexView
    add_view_class = LanguageCreateView
    edit_view_class = LanguageEditView
    delete_view_class = LanguageDeleteView

    def register_permissions(self):
        if policy_registry.get_by_type(self.model, fallback=False) is None:
            register_permission_policy(
                self.model, LanguagePermissionPolicy(self.model), exact_class=True
            )
        super().register_permissions()


def translatable_snippet_models():
    """The snippet models using TranslatableSnippetViewSet (given translators' rights)."""
    from wagtail.snippets.models import get_snippet_models

    return [
        model
        for model in get_snippet_models()
        if isinstance(policy_registry.get_by_type(model), LanguagePermissionPolicy)
    ]


def limit_localize_editor():
    """wagtail-localize's editor checks only the model permission of a snippet: add ours.

    Its views (the editor, and the string, override and machine translation endpoints it
    posts to) all ask `user_can_edit_instance`; wrapping it keeps a translator of one
    language out of another language's snippet translation there too.
    """
    from wagtail.models import Page
    from wagtail_localize.views import edit_translation

    original = edit_translation.user_can_edit_instance
    if getattr(original, "checks_language", False):
        return

    def user_can_edit_instance(user, instance):
        if not original(user, instance):
            return False
        if isinstance(instance, Page):
            return True
        policy = policy_registry.get_by_type(type(instance))
        return policy.user_has_permission_for_instance(user, "change", instance)

    user_can_edit_instance.checks_language = True
    edit_translation.user_can_edit_instance = user_can_edit_instance
