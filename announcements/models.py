"""Announcement pages, the index that lists them, topics and FAQs."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from site_config.i18n import language_links
from site_config.seo import PageMeta, page_meta, plain_description

from .blocks import RICH_TEXT_FEATURES, AnnouncementBodyBlock
from .forms import BilingualPageForm, missing_translation_message
from .notice_dates import DatePrecision, NoticeDate
from .page_cache import mark_private, serve_cached
from .translation_status import missing_translations


class Topic(models.Model):
    """A subject announcements and FAQs are filed under, e.g. Licensing."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=60, unique=True, help_text=_("Used in web addresses and feeds."))
    sort_order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first, in every language and list.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        # Not by name: names differ per language, and both languages list topics alike.
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.name


class BilingualPage(Page):
    """A page whose reader-facing fields must exist in every language to be published."""

    translated_required_fields: tuple[str, ...] = ("title",)
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

    def serve_password_required_response(self, request, form, action_url):
        return mark_private(super().serve_password_required_response(request, form, action_url))

    def save_revision(self, *args, **kwargs):
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

    def clean(self):
        super().clean()
        if not self.is_being_published_from_code():
            return  # drafts may be half-translated; publishing sets live before saving
        missing = missing_translations(self, self.translated_required_fields)
        if missing:
            raise ValidationError({name: missing_translation_message(name) for name in missing})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["language_links"] = language_links(request, page=self)
        context["seo"] = self.get_meta(request, context["language_links"])
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

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["announcements.AnnouncementPage", "announcements.FAQPage"]
    max_count = 1

    class Meta:
        verbose_name = _("announcement index")

    def get_context(self, request, *args, **kwargs):
        from .listing import announcement_listing
        from .selectors import public_faq_page

        context = super().get_context(request, *args, **kwargs)
        context.update(announcement_listing(request, index=self))
        context["faq_page"] = public_faq_page()
        return context


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

    translated_required_fields = ("title", "summary", "body")

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("date_precision"), FieldPanel("topics")], heading=_("Filing")),
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
        if self.is_being_published_from_code():
            self._validate_bodies()

    @property
    def notice_date(self) -> NoticeDate:
        """The notice's date at the precision the editor knows it; every output formats it from here."""
        return NoticeDate(self.date, self.date_precision)

    def _validate_bodies(self) -> None:
        """Run the body's block validation (citations included), as the admin form does."""
        errors = {}
        for code, _name in settings.LANGUAGES:
            field_name = f"body_{code}"
            try:
                self._meta.get_field(field_name).stream_block.clean(getattr(self, field_name))
            except ValidationError as error:
                errors[field_name] = error
        if errors:
            raise ValidationError(errors)

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

    def get_context(self, request, *args, **kwargs):
        from .reading import announcement_context

        context = super().get_context(request, *args, **kwargs)
        context.update(announcement_context(request, page=self, meta=context["seo"]))
        return context

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


class FAQ(index.Indexed, models.Model):
    """A question readers ask, answered in both languages, optionally citing a license clause."""

    question = models.CharField(_("question"), max_length=300)
    answer = RichTextField(_("answer"), features=RICH_TEXT_FEATURES)
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="faqs", verbose_name=_("topic"))
    sort_order = models.PositiveIntegerField(_("order"), default=0, help_text=_("Lower numbers come first."))
    slug = models.SlugField(
        _("anchor"), max_length=80, unique=True, help_text=_("The question's permanent anchor on the FAQ page.")
    )
    cited_version = models.ForeignKey(
        "licenses.LicenseVersion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cited license version"),
    )
    cited_clause = models.ForeignKey(
        "licenses.LicenseClause",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cited clause"),
        help_text=_("A clause of the cited version."),
    )

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        MultiFieldPanel([FieldPanel("topic"), FieldPanel("sort_order"), FieldPanel("slug")], heading=_("Filing")),
        MultiFieldPanel([FieldPanel("cited_version"), FieldPanel("cited_clause")], heading=_("Citation")),
    ]
    search_fields = [index.SearchField("question"), index.SearchField("answer"), index.FilterField("topic")]

    class Meta:
        verbose_name = _("FAQ")
        verbose_name_plural = _("FAQs")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.question

    @classmethod
    def cited_by_links(cls, faqs, request) -> list[tuple]:
        """(faq, question, link to its anchor on the public FAQ page) for the "cited by" lists
        of license pages; nothing while no FAQ page is public. Two queries for any number."""
        from .selectors import public_faq_page

        faqs = list(faqs)
        page = public_faq_page() if faqs else None
        if page is None:
            return []
        url = page.get_url(request=request)
        return [(faq, faq.question, f"{url}#{faq.slug}") for faq in faqs]

    def clean(self):
        super().clean()
        if self.cited_clause_id is None:
            return
        if self.cited_version_id is None:
            raise ValidationError({"cited_version": _("Choose the license version this clause belongs to.")})
        if self.cited_clause.version_id != self.cited_version_id:
            raise ValidationError(
                {
                    "cited_clause": _("This clause belongs to “%(other)s”. Choose a clause of “%(version)s”.")
                    % {"other": self.cited_clause.version.label, "version": self.cited_version.label}
                }
            )


class FAQPage(BilingualPage):
    """Every FAQ, grouped by topic, each question with its own anchor."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["announcements.AnnouncementIndexPage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("FAQ page")

    def get_context(self, request, *args, **kwargs):
        from .reading import faq_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(faq_page_context(request, page=self, meta=context["seo"]))
        return context
