"""The items of the practices list, written in one pass; a practice's participant link."""

from html import escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core.languages import ListMarks
from core.links import page_link

register = template.Library()


def years(practice):
    """ " · 2015–2019", " · since 2015", or ''."""
    if not practice.start_year:
        return ""
    if practice.end_year:
        return f" · {practice.start_year}–{practice.end_year}"
    return " · " + escape(gettext("since %(year)s") % {"year": practice.start_year})


@register.simple_tag
def practice_items(practices):
    """The ``<li>`` of each practice of a page of the list (``ListedPractice``): title,
    participant, country, years, type, summary and themes, each text marked with its
    language when it is not the visitor's.

    Written here in one pass rather than as a template loop, whose twenty-odd tags and
    lookups an item took a third of the page's time.
    """
    marks = ListMarks()
    themes_label = escape(gettext("Themes:"))
    items = []
    for practice in practices:
        lang = marks.attr(practice.lang)
        participant = ""
        if practice.participant_title:
            participant = marks.text(practice.participant_title, practice.participant_lang) + ", "
        kind = f" · {escape(str(practice.type_label))}" if practice.practice_type else ""
        themes = ""
        if practice.themes:
            names = ", ".join(marks.text(theme.name, theme.lang) for theme in practice.themes)
            themes = (
                '<p class="practice-list__themes">'
                f'<span class="visually-hidden">{themes_label} </span>{names}</p>'
            )
        items.append(
            '<li class="practice-list__item">'
            f'<h3><a href="{escape(practice.url)}"{lang}>{escape(practice.title)}</a>'
            f"{marks.note(practice.lang)}</h3>"
            '<p class="practice-list__meta">'
            f"{participant}{escape(practice.country_name)}{years(practice)}{kind}</p>"
            f"<p{lang}>{escape(practice.summary)}</p>"
            f"{themes}</li>"
        )
    return mark_safe("\n".join(items))  # every value escaped above


@register.simple_tag(takes_context=True)
def participant_link(context, practice):
    """The link to ``practice``'s participant in the practice's language
    (``PracticePage.localized_participant``), or None: ``.url`` and ``.title``, the title
    marked against the practice's text; found once per content generation (core/links.py).
    """
    parts = [practice.participant_id, practice.locale_id]
    request = context.get("request")
    return page_link(
        request,
        "practice-participant",
        parts,
        practice.localized_participant,
        practice.main_language,
    )
