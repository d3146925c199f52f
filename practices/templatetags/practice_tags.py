"""The items of the practices list, written in one pass; a practice's participant link;
the home page's latest practices."""

from html import escape

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from core import generation
from core.chrome import active_locale
from core.languages import ListMarks, text_language
from core.links import page_link
from core.page_urls import UrlsBelow
from core.renditions import card_picture_html, listed_images
from core.visibility import private_q
from practices.models import PracticePage

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
        picture = card_picture_html(practice.image, practice.image_alt)
        items.append(
            f'<li class="practice-list__item">{picture}'
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


FEATURED_COUNT = 3


@register.simple_tag(takes_context=True)
def featured_practices(context, count=FEATURED_COUNT):
    """The home page's ``count`` latest practices of the active language, as cards with
    their pictures: three queries, built once per content generation."""
    request = context.get("request")

    def build():
        locale = active_locale(request)
        if locale is None:
            return ""
        rows = list(
            PracticePage.objects.live()
            .exclude(private_q())
            .filter(locale=locale)
            .annotate(lang=text_language())
            .order_by("-first_published_at", "-pk")
            .values("pk", "url_path", "title", "summary", "lang")[:count]
        )
        images = listed_images(PracticePage.objects.filter(pk__in=[row["pk"] for row in rows]))
        urls = UrlsBelow.home(request)
        items = [
            {**row, "url": urls(row["pk"], row["url_path"]), "image": images.get(row["pk"])}
            for row in rows
        ]
        # The database's address from its practices' (their parent's url_path): no query.
        index_url = urls(None, items[0]["url_path"].rsplit("/", 2)[0] + "/") if items else None
        return render_to_string(
            "practices/components/featured.html",
            {"items": items, "index_url": index_url},
            request=request,
        )

    return generation.cached(request, "featured-practices", [get_language(), count], build)
