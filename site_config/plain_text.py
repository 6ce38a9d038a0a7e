"""Text without markup, from any stored HTML, in one linear pass, never an error.

What Django's ``strip_tags`` gives (a tag is ``<`` and a letter, ``/``, ``!`` or ``?``
up to the next ``>``; entities are left as written; a ``<`` that opens no tag is text),
without its cost: the standard library's HTML parser behind it is quadratic in the number
of entities and unclosed tags (40,000 ``&lt;`` in one paragraph took 1.5 s per call and
made a publish take seconds), and it refuses input with many unclosed tags
(``"<a" * 50``) with ``SuspiciousOperation``, a 400 for the page that shows it.
"""

import re
from html import unescape

_TAG_START = re.compile(r"<[A-Za-z/!?]")


def plain_text(html) -> str:
    """``html`` without its tags."""
    value = str(html or "")
    pieces, position = [], 0
    while (tag := _TAG_START.search(value, position)) is not None:
        end = value.find(">", tag.end())
        if end == -1:
            break  # no tag closes after this point: the rest is text
        pieces.append(value[position : tag.start()])
        position = end + 1
    pieces.append(value[position:])
    return "".join(pieces)


# Where one block of text ends and the next begins: a space keeps "<p>a</p><p>b</p>" two words.
_BLOCK_END = re.compile(r"</(?:p|h\d|li|blockquote)>|<(?:br|hr)\s*/?>", re.IGNORECASE)


def indexable_text(html) -> str:
    """Rich text as readers read its words, for search: tags removed with a space after
    each block, entities decoded, runs of white space made one (Wagtail's
    ``get_text_for_indexing``, in linear time)."""
    spaced = _BLOCK_END.sub(lambda end: end.group(0) + " ", str(html or ""))
    return " ".join(unescape(plain_text(spaced)).split())
