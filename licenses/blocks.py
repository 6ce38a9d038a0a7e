"""Chooser blocks for license versions and clauses that load what a citation shows.

Wagtail's chooser blocks fetch the chosen rows in one query per block type; these
also join the rows a citation renders (license, newer version), so a page with many
citations costs the same few queries as a page with one.
"""

import copy

from wagtail.snippets.blocks import SnippetChooserBlock

from .choosers import LicenseClauseChooserBlock
from .models import LicenseClause, LicenseVersion


def _in_bulk_keeping_order(queryset, values):
    objects = queryset.in_bulk([value for value in values if value is not None])
    seen, result = set(), []
    for value in values:
        obj = objects.get(value)
        if obj is not None and value in seen:
            obj = copy.copy(obj)
        seen.add(value)
        result.append(obj)
    return result


class LicenseVersionChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__(LicenseVersion, **kwargs)

    def bulk_to_python(self, values):
        queryset = LicenseVersion.objects.select_related("license", "superseded_by")
        return _in_bulk_keeping_order(queryset, values)


class ClauseChooserBlock(LicenseClauseChooserBlock):
    def bulk_to_python(self, values):
        return _in_bulk_keeping_order(LicenseClause.objects.select_related("version__license"), values)
