"""The page types: the announcement list (the site's home), announcements and the FAQ page.

Every page is bilingual: a draft may be half-translated, a published page may not.
What a page shows readers beyond its own fields is built by the read side
(``announcements.public.pages``) and reached through ``reader_context``.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from site_config.i18n import language_codes, language_links, language_name, native_name
from site_config.seo import PageMeta, page_meta, plain_description

from ..blocks import RICH_TEXT_FEATURES, AnnouncementBodyBlock
from ..forms import BilingualPageForm, missing_translation_message
from ..page_cache import mark_private, serve_cached
from ..panels import TRANSLATION_STATUS_PANELS
from ..reader_context import reader_context
from ..rules.notice_dates import DatePrecision, NoticeDate
from ..rules.translation_status import missing_translations
from ..translation_texts import record_translation_sources
from .snippets import Topic


class BilingualPage(Page):
    """A page whose reader-facing fields must exist in every language to be published."""

    translated_required_fields: tuple[str, ...] = ("title",)
    # Texts whose translation status is tracked (see announcements.translation_texts).
    translated_text_fields: tuple[str, ...] = ("title",)

    translation_sources = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="What each language's wording of each text was translated from (fingerprints).",
    )
    base_form_class = BilingualPageForm

    _saving_draft_revision = False

    class Meta:
        abstract = True

    @transaction.atomic
    def publish(self, *args, **kwargs):
        # One transaction for the page and everything recorded on its publication
        # (the outbox of side effects), whoever publishes: admin, schedule or code.
        return super().publish(*args, **kwargs)

    @transaction.atomic
    def unpublish(self, *args, **kwargs):
        return super().unpublish(*args, **kwargs)

    @classmethod
    def share_the_default_slug(cls) -> None:
        """Every language's address uses the default language's slug unless an editor sets
        another deliberately (Promote tab): a Japanese title must not become the /ja/
        address. wagtail-modeltranslation links each language's title to that language's
        slug; only the default language's title keeps filling in its slug. An empty
        slug_ja falls back to slug_en when the URL is built."""
        default = f"title_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"
        cls.content_panels = [
            TitleFieldPanel(panel.field_name, targets=[], classname="title")
            if isinstance(panel, TitleFieldPanel) and panel.field_name != default
            else panel
            for panel in cls.content_panels
        ]

    def is_restricted(self) -> bool:
        """Whether this page or an ancestor has a view restriction, in one query.

        Tree paths are materialised (four characters a level), so the ancestors'
        paths are known without asking the database for them.
        """
        step = self.steplen
        ancestor_paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        return PageViewRestriction.objects.filter(page__path__in=ancestor_paths).exists()

    def serve(self, request, *args, **kwargs):
        if self.is_restricted():
            return mark_private(super().serve(request, *args, **kwargs))
        return serve_cached(request, lambda: super(BilingualPage, self).serve(request, *args, **kwargs))

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
        # Every save records what each translation was made from, so an edit of one
        # language shows the others as out of date (drafts included: that is when it matters).
        # The last saved revision, not get_latest_revision_as_object(): that returns the page
        # itself (already edited in memory) when it has no unpublished changes.
        previous = type(self).objects.get(pk=self.pk).latest_revision if self.pk else None
        previous = previous.as_object() if previous is not None else None
        record_translation_sources(self, previous, confirmed=getattr(self, "translations_confirmed", ()))
        # A revision is a draft until it is published, whatever the live page says.
        self._saving_draft_revision = True
        try:
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


class AnnouncementIndexPage(BilingualPage):
    """The list of announcements, newest first. The site's home page."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    translated_text_fields = ("title", "intro")
    content_panels = [*TRANSLATION_STATUS_PANELS, *Page.content_panels, FieldPanel("intro")]
    subpage_types = ["announcements.AnnouncementPage", "announcements.FAQPage"]
    max_count = 1

    class Meta:
        verbose_name = _("announcement index")


class AnnouncementPage(BilingualPage):
    """One notice: a summary, a dated body of prose and structured concerns, and topics."""

    date = models.DateField(
        _("notice date"),
        default=timezone.localdate,
        help_text=_("The date the notice was issued, shown to readers and used to order the list."),
    )
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("Choose “Month only” when the day is not known: readers then see “July 2024”."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in lists, feeds and link previews.")
    )
    body = StreamField(AnnouncementBodyBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(Topic, blank=True, related_name="announcements", verbose_name=_("topics"))

    translated_required_fields = ("title", "summary")
    translated_text_fields = ("title", "summary")

    default_language_only = models.BooleanField(
        format_lazy(_("publish in {language} only for now"), language=language_name(settings.LANGUAGE_CODE)),
        default=False,
        help_text=_(
            "Only when the translation cannot wait for this notice: it is then left out of the other "
            "languages' lists, feeds and sitemap, and its address there says the translation is on its way."
        ),
    )
    default_language_only_reason = models.CharField(
        _("why"),
        max_length=300,
        blank=True,
        help_text=_("Required with the box above, e.g. “Security fix, translation tomorrow.”"),
    )
    # One body for every language: its blocks carry each text in every language.
    translated_block_fields = ("body",)

    content_panels = [
        *TRANSLATION_STATUS_PANELS,
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("date_precision"), FieldPanel("topics")], heading=_("Filing")),
        MultiFieldPanel(
            [FieldPanel("default_language_only"), FieldPanel("default_language_only_reason")],
            heading=_("Languages"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel(
            "updates",
            heading=_("Corrections"),
            label=_("Correction"),
            help_text=_("Add one line when you correct the page after publication. Minor fixes need none."),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["announcements.AnnouncementIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")

    def clean(self):
        super().clean()
        if self.date and self.date_precision == DatePrecision.MONTH:
            self.date = self.notice_date.start  # a month-only date is stored as the month's first day
        if self.default_language_only and not self.default_language_only_reason.strip():
            raise ValidationError({"default_language_only_reason": _("Say why it goes out in one language only.")})
        if self.is_being_published_from_code():
            self._validate_bodies()

    def awaits_translation(self, language: str) -> bool:
        """Published in the default language only, so ``language``'s readers are told it is on its way."""
        return self.default_language_only and language != settings.LANGUAGE_CODE

    def get_template(self, request, *args, **kwargs):
        if self.awaits_translation(translation.get_language()):
            return "announcements/announcement_translation_pending.html"
        return super().get_template(request, *args, **kwargs)

    @property
    def notice_date(self) -> NoticeDate:
        """The notice's date at the precision the editor knows it; every output formats it from here."""
        return NoticeDate(self.date, self.date_precision)

    def _validate_bodies(self) -> None:
        """Run the body's block validation (citations included) and require every text
        in every language, as the admin form does when an editor publishes."""
        stream_block = self._meta.get_field("body").stream_block
        try:
            stream_block.clean(self.body)
        except ValidationError as error:
            raise ValidationError({"body": error}) from None
        missing = stream_block.missing_translations(self.body, self.languages_to_publish())
        if missing is not None:
            raise ValidationError({"body": missing})

    @property
    def last_updated(self):
        """The date of the newest published correction, or None if the page was never corrected.

        This is the announcement's "last updated" date (page list, feeds). Uses
        ``updates`` prefetched by the caller when there is one.
        """
        return max((update.date for update in self.updates.all()), default=None)

    @property
    def has_corrections(self) -> bool:
        return self.last_updated is not None

    def get_meta(self, request, links) -> PageMeta:
        return page_meta(
            request,
            title=self.seo_title or self.title,
            description=plain_description(self.search_description, self.summary),
            language_links=links,
            og_type="article",
        )


class AnnouncementUpdate(Orderable):
    """A correction made after publication: its date and one line saying what changed (GOV.UK style)."""

    page = ParentalKey(AnnouncementPage, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField(_("date"), default=timezone.localdate)
    note = models.CharField(
        _("what changed"),
        max_length=300,
        help_text=_("One line readers see in the page's list of updates, e.g. “Corrected the date of version 2.”"),
    )

    panels = [FieldPanel("date"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")

    def __str__(self) -> str:
        return f"{self.date}: {self.note}"


class FAQPage(BilingualPage):
    """Every FAQ, grouped by topic, each question with its own anchor."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    translated_text_fields = ("title", "intro")
    content_panels = [*TRANSLATION_STATUS_PANELS, *Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["announcements.AnnouncementIndexPage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("FAQ page")
