"""Revision comparisons of blocks whose stored value is not what an editor reads.

Wagtail compares a block it has no comparison for by its stored form: a choice shows as
its key ("license_clause"), nothing chosen as "None". These blocks are compared as the
editor reads them: a choice by its label, a chosen item by its name, nothing as nothing.
"""

from django.utils.html import escape
from wagtail import blocks
from wagtail.admin.compare import BlockComparison, diff_text


class ReadableValueComparison(BlockComparison):
    def readable(self, value) -> str:
        return self.block.readable_value(value)

    def htmlvalue(self, val):
        return escape(self.readable(val))

    def htmldiff(self):
        return diff_text(self.readable(self.val_a), self.readable(self.val_b)).to_html()


class ComparedAsRead:
    """For a block class: revisions compare ``readable_value(value)``."""

    def get_comparison_class(self):
        return ReadableValueComparison

    def readable_value(self, value) -> str:
        return "" if value is None else str(value)


class LabelledChoiceBlock(ComparedAsRead, blocks.ChoiceBlock):
    def readable_value(self, value) -> str:
        return str(dict(self.field.choices).get(value, value or ""))
