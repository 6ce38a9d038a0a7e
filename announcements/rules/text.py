"""Text every output can carry: feeds (XML and JSON) and any other machine format.

XML 1.0 forbids the C0 control characters other than tab, line feed and carriage
return; Django's XML writer raises on them (the feed would answer 500), and
U+FFFE/U+FFFF pass that check yet still make the document ill-formed. Lone
surrogates cannot be encoded at all. Output text goes through ``xml_safe`` first.
"""

import re

_NOT_XML_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str | None) -> str:
    """``text`` without the characters XML 1.0 cannot contain ("" for None)."""
    if not text:
        return ""
    return _NOT_XML_CHARACTERS.sub("", str(text))
