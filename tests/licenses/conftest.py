"""Two versions of a license, as the license pages show and compare them."""

import pytest

from licenses.factories import LicenseClauseFactory, LicenseVersionFactory, successor_version


@pytest.fixture
def versions(db):
    """Version 1 and version 2, which supersedes it: "commercial-use" reworded in both
    languages, "derivative-works" and "revocation" kept, "usage-cap" dropped and
    "enterprise-license" added."""
    v1 = LicenseVersionFactory(clauses=["derivative-works", "commercial-use", "usage-cap", "revocation"])
    commercial_use = v1.clauses.get(key="commercial-use")
    edits = {"text_en": "Free below $1 million a year.", "text_ja": "年間100万ドル未満は無料です。"}
    v2 = successor_version(v1, edits={commercial_use.key: edits}, dropped=["usage-cap"])
    LicenseClauseFactory(version=v2, key="enterprise-license", sort_order=9)
    return {"v1": v1, "v2": v2}
