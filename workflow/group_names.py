"""The names of the translators' groups, one per language: "Translators: French (fr)"."""

from django.utils.translation import get_language_info

TRANSLATORS_PREFIX = "Translators: "


def translators_group_name(language_code):
    return f"{TRANSLATORS_PREFIX}{get_language_info(language_code)['name']} ({language_code})"


def translators_group_language(group):
    """The language code of a translators' group, or None for any other group."""
    if not group.name.startswith(TRANSLATORS_PREFIX) or not group.name.endswith(")"):
        return None
    return group.name.rsplit("(", 1)[1].rstrip(")")
