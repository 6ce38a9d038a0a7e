"""Test data for licenses (factory_boy): a license, its dated versions and their clauses, and
the values of the chooser blocks that cite them (wagtail-factories).

Dev-only (factory_boy and wagtail-factories are in requirements-dev.txt): tests import this
module, the site never does.
Every text exists in English and Japanese, and what is created is validated as the admin
would validate it (``full_clean``), so a factory cannot make what an editor could not.

    v1 = LicenseVersionFactory(clauses=["derivative-works", "revocation"])
    v2 = successor_version(v1, edits={"revocation": {"text_en": "Revocable only for breach."}})
"""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .blocks import ClauseChooserBlock, LicenseVersionChooserBlock
from .models import License, LicenseClause, LicenseVersion

FIRST_EFFECTIVE_DATE = datetime.date(2024, 6, 12)
CLAUSE_TEXT_FIELDS = ("heading_en", "heading_ja", "text_en", "text_ja")


class ValidatedModelFactory(DjangoModelFactory):
    """Creates objects that pass ``full_clean``, like the admin's forms."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        instance = model_class(*args, **kwargs)
        instance.full_clean()
        instance.save()
        return instance


class LicenseFactory(ValidatedModelFactory):
    class Meta:
        model = License

    slug = factory.Sequence(lambda n: f"license-{n}")
    name_en = factory.Sequence(lambda n: f"Example Community License {n}")
    name_ja = factory.Sequence(lambda n: f"サンプルコミュニティライセンス{n}")
    licensor = "Example Labs"


class LicenseClauseFactory(ValidatedModelFactory):
    class Meta:
        model = LicenseClause

    version = factory.SubFactory("licenses.factories.LicenseVersionFactory")
    key = factory.Sequence(lambda n: f"clause-{n}")
    sort_order = factory.Sequence(int)
    heading_en = factory.LazyAttribute(lambda clause: clause.key.replace("-", " ").capitalize())
    heading_ja = factory.LazyAttribute(lambda clause: f"条項「{clause.key}」")
    text_en = factory.LazyAttribute(lambda clause: f"What the {clause.key} clause says.")
    text_ja = factory.LazyAttribute(lambda clause: f"{clause.key}条項の内容です。")


class LicenseVersionFactory(ValidatedModelFactory):
    """A version of a license, numbered after the license's other versions ("v2", "version 2", "第2版").

    ``supersedes=v1`` makes it the next version of v1's license, taking effect after v1;
    ``clauses=["key", ...]`` gives it one clause per key, in that order.
    """

    class Meta:
        model = LicenseVersion

    class Params:
        number = factory.LazyAttribute(lambda version: version.license.versions.count() + 1)

    supersedes = None
    license = factory.Maybe(
        "supersedes",
        yes_declaration=factory.SelfAttribute("supersedes.license"),
        no_declaration=factory.SubFactory(LicenseFactory),
    )
    slug = factory.LazyAttribute(lambda version: f"v{version.number}")
    label_en = factory.LazyAttribute(lambda version: f"version {version.number}")
    label_ja = factory.LazyAttribute(lambda version: f"第{version.number}版")
    effective_date = factory.Maybe(
        "supersedes",
        yes_declaration=factory.LazyAttribute(
            lambda version: version.supersedes.effective_date + datetime.timedelta(days=30)
        ),
        no_declaration=FIRST_EFFECTIVE_DATE,
    )
    summary_en = factory.LazyAttribute(lambda version: f"What changed in {version.label_en}.")
    summary_ja = factory.LazyAttribute(lambda version: f"{version.label_ja}の変更点です。")

    @factory.post_generation
    def clauses(version, create, keys, **fields):
        if create and keys:
            for order, key in enumerate(keys):
                LicenseClauseFactory(version=version, key=key, sort_order=order, **fields)


class LicenseVersionChooserBlockFactory(wagtail_factories.blocks.ChooserBlockFactory):
    """The value of a license-version chooser block: a version, new unless given."""

    class Meta:
        model = LicenseVersionChooserBlock

    version = factory.SubFactory(LicenseVersionFactory)

    @classmethod
    def _build(cls, model_class, version):
        return version

    _create = _build


class ClauseChooserBlockFactory(wagtail_factories.blocks.ChooserBlockFactory):
    """The value of a clause chooser block: a clause, new unless given."""

    class Meta:
        model = ClauseChooserBlock

    clause = factory.SubFactory(LicenseClauseFactory)

    @classmethod
    def _build(cls, model_class, clause):
        return clause

    _create = _build


def successor_version(
    previous: LicenseVersion, *, edits: dict[str, dict[str, str]] | None = None, dropped=(), **fields
) -> LicenseVersion:
    """The next version of ``previous``'s license, superseding it: ``previous``'s clauses, less the
    ``dropped`` keys, with ``edits`` ({key: {"text_en": ...}}) applied."""
    edits = edits or {}
    version = LicenseVersionFactory(supersedes=previous, **fields)
    for clause in previous.clauses.order_by("sort_order", "pk"):
        if clause.key in dropped:
            continue
        texts = {name: getattr(clause, name) for name in CLAUSE_TEXT_FIELDS} | edits.get(clause.key, {})
        LicenseClauseFactory(version=version, key=clause.key, sort_order=clause.sort_order, **texts)
    return version
