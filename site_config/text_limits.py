"""How long one text may be: every text is rendered, diffed, searched and indexed for
every reader, so one text's cost is bounded where it is saved, with a message that says
the limit (a text of 60,000 ``<`` once made publishing take longer than a worker lives).

The limits are far above what a notice needs: a summary is a sentence or two, a clause
or a rich-text block a few paragraphs.
"""

from django.core.validators import MaxLengthValidator
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

SUMMARY_CHARACTERS = 2_000
PLAIN_TEXT_CHARACTERS = 20_000
RICH_TEXT_HTML_CHARACTERS = 20_000


@deconstructible
class RichTextLengthValidator(MaxLengthValidator):
    """Counts the stored HTML (markup and entities included), which is what costs."""

    message = _(
        "This text is too long: with its formatting it has %(show_value)d characters, and at most "
        "%(limit_value)d are allowed. Split it into shorter paragraphs or blocks."
    )

    def clean(self, value):
        return len(str(getattr(value, "source", value) or ""))


def summary_length():
    return MaxLengthValidator(SUMMARY_CHARACTERS)


def plain_text_length():
    return MaxLengthValidator(PLAIN_TEXT_CHARACTERS)


def rich_text_length():
    return RichTextLengthValidator(RICH_TEXT_HTML_CHARACTERS)
