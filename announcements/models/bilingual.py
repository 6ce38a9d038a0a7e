"""The base of every page type: bilingual, cached for readers, and recording translation status.

A draft may be half-translated; a published page may not (see ``languages_to_publish``).
What a page shows readers beyond its own fields is built by the read side
(``announcements.public.pages``) and reached through ``reader_context``.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone, translation
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.models import Page, PageViewRestriction
from wagtail.url_routing import RouteResult

from site_config.i18n import language_codes, language_links, native_name
from site_config.seo import PageMeta, page_meta, plain_description
from site_config.translation_status.tracking import TracksTranslations

from ..forms import BilingualPageForm, missing_translation_message
from ..panels import SiteTimePublishingPanel
from ..reader_context import CanonicalRedirect, reader_context
from ..response_cache import mark_private, public_for
from ..rich_text_links import rich_text_field_errors
from ..rules.translation_status import missing_translations


class AddressInAnotherLanguage(Exception):
    """Routing met a slug that is ``page``'s in another language (``/ja/<English slug>/``,
    where the language-neutral address or a reader's edited URL leads): answered with a
    permanent redirect to the page's address in the reader's language, never a 404."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page


class BilingualPage(TracksTranslations, Page):
    """A page whose reader-facing fields must exist in every language to be published."""

    translated_required_fields: tuple[str, ...] = ("title",)
    # Texts whose translation status is tracked (see site_config.translation_status.texts).
    translated_text_fields: tuple[str, ...] = ("title",)

    base_form_class = BilingualPageForm
    settings_panels = [SiteTimePublishingPanel(), *Page.settings_panels[1:]]

    _saving_draft_revision = False

    class Meta:
        abstract = True

    @classmethod
    def share_the_default_slug(cls) -> None:
        """Every language's address uses the default language's slug unless an editor sets
        another deliberately (Promote tab): a Japanese title must not become the /ja/
        address. wagtail-modeltranslation links each language's title to that language's
        slug; only the default language's title keeps filling in its slug. An empty
        slug_ja falls back to slug_en when the URL is built. (A plain panel, not a title
        panel with no slug to fill in: Wagtail's sync controller fails on an empty target.)"""
        default = f"title_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"
        cls.content_panels = [
            FieldPanel(panel.field_name, classname="title")
            if isinstance(panel, TitleFieldPanel) and panel.field_name != default
            else panel
            for panel in cls.content_panels
        ]

    @classmethod
    def route_children_in_one_query(cls) -> None:
        """wagtail-modeltranslation replaces ``route`` on every page model with one that
        reads *every* child to compare slugs in Python (a thousand rows under the home
        page); put back a route that asks for the one child it needs."""
        cls.route = cls.route_by_slug

    def route_by_slug(self, request, path_components):
        if not path_components:
            if self.live:
                return RouteResult(self)
            raise Http404
        child = self.child_by_slug(path_components[0])
        if child is None:
            self.refuse_slug_of_another_language(self, path_components[0])
            raise Http404
        return child.route(request, path_components[1:])

    @staticmethod
    def refuse_slug_of_another_language(parent: Page, slug: str) -> None:
        """Raise ``AddressInAnotherLanguage`` when ``slug`` is a live child's in another language."""
        others = [code for code in language_codes() if code != translation.get_language()]
        matches = Q()
        for code in others:
            matches |= Q(**{f"slug_{code}": slug})
        child = parent.get_children().live().filter(matches).first() if others else None
        if child is not None:
            raise AddressInAnotherLanguage(child.specific)

    @staticmethod
    def slug_matches(slug: str) -> Q:
        """The reader's language's slug, or the default language's where that one is empty
        (as wagtail-modeltranslation's fallback reads ``page.slug``)."""
        language, default = translation.get_language(), settings.LANGUAGE_CODE
        matches = Q(**{f"slug_{language}": slug})
        if language != default:
            empty = Q(**{f"slug_{language}__isnull": True}) | Q(**{f"slug_{language}": ""})
            matches |= empty & Q(**{f"slug_{default}": slug})
        return matches

    def child_by_slug(self, slug: str) -> Page | None:
        return self.specific_child_of(self, slug)

    @classmethod
    def specific_child_of(cls, parent: Page, slug: str) -> Page | None:
        """``parent``'s child at ``slug`` in the reader's language, as its own type
        (``parent`` need not be loaded as its own type: only its place in the tree counts)."""
        child = parent.get_children().filter(cls.slug_matches(slug)).first()
        return child.specific if child is not None else None

    def get_view_restrictions(self):
        """The restrictions on this page and its ancestors (aliases resolved to their
        source) in one query, evaluated once per instance: Wagtail's check before serving
        and ``is_restricted`` share it. Paths are materialised, so the ancestors' paths are
        known without asking the database."""
        if getattr(self, "_view_restrictions", None) is None:
            step = self.steplen
            paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
            aliased = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
            self._view_restrictions = PageViewRestriction.objects.filter(
                Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__in=aliased)
            )
        return self._view_restrictions

    def has_no_view_restrictions(self) -> None:
        """Record what the caller's own query established (no restriction on this page or
        an ancestor, and no alias among them), so serving it asks nothing more."""
        self._view_restrictions = PageViewRestriction.objects.none()

    def is_restricted(self) -> bool:
        """Whether this page or an ancestor has a view restriction."""
        return bool(self.get_view_restrictions())

    def has_expired(self) -> bool:
        """Past its expiry time, even before the scheduler has unpublished it."""
        return self.expire_at is not None and self.expire_at <= timezone.now()

    def serve(self, request, *args, **kwargs):
        if self.has_expired():
            raise Http404("This page has expired.")
        if self.is_restricted():
            return mark_private(super().serve(request, *args, **kwargs))
        try:
            response = super().serve(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()  # a query-string redirect is only known while the context is built
        except CanonicalRedirect as redirect:
            return HttpResponseRedirect(redirect.url)
        return public_for(response) if response.status_code == 200 else response

    @property
    def preview_modes(self):
        """One preview per language: an editor checks the Japanese of a draft before anything
        is published (the live /ja/ address of a draft does not exist yet)."""
        return [(code, native_name(code)) for code in language_codes()]

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in language_codes() else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            # Rendered here, while the preview's language is active; Wagtail would render it later.
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
        return response

    def serve_password_required_response(self, request, form, action_url):
        return mark_private(super().serve_password_required_response(request, form, action_url))

    def save_revision(self, *args, **kwargs):
        # A revision is a draft until it is published, whatever the live page says.
        self._saving_draft_revision = True
        try:
            # Wagtail copies ``title`` (the active language's) into the admin title every
            # listing shows: the default language's, whatever the saving editor's language.
            with translation.override(settings.LANGUAGE_CODE):
                return super().save_revision(*args, **kwargs)
        finally:
            self._saving_draft_revision = False

    def is_being_published_from_code(self) -> bool:
        """True while code (not the admin form, which checks for itself) saves this page live."""
        return (
            self.live and not self._saving_draft_revision and not getattr(self, "translations_checked_by_form", False)
        )

    def languages_to_publish(self) -> list[str]:
        """The languages every required text must be written in before this page goes live:
        all of them, or the default language alone when an editor publishes in it only for
        now (``default_language_only``, on announcements). Also called by the admin form with
        its submitted values in place of the page."""
        if getattr(self, "default_language_only", False):
            return [settings.LANGUAGE_CODE]
        return language_codes()

    def clean(self):
        super().clean()
        broken_links = rich_text_field_errors(self)
        if broken_links:
            raise ValidationError(broken_links)
        if not self.is_being_published_from_code():
            return  # drafts may be half-translated; publishing sets live before saving
        missing = missing_translations(self, self.translated_required_fields, self.languages_to_publish())
        if missing:
            raise ValidationError({name: missing_translation_message(name) for name in missing})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["language_links"] = language_links(request, page=self)
        context["seo"] = self.get_meta(request, context["language_links"])
        context.update(reader_context(self, request, meta=context["seo"]))
        return context

    def get_meta(self, request, links) -> PageMeta:
        """Canonical URL, alternates and link-preview tags; pages add their own details."""
        return page_meta(
            request,
            title=self.seo_title or self.title,
            description=plain_description(self.search_description, getattr(self, "intro", "")),
            language_links=links,
        )
