"""Announcement pages, the index that lists them, topics and FAQs."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from site_config.i18n import language_links

from .blocks import RICH_TEXT_FEATURES, AnnouncementBodyBlock
from .forms import BilingualPageForm, missing_translation_message
from .translation_status import missing_translations


class Topic(models.Model):
    """A subject announcements and FAQs are filed under, e.g. Licensing."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=60, unique=True, help_text=_("Used in web addresses and feeds."))

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class BilingualPage(Page):
    """A page whose reader-facing fields must exist in every language to be published."""

    translated_required_fields: tuple[str, ...] = ("title",)
    base_form_class = BilingualPageForm

    _saving_draft_revision = False

    class Meta:
        abstract = True

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
        return context


class AnnouncementIndexPage(BilingualPage):
    """The list of announcements, newest first. The site's home page."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["announcements.AnnouncementPage", "announcements.FAQPage"]
    max_count = 1

    class Meta:
        verbose_name = _("announcement index")

    def get_context(self, request, *args, **kwargs):
        from .selectors import public_announcements, public_faq_page

        context = super().get_context(request, *args, **kwargs)
        context["announcements"] = public_announcements(language=request.LANGUAGE_CODE).child_of(self)
        context["faq_page"] = public_faq_page()
        return context


class AnnouncementPage(BilingualPage):
    """One notice: a summary, a dated body of prose and structured concerns, and topics."""

    date = models.DateField(
        _("notice date"),
        default=timezone.localdate,
        help_text=_("The date the notice was issued, shown to readers and used to order the list."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in lists, feeds and link previews.")
    )
    body = StreamField(AnnouncementBodyBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(Topic, blank=True, related_name="announcements", verbose_name=_("topics"))

    translated_required_fields = ("title", "summary", "body")

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("topics")], heading=_("Filing")),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["announcements.AnnouncementIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")

    def clean(self):
        super().clean()
        if self.is_being_published_from_code():
            self._validate_bodies()

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

    def get_context(self, request, *args, **kwargs):
        from .selectors import public_faq_page

        context = super().get_context(request, *args, **kwargs)
        context["faq_page"] = public_faq_page()
        return context


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
        ordering = ["topic__name", "sort_order", "pk"]

    def __str__(self) -> str:
        return self.question

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
        from .selectors import faqs_by_topic

        context = super().get_context(request, *args, **kwargs)
        context["topics"] = faqs_by_topic()
        return context
