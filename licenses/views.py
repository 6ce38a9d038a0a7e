"""Public license pages: every license, one license's versions, one version's clauses,
and a clause-by-clause comparison of two versions."""

from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from site_config.seo import reader_meta

from .cited_by import cited_by
from .comparison import compare_clauses, summarize
from .selectors import license_with_versions, licenses_with_versions, version_with_clauses, versions_pair


def _render(request, template: str, context: dict, *, title: str, description: str = ""):
    return render(request, template, {**context, **reader_meta(request, title=title, description=description)})


def license_list(request):
    return _render(
        request,
        "licenses/license_list.html",
        {"licenses": list(licenses_with_versions())},
        title=_("Licenses"),
        description=_("The licenses our notices cite, with every version we refer to."),
    )


def license_detail(request, license_slug: str):
    license_ = license_with_versions(license_slug=license_slug)
    versions = list(license_.versions.all())
    newest = versions[-1] if versions else None
    timeline = [(version, versions[i - 1] if i else None) for i, version in enumerate(versions)]
    return _render(
        request,
        "licenses/license_detail.html",
        {"license": license_, "versions": versions, "timeline": timeline, "newest": newest},
        title=license_.name,
        description=newest.summary if newest else "",
    )


def version_detail(request, license_slug: str, version_slug: str):
    version = version_with_clauses(license_slug=license_slug, version_slug=version_slug)
    others = [other for other in version.license.versions.live().order_by("effective_date") if other.pk != version.pk]
    return _render(
        request,
        "licenses/version_detail.html",
        {
            "license": version.license,
            "version": version,
            "clauses": list(version.clauses.all()),
            "other_versions": [(other, _ordered_pair(version, other)) for other in others],
            "cited_by": cited_by(version, request),
        },
        title=version.full_name,
        description=version.summary,
    )


def _ordered_pair(one, other) -> dict:
    old, new = sorted((one, other), key=lambda version: (version.effective_date, version.pk))
    return {"license_slug": one.license.slug, "old_slug": old.slug, "new_slug": new.slug}


def version_compare(request, license_slug: str, old_slug: str, new_slug: str):
    old, new = versions_pair(license_slug=license_slug, old_slug=old_slug, new_slug=new_slug)
    if (old.effective_date, old.pk) > (new.effective_date, new.pk):
        # One address per pair: the older version always comes first.
        return redirect("licenses:compare", license_slug=license_slug, old_slug=new_slug, new_slug=old_slug)
    # The reader's language: "changed" here means what it means on the citation chips linking here.
    comparisons = compare_clauses(old.clauses.all(), new.clauses.all(), language=get_language())
    title = _("%(license)s: %(old)s compared with %(new)s") % {
        "license": old.license.name,
        "old": old.label,
        "new": new.label,
    }
    return _render(
        request,
        "licenses/version_compare.html",
        {"license": old.license, "old": old, "new": new, "comparisons": comparisons, "counts": summarize(comparisons)},
        title=title,
        description=_("What changed in the %(license)s between %(old)s and %(new)s, clause by clause.")
        % {"license": old.license.name, "old": old.label, "new": new.label},
    )
