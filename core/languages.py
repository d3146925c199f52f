"""Languages as visitors meet them: each one's own name, and the language a page's text
is in."""

from django.utils.text import capfirst
from django.utils.translation import get_language_info


def own_name(code):
    """The language's name in itself, as it is written at the start of a list item: the
    name Django knows (config/settings/languages.py corrects it where it is wrong), its
    first letter a capital ("Français", "Čeština", "Deutsch"). The language switcher's
    names, one rule for all."""
    return capfirst(get_language_info(code)["name_local"])
