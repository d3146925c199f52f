"""The options of the listings' filter selects, rendered in one pass.

A select of the practice filters holds up to a hundred options; rendered by a template
loop, each costs an ``if``, a comparison and three lookups, and the four selects of the
practice database took more time than the rest of its page. ``select_options`` writes
the same ``<option>`` elements directly, escaped.
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def select_options(choices, selected=""):
    """``<option>`` elements for ``choices``, marking ``selected``.

    Each choice is (value, label), (value, label, count) shown as "label (count)", or a
    single value that is its own label (years). Values are compared as text, so a year
    chosen as 2015 and offered as "2015" is the same.
    """
    selected = "" if selected is None else str(selected)
    options = []
    for choice in choices:
        if isinstance(choice, (tuple, list)):
            value, label, *count = choice
            if count:
                label = f"{label} ({count[0]})"
        else:
            value = label = choice
        value = str(value)
        mark = " selected" if selected and value == selected else ""
        value, label = conditional_escape(value), conditional_escape(label)
        options.append(f'<option value="{value}"{mark}>{label}</option>')
    return mark_safe("".join(options))  # each value and label escaped above
