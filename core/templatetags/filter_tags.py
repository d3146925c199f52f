"""The options of the listings' filter selects, rendered in one pass.

A select of the practice filters holds up to a hundred options; rendered by a template
loop, each costs an ``if``, a comparison and three lookups, and the four selects of the
practice database took more time than the rest of its page. ``select_options`` writes
the same ``<option>`` elements directly, escaped; ``filter_select`` the whole labelled
select of one facet.
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


@register.simple_tag
def filter_select(name, label, all_label, choices, selected=""):
    """One facet of a listing's filters: a labelled ``<select>`` named ``name``, its first
    option ``all_label`` (no filter), then ``choices`` (``select_options``)."""
    name = conditional_escape(name)
    return mark_safe(  # every value escaped
        '<div class="filters__field">'
        f'<label for="filter-{name}">{conditional_escape(label)}</label>'
        f'<select id="filter-{name}" name="{name}">'
        f'<option value="">{conditional_escape(all_label)}</option>'
        f"{select_options(choices, selected)}</select></div>"
    )
