from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AnnouncementsConfig(AppConfig):
    name = "announcements"
    verbose_name = _("Announcements")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The one upward wiring of the layers (see reader_context and licenses.cited_by):
        # the read side registers what each page type shows readers and how license
        # pages link to FAQs. Imported here because it needs the models loaded.
        from .public import citing, pages  # noqa: F401
        from .roles import grant_role_permissions, refresh_translation_work, submit_snippets_for_approval

        self.prepare_bilingual_pages()
        # After every app's migrations: the last app's signal comes once every permission exists.
        post_migrate.connect(grant_role_permissions, dispatch_uid="announcements-role-permissions")
        post_migrate.connect(submit_snippets_for_approval, dispatch_uid="announcements-snippet-workflow")
        # Once per migrate, not once per app: it reads only what migrate applied.
        post_migrate.connect(refresh_translation_work, sender=self, dispatch_uid="announcements-translation-work")

    def prepare_bilingual_pages(self) -> None:
        # After wagtail-modeltranslation (listed earlier, so ready first) has made each
        # language's title panel fill in that language's slug: one shared slug, routing in
        # one query, and every language's old address redirecting after a slug change.
        from .models import BilingualPage, old_addresses
        from .models.slugs import check_slugs_in_the_database

        check_slugs_in_the_database()

        bilingual_pages = [model for model in self.get_models() if issubclass(model, BilingualPage)]
        for model in bilingual_pages:
            model.share_the_default_slug()
            model.route_children_in_one_query()
        old_addresses.connect(bilingual_pages)
