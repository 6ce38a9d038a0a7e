"""Public license pages: every license, one license's versions, one version's clauses."""

from django.shortcuts import render

from site_config.i18n import language_links

from .selectors import license_with_versions, licenses_with_versions, version_with_clauses


def license_list(request):
    return render(
        request,
        "licenses/license_list.html",
        {"licenses": list(licenses_with_versions()), "language_links": language_links(request)},
    )


def license_detail(request, license_slug: str):
    license_ = license_with_versions(license_slug=license_slug)
    return render(
        request,
        "licenses/license_detail.html",
        {"license": license_, "versions": list(license_.versions.all()), "language_links": language_links(request)},
    )


def version_detail(request, license_slug: str, version_slug: str):
    version = version_with_clauses(license_slug=license_slug, version_slug=version_slug)
    return render(
        request,
        "licenses/version_detail.html",
        {
            "license": version.license,
            "version": version,
            "clauses": list(version.clauses.all()),
            "language_links": language_links(request),
        },
    )
