"""The page types: the announcement list (the site's home), announcements and the FAQ page.

Every page type is a ``BilingualPage`` (see ``bilingual``).
"""

import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from site_config.i18n import language_name
from site_config.seo import PageMeta, page_meta, plain_description
from site_config.text_limits import rich_text_length, summary_length
from site_config.translation_status.panels import TRANSLATION_STATUS_PANELS

from ..blocks import RICH_TEXT_FEATURES, AnnouncementBodyBlock, citations_loaded_once
from ..rules.notice_dates import DatePrecision, NoticeDate
from .bilingual import BilingualPage
from .snippets import Topic


class AnnouncementIndexPage(BilingualPage):
    """The list of announcements, newest first. The site's home page."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES, validators=[rich_text_length()])

    translated_text_fields = ("title", "intro")
    content_panels = [*TRANSLATION_STATUS_PANELS, *Page.content_panels, FieldPanel("intro")]
    subpage_types = ["announcements.AnnouncementPage", "announcements.FAQPage"]
    max_count = 1

    class Meta:
        verbose_name = _("announcement index")

    def child_by_slug(self, slug: str) -> Page | None:
        # Nearly every child is an announcement: found with its own fields in one query.
        announcement = AnnouncementPage.objects.child_of(self).filter(self.slug_matches(slug)).first()
        return announcement if announcement is not None else super().child_by_slug(slug)


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
        _("summary"),
        blank=True,
        validators=[summary_length()],
        help_text=_("One or two sentences shown in lists, feeds and link previews."),
    )
    body = StreamField(AnnouncementBodyBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(Topic, blank=True, related_name="announcements", verbose_name=_("topics"))

    translated_required_fields = ("title", "summary")
    translated_text_fields = ("title", "summary")

    default_language_only = models.BooleanField(
        format_lazy(_("publish in {language} only for now"), language=lazy(language_name, str)(settings.LANGUAGE_CODE)),
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

    def save_revision(self, *args, **kwargs):
        with citations_loaded_once(self.body.raw_data):
            return super().save_revision(*args, **kwargs)

    def publish(self, revision, *args, **kwargs):
        # The revision's body is what is published; the live one is read on the way.
        stored = revision.content.get("body") or "[]"  # Wagtail keeps it as JSON text
        published_body = json.loads(stored) if isinstance(stored, str) else stored
        with citations_loaded_once(published_body, self.body.raw_data):
            return super().publish(revision, *args, **kwargs)

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

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES, validators=[rich_text_length()])

    translated_text_fields = ("title", "intro")
    content_panels = [*TRANSLATION_STATUS_PANELS, *Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["announcements.AnnouncementIndexPage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("FAQ page")
