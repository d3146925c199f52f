import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder

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
