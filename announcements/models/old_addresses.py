"""A live page's old address keeps working in every language after its slug changes.

Wagtail's redirects app makes the redirect for the active language only: with one slug
per language, an editor who changed the Japanese slug left ``/ja/<old slug>/`` a 404
while the sitemap, feeds and readers' bookmarks still had it. Here each language's
address before a save is compared with the one after, and every one that moved becomes a
permanent redirect to the page (Wagtail's ``Redirect``, so editors see and manage them).
"""

from django.db.models.signals import post_save, pre_save
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from site_config.i18n import language_codes


def addresses(page) -> dict[str, tuple[int, str]]:
    """``{language: (site id, path)}`` of ``page`` as its row stands."""
    found = {}
    for code in language_codes():
        with translation.override(code):
            parts = page.get_url_parts()
        if parts is not None and parts[2]:
            found[code] = (parts[0], Redirect.normalise_path(parts[2]))
    return found


def remember_live_addresses(sender, instance, update_fields=None, **kwargs) -> None:
    if instance.pk is None or (update_fields is not None and not any(f.startswith("slug") for f in update_fields)):
        return
    before = type(instance).objects.filter(pk=instance.pk, live=True).defer_streamfields().first()
    instance._addresses_before = addresses(before) if before is not None else {}


def redirect_old_addresses(sender, instance, **kwargs) -> None:
    before = instance.__dict__.pop("_addresses_before", None)
    if not before or not instance.live:
        return
    after = addresses(instance)
    if after == before:
        return
    for site_id, path in after.values():
        # A page back at an address it once left: that address is its own again.
        Redirect.objects.filter(site_id=site_id, old_path=path, redirect_page=instance).delete()
    for code, (site_id, old_path) in before.items():
        if after.get(code) != (site_id, old_path):
            Redirect.objects.update_or_create(
                site_id=site_id,
                old_path=old_path,
                defaults={"redirect_page": instance, "is_permanent": True, "automatically_created": True},
            )


def connect(page_models) -> None:
    for model in page_models:
        uid = f"old-addresses-{model._meta.label_lower}"
        pre_save.connect(remember_live_addresses, sender=model, dispatch_uid=f"{uid}-before")
        post_save.connect(redirect_old_addresses, sender=model, dispatch_uid=f"{uid}-after")
