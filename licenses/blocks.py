"""Chooser blocks for license versions and clauses that load what a citation shows.

Wagtail's chooser blocks fetch the chosen rows in one query per block type; these
also join the rows a citation renders (license, newer version), so a page with many
citations costs the same few queries as a page with one.
"""

import copy
from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.functional import cached_property
from wagtail.snippets.blocks import SnippetChooserBlock

from site_config.admin_language import SnippetChooser
from site_config.block_comparison import ComparedAsRead

from .choosers import LicenseClauseChooserBlock
from .models import LicenseClause, LicenseVersion

# Rows loaded ahead for every citation of a body, whatever block type holds it (see
# ``citations_preloaded``): {"versions": {pk: version}, "clauses": {pk: clause}}.
_preloaded: ContextVar[dict | None] = ContextVar("preloaded_citations", default=None)


@contextmanager
def citations_preloaded(version_ids: Iterable[int], clause_ids: Iterable[int]):
    """Load every cited clause (with its version, license and successor) and every cited
    version in one query, or two when a version is cited without a clause, for the chooser
    blocks converted inside the block. Wagtail converts each block type on its own: a
    body with resolved and remaining concerns would otherwise cost two queries each."""
    clauses = LicenseClause.objects.select_related("version__license", "version__superseded_by").in_bulk(
        set(clause_ids)
    )
    versions = {clause.version_id: clause.version for clause in clauses.values()}
    missing = set(version_ids) - set(versions)
    if missing:
        versions.update(LicenseVersion.objects.select_related("license", "superseded_by").in_bulk(missing))
    token = _preloaded.set({"versions": versions, "clauses": clauses})
    try:
        yield
    finally:
        _preloaded.reset(token)


def _in_bulk_keeping_order(queryset, values, preloaded_kind: str):
    wanted = [value for value in values if value is not None]
    preloaded = (_preloaded.get() or {}).get(preloaded_kind, {})
    objects = preloaded if all(value in preloaded for value in wanted) else queryset.in_bulk(wanted)
    seen, result = set(), []
    for value in values:
        obj = objects.get(value)
        if obj is not None and value in seen:
            obj = copy.copy(obj)
        seen.add(value)
        result.append(obj)
    return result


class LicenseVersionChooserBlock(ComparedAsRead, SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__(LicenseVersion, **kwargs)

    @cached_property
    def widget(self):
        super().widget  # noqa: B018  Wagtail picks up the snippet's icon there
        return SnippetChooser(self.target_model, icon=self.meta.icon)  # its texts in the editor's language

    def bulk_to_python(self, values):
        queryset = LicenseVersion.objects.select_related("license", "superseded_by")
        return _in_bulk_keeping_order(queryset, values, "versions")


class ClauseChooserBlock(ComparedAsRead, LicenseClauseChooserBlock):
    def bulk_to_python(self, values):
        return _in_bulk_keeping_order(LicenseClause.objects.select_related("version__license"), values, "clauses")
