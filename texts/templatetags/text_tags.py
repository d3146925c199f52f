"""The items of the adopted texts list, written in one pass."""

from html import escape

from django import template
from django.template.defaultfilters import date as format_date
from django.template.defaultfilters import filesizeformat
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core.languages import ListMarks

register = template.Library()


@register.simple_tag
def text_items(texts):
    """The ``<li>`` of each text of a page of the list (``listed_text_rows``): title, kind,
    reference, adoption date, session and a link to download its document (with its type
    and size), each text marked with its language when it is not the visitor's.

    Written here in one pass rather than as a template loop (ten tags and lookups an
    item, twenty items a page): the loop took half the time of the page's content.
    """
    marks = ListMarks()
    download = escape(gettext("Download the full text"))
    items = []
    for text in texts:
        session = f" · {marks.text(text.session, text.lang)}" if text.session else ""
        adopted = text.adoption_date
        link = f'<a href="{escape(text.url or "")}"{marks.attr(text.lang)}>{escape(text.title)}</a>'
        items.append(
            '<li class="text-item">'
            f'<h2 class="text-item__title">{link}{marks.note(text.lang)}</h2>'
            '<p class="text-item__meta">'
            f'<span class="tag">{escape(str(text.kind_label))}</span> '
            f"{marks.text(text.reference, text.lang)} · "
            f'<time datetime="{adopted.isoformat()}">{escape(format_date(adopted, "DATE_FORMAT"))}'
            f"</time>{session}</p>{document_link(text, download, marks)}</li>"
        )
    return mark_safe("\n".join(items))  # every value escaped above


def document_link(text, download, marks):
    """The paragraph linking ``text``'s document: "Download the full text (PDF, 1.2 MB)",
    the size in the visitor's language's format (Django's ``filesizeformat``); '' when
    the list shows no document for it."""
    document = text.document
    if document is None:
        return ""
    facts = [document.file_type] if document.file_type else []
    if document.size is not None:
        facts.append(str(filesizeformat(document.size)))
    facts = f" ({escape(', '.join(facts))})" if facts else ""
    reference = marks.text(text.reference, text.lang)
    return (
        '<p class="text-item__document">'
        f'<a href="{escape(document.url)}">{download}'
        f'<span class="visually-hidden">: {reference}</span></a>{facts}</p>'
    )
