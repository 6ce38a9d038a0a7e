"""Snippets filed with announcements: topics and FAQs."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from licenses.models import citation_errors
from site_config.text_limits import rich_text_length
from site_config.translation_status.forms import TranslatedSnippetForm
from site_config.translation_status.panels import TRANSLATION_STATUS_PANELS
from site_config.translation_status.tracking import TracksTranslations

from ..blocks import RICH_TEXT_FEATURES
from ..panels import SiteTimePublishingPanel
from ..rich_text_links import rich_text_field_errors

# The FAQ's own names for the two halves of a citation.
FAQ_CITATION_FIELDS = {"version": "cited_version", "clause": "cited_clause"}


class Topic(models.Model):
    """A subject announcements and FAQs are filed under, e.g. Licensing."""

    name = models.CharField(_("name"), max_length=100)
    name_in_sentence = models.CharField(
        _("name inside a sentence"),
        max_length=100,
        blank=True,
        help_text=_(
            "How the name reads in the middle of a sentence, e.g. “on-site generation” for "
            "“On-site generation”. Leave blank when it reads the same, as a proper noun does."
        ),
    )
    slug = models.SlugField(_("slug"), max_length=60, unique=True, help_text=_("Used in web addresses and feeds."))
    sort_order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first, in every language and list.")
    )

    panels = [FieldPanel("name"), FieldPanel("name_in_sentence"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        # Not by name: names differ per language, and both languages list topics alike.
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def in_sentence(self) -> str:
        """The name as it reads mid-sentence in the active language ("about on-site
        generation"): this language's own form, never another language's by fallback."""
        return getattr(self, f"name_in_sentence_{get_language()}", "") or self.name


class FAQ(
    # TracksTranslations first: its save_revision must run before RevisionMixin's.
    TracksTranslations,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    models.Model,
):
    """A question readers ask, answered in both languages, optionally citing a license clause.

    Editors write and submit FAQs; moderators approve and publish them (Wagtail's draft
    state and workflows, as for pages). Readers see only the live version."""

    translated_text_fields = ("question", "answer")
    base_form_class = TranslatedSnippetForm

    question = models.CharField(_("question"), max_length=300)
    answer = RichTextField(_("answer"), features=RICH_TEXT_FEATURES, validators=[rich_text_length()])
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
    cites_earlier_terms = models.BooleanField(
        _("cites earlier terms on purpose"),
        default=False,
        help_text=_(
            "Tick when the answer is about terms a newer version replaced, such as why something "
            "was once banned: the FAQ is then not listed as citing an outdated version."
        ),
    )

    panels = [
        *TRANSLATION_STATUS_PANELS,
        FieldPanel("question"),
        FieldPanel("answer"),
        MultiFieldPanel([FieldPanel("topic"), FieldPanel("sort_order"), FieldPanel("slug")], heading=_("Filing")),
        MultiFieldPanel(
            [FieldPanel("cited_version"), FieldPanel("cited_clause"), FieldPanel("cites_earlier_terms")],
            heading=_("Citation"),
        ),
        SiteTimePublishingPanel(),
    ]
    search_fields = [index.SearchField("question"), index.SearchField("answer"), index.FilterField("topic")]

    class Meta:
        verbose_name = _("FAQ")
        verbose_name_plural = _("FAQs")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.question

    def clean(self):
        super().clean()
        broken_links = rich_text_field_errors(self)
        if broken_links:
            raise ValidationError(broken_links)
        errors = citation_errors(
            self.cited_version if self.cited_version_id else None,
            self.cited_clause if self.cited_clause_id else None,
        )
        if errors:
            raise ValidationError({FAQ_CITATION_FIELDS[name]: message for name, message in errors.items()})
        if self.cites_earlier_terms and not self.cited_version_id:
            raise ValidationError({"cites_earlier_terms": _("Choose the earlier version the answer cites.")})
