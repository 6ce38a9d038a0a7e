from django import template

from site_config.i18n import language_name

from ..approval import translations_to_confirm as _translations_to_confirm

register = template.Library()


@register.simple_tag
def translations_to_confirm(obj) -> list[tuple[str, list[str]]]:
    """What approving ``obj`` would confirm: (language name, text labels) pairs."""
    return [(language_name(code), labels) for code, labels in _translations_to_confirm(obj).items()]
