"""Licenses, their dated versions, and the clauses each version contains.

A clause's ``key`` (``derivative-works``) names the same provision in every version
of a license, so a citation of version 2 can be compared with version 1 clause by
clause, and the key doubles as the clause's anchor on the version page.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PublishingPanel
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, PreviewableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from site_config.i18n import language_codes, native_name
from site_config.seo import reader_meta
from site_config.text_limits import plain_text_length, summary_length
from site_config.translation_status.forms import TranslatedSnippetForm
from site_config.translation_status.panels import TRANSLATION_STATUS_PANELS
from site_config.translation_status.tracking import TracksTranslations


def validate_version_label(value: str) -> None:
    """Labels are read inside sentences and citations, where a colon would break them."""
    if ":" in value or "：" in value:
        raise ValidationError(
            _("Leave the colon out: write “version 2”, and put the licensor's title in the name field."),
            code="colon",
        )


def citation_errors(version: "LicenseVersion | None", clause: "LicenseClause | None") -> dict[str, ValidationError]:
    """What is wrong with citing ``clause`` of ``version``, by part ("version", "clause").

    The one rule for every citation (body blocks and FAQs): the version is published, a
    clause needs its version, and must be one of that version's clauses.
    """
    if version is not None and not version.live:
        return {
            "version": ValidationError(
                _("“%(version)s” is not published yet: publish it first, or cite a published version."),
                code="draft_version",
                params={"version": version.full_name},
            )
        }
    if clause is None:
        return {}
    if version is None:
        return {"version": ValidationError(_("Choose the license version this clause belongs to."), code="no_version")}
    if clause.version_id != version.pk:
        return {
            "clause": ValidationError(
                _("This clause belongs to “%(other)s”. Choose a clause of “%(version)s”."),
                code="other_version",
                params={"other": clause.version.full_name, "version": version.full_name},
            )
        }
    return {}


class License(index.Indexed, models.Model):
    """A license published by one licensor, e.g. the Stability AI license family."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, help_text=_("Used in the license's web address."))
    licensor = models.CharField(_("licensor"), max_length=200, help_text=_("Who grants the license."))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("licensor")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("license")
        verbose_name_plural = _("licenses")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("licenses:license_detail", kwargs={"license_slug": self.slug})


class LicenseVersionQuerySet(models.QuerySet):
    def live(self):
        """The versions readers may see: published (a new version is a draft until then)."""
        return self.filter(live=True)


class LicenseVersion(
    # TracksTranslations first: its save_revision must run before RevisionMixin's.
    TracksTranslations,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One dated text of a license. ``supersedes`` links it to the version it replaced.

    Drafted, reviewed and published like a page: its clauses are edited inline and saved
    in the same revision, and readers see it (and "a newer version exists" on the one it
    supersedes) only once it is live. Its texts and its clauses' have translation status
    like a page's: an edit of one language leaves the other out of date until it is
    updated or confirmed, and publishing refuses it meanwhile."""

    translated_text_fields = ("name", "label", "summary")
    translated_child_fields = {"clauses": ("heading", "text")}
    base_form_class = TranslatedSnippetForm

    license = models.ForeignKey(License, on_delete=models.PROTECT, related_name="versions", verbose_name=_("license"))
    slug = models.SlugField(
        _("version slug"), max_length=40, help_text=_("Short and permanent, e.g. v2. Used in web addresses.")
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_(
            "The title the licensor gave this text, e.g. Stability AI Community License. "
            "Leave empty to use the license's name."
        ),
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        validators=[validate_version_label],
        help_text=_("The version's short label as it reads inside a sentence, e.g. “version 2” or “第2版”. No colon."),
    )
    effective_date = models.DateField(_("effective date"))
    source_url = models.URLField(_("source URL"), blank=True, help_text=_("Where the licensor publishes this text."))
    summary = models.TextField(_("summary"), blank=True, validators=[summary_length()])
    supersedes = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="superseded_by",
        verbose_name=_("supersedes"),
        help_text=_("The earlier version of the same license that this one replaces."),
    )

    panels = [
        *TRANSLATION_STATUS_PANELS,
        FieldPanel("license"),
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("name"),
                FieldPanel("label"),
                FieldPanel("effective_date"),
                FieldPanel("supersedes"),
            ],
            heading=_("Version"),
        ),
        FieldPanel("source_url"),
        FieldPanel("summary"),
        InlinePanel("clauses", heading=_("Clauses"), label=_("Clause")),
        PublishingPanel(),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("label"),
        index.AutocompleteField("label"),
        index.FilterField("license"),
    ]

    class Meta:
        verbose_name = _("license version")
        verbose_name_plural = _("license versions")
        ordering = ["license__name", "effective_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["license", "slug"],
                name="unique_version_slug_per_license",
                violation_error_message=_("This license already has a version with this slug."),
            )
        ]

    objects = LicenseVersionQuerySet.as_manager()
    # Deleting a version deletes its revisions and workflow states (as Wagtail's docs advise).
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="licenseversion")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="licenseversion",
        for_concrete_model=False,
    )

    # What readers saw of this version as it was loaded ((live, supersedes) of the stored
    # row; (False, None) for a new one), so the save that first makes it public as
    # superseding a version can be told apart from any other save.
    public_state_when_loaded = (False, None)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance.public_state_when_loaded = (instance.__dict__.get("live"), instance.__dict__.get("supersedes_id"))
        return instance

    def with_content_json(self, content):
        # Publishing saves the revision's object: it must know what the stored row said.
        obj = super().with_content_json(content)
        obj.public_state_when_loaded = self.public_state_when_loaded
        return obj

    @property
    def newly_superseding(self) -> bool:
        """Live and superseding a version, and readers did not already see it so."""
        return bool(self.live and self.supersedes_id) and self.public_state_when_loaded != (True, self.supersedes_id)

    @property
    def newer_version(self) -> "LicenseVersion | None":
        """The version that replaced this one, once readers can see it (a draft successor
        is nobody's business but the editors')."""
        try:
            newer = self.superseded_by
        except ObjectDoesNotExist:
            return None
        return newer if newer.live else None

    def __str__(self) -> str:
        return self.full_name

    @property
    def display_name(self) -> str:
        """The name readers see: this text's own title, or the license's."""
        return self.name or self.license.name

    @property
    def full_name(self) -> str:
        """Name and label together, e.g. “Stability AI Community License, version 2”."""
        return gettext("%(name)s, %(version)s") % {"name": self.display_name, "version": self.label}

    def cited_as(self, clause=None) -> str:
        """How the site cites this version (and one of its clauses) in the active language,
        e.g. “Stability AI Community License, version 2 (July 5, 2024), “Derivative works”
        (our summary)”: a clause's heading and text are the site's summary of the licensor's
        terms, not a section the license names. The pages' citations and the API and feeds'
        ``cited_as`` are this one sentence."""
        words = {"name": self.full_name, "date": formats.date_format(self.effective_date, "DATE_FORMAT")}
        if clause is None:
            return gettext("%(name)s (%(date)s)") % words
        return gettext("%(name)s (%(date)s), “%(clause)s” (our summary)") % {**words, "clause": clause.heading}

    def clean(self) -> None:
        super().clean()
        if self.supersedes_id is None:
            return
        if self.supersedes_id == self.pk:
            raise ValidationError({"supersedes": _("A version cannot supersede itself.")})
        if self.license_id and self.supersedes.license_id != self.license_id:
            raise ValidationError({"supersedes": _("Choose an earlier version of the same license.")})
        if self.effective_date and self.supersedes.effective_date > self.effective_date:
            raise ValidationError({"supersedes": _("The superseded version must not take effect after this one.")})

    def get_absolute_url(self) -> str:
        return reverse(
            "licenses:version_detail",
            kwargs={"license_slug": self.license.slug, "version_slug": self.slug},
        )

    @property
    def preview_modes(self):
        return [(code, native_name(code)) for code in language_codes()]

    @property
    def default_preview_mode(self):
        return settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        """The version page as readers will see it, in the chosen language."""
        language = mode_name if mode_name in language_codes() else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            context = {
                "license": self.license,
                "version": self,
                "clauses": sorted(self.clauses.all(), key=lambda clause: clause.sort_order or 0),
                "other_versions": [],
                "cited_by": [],
                **reader_meta(request, title=self.full_name, description=self.summary),
            }
            return TemplateResponse(request, "licenses/version_detail.html", context).render()


class LicenseClause(index.Indexed, Orderable):
    """A provision of one license version. The same ``key`` across versions means the same provision."""

    version = ParentalKey(LicenseVersion, on_delete=models.CASCADE, related_name="clauses", verbose_name=_("version"))
    key = models.SlugField(
        _("key"),
        max_length=80,
        help_text=_(
            "Stable identifier shared by this provision in every version, e.g. derivative-works. "
            "It is the clause's anchor in web addresses, so never change it once published."
        ),
    )
    heading = models.CharField(_("heading"), max_length=200)
    text = models.TextField(_("text"), validators=[plain_text_length()])
    carried_over = models.BooleanField(
        _("carried over, not yet checked"),
        default=False,
        help_text=_(
            "Ticked on clauses copied into a new version. Check the summary in every language "
            "against this version's text, then untick it."
        ),
    )

    panels = [FieldPanel("key"), FieldPanel("heading"), FieldPanel("text"), FieldPanel("carried_over")]
    search_fields = [index.SearchField("heading"), index.AutocompleteField("heading"), index.FilterField("version")]

    class Meta(Orderable.Meta):
        verbose_name = _("license clause")
        verbose_name_plural = _("license clauses")
        constraints = [
            models.UniqueConstraint(
                fields=["version", "key"],
                name="unique_clause_key_per_version",
                violation_error_message=_("This version already has a clause with this key."),
            )
        ]

    def __str__(self) -> str:
        """How choosers and the admin list it: "license · version · clause heading" (the
        key is for addresses, not for reading)."""
        return f"{self.version.display_name} · {self.version.label} · {self.heading}"

    def validate_constraints(self, exclude=None):
        # The only constraint is the per-version key; report it on the key field
        # so the editor sees it next to the value to change.
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as error:
            raise ValidationError({"key": error.messages}) from None

    def get_absolute_url(self) -> str:
        return f"{self.version.get_absolute_url()}#{self.key}"
