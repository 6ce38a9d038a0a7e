"""sitemap.xml entries for the license pages in both languages (see announcements.public.sitemap)."""

from django.urls import reverse

from site_config.sitemaps import BilingualSitemap

from .models import License, LicenseVersion


class LicenseSitemap(BilingualSitemap):
    """The license list, each license, each version and each comparison of a version with
    the one it supersedes."""

    def items(self):
        items = [("licenses:license_list", {})]
        for license_ in License.objects.order_by("slug"):
            items.append(("licenses:license_detail", {"license_slug": license_.slug}))
        versions = (
            LicenseVersion.objects.live()
            .select_related("license", "supersedes")
            .order_by("license__slug", "effective_date")
        )
        for version in versions:
            kwargs = {"license_slug": version.license.slug}
            items.append(("licenses:version_detail", {**kwargs, "version_slug": version.slug}))
            if version.supersedes is not None and version.supersedes.live:
                items.append(
                    ("licenses:compare", {**kwargs, "old_slug": version.supersedes.slug, "new_slug": version.slug})
                )
        return items

    def location(self, item):
        name, kwargs = item
        return reverse(name, kwargs=kwargs)
