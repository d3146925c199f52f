import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.models import WorkflowState

from workflow.machine_translation import is_unavailable_for

register = template.Library()


@register.simple_tag
def machine_translation_unavailable(language_code):
    return is_unavailable_for(language_code)


@register.filter
def without_convert_to_alias(props):
    """The translation editor's props without its "Convert to alias page" action."""
    data = json.loads(props)
    data.get("links", {})["convertToAliasUrl"] = None
    return json.dumps(data, cls=DjangoJSONEncoder)


@register.simple_tag
def translation_review(page, translation):
    """Where a page's translation stands, for wagtail-localize's editor: ``in_review``
    (waiting for a moderator), ``sent_back`` with the moderator's ``comment``, and
    ``source_changed`` (the English page was published after the text in the editor was
    taken from it: "Take in the English changes")."""
    state = page.current_workflow_state
    task_state = state.current_task_state if state is not None else None
    sent_back = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    source = translation.source.get_source_instance()
    published = getattr(source, "last_published_at", None)
    return {
        "in_review": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "sent_back": sent_back,
        "comment": task_state.get_comment() if sent_back and task_state else "",
        "source_changed": bool(published and published > translation.source.last_updated_at),
    }
