from django import template

from workflow.machine_translation import is_unavailable_for

register = template.Library()


@register.simple_tag
def machine_translation_unavailable(language_code):
    return is_unavailable_for(language_code)
