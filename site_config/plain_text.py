"""Text without markup, from any stored HTML, never an error.

Django's ``strip_tags`` raises ``SuspiciousOperation`` on input with many unclosed tags
(``"<a" * 50``), which Django turns into a 400 answer: one summary written that way took
its page down in both languages. ``plain_text`` gives what ``strip_tags`` gives and, where
it refuses, removes complete tags and then any stray angle bracket in one linear pass
each (the standard library's HTML parser takes minutes on such input).
"""

import re

from django.core.exceptions import SuspiciousOperation
from django.utils.html import strip_tags

_TAG = re.compile(r"<[^<>]*>")
_STRAY_BRACKET = re.compile(r"[<>]")


def plain_text(html) -> str:
    """``html`` without its tags (entities left as written, as ``strip_tags`` does)."""
    value = str(html or "")
    try:
        return strip_tags(value)
    except SuspiciousOperation:
        return _STRAY_BRACKET.sub("", _TAG.sub("", value))
