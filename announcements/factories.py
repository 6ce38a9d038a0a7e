"""Test data for announcements (factory_boy and wagtail-factories): pages and snippets.

Dev-only (factory_boy and wagtail-factories are in requirements-dev.txt): tests import this
module, the site never does. Pages are filled in both languages and published through Wagtail
(``save_revision().publish()``), so publishing runs the same validation as in the admin;
``publish=False`` leaves a draft.

    home = AnnouncementIndexPageFactory.as_home_page()  # the default Site's root
    notice = AnnouncementPageFactory(resolved=2, remaining=1, cites=version)  # under the index
    notice = AnnouncementPageFactory(body__0__heading__text_en="Fixed", body__1="resolved_concern")

Bodies (one for every language, each block's texts in both) come from
``announcements.body_factories``.
"""

import datetime
from contextlib import contextmanager

import factory
import wagtail_factories
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.models import Page, Site
from wagtail.signal_handlers import (
    connect_reference_index_signal_handlers_for_model,
    disconnect_reference_index_signal_handlers_for_model,
)

from licenses.factories import (
    LicenseVersionFactory,
    ValidatedModelFactory,
)

from .body_factories import BodyFactory
from .models import FAQ, AnnouncementIndexPage, AnnouncementPage, AnnouncementUpdate, FAQPage, Topic

# Snippets -------------------------------------------------------------------------------


class TopicFactory(ValidatedModelFactory):
    class Meta:
        model = Topic

    name_en = factory.Sequence(lambda n: f"Topic {n}")
    name_ja = factory.Sequence(lambda n: f"話題{n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    sort_order = factory.Sequence(int)


class FAQFactory(ValidatedModelFactory):
    """A question in both languages; ``cited_clause=clause`` cites that clause of its version."""

    class Meta:
        model = FAQ

    topic = factory.SubFactory(TopicFactory)
    slug = factory.Sequence(lambda n: f"question-{n}")
    sort_order = factory.Sequence(int)
    question_en = factory.Sequence(lambda n: f"Question {n}?")
    question_ja = factory.Sequence(lambda n: f"質問{n}？")
    answer_en = "<p>The answer.</p>"
    answer_ja = "<p>回答です。</p>"
    cited_clause = None
    cited_version = factory.LazyAttribute(lambda faq: faq.cited_clause.version if faq.cited_clause else None)


class AnnouncementUpdateFactory(DjangoModelFactory):
    """A correction line. Build it (``.build()``) and publish it with ``publish_correction``."""

    class Meta:
        model = AnnouncementUpdate

    date = factory.LazyFunction(timezone.localdate)
    note_en = "Corrected a date."
    note_ja = "日付を訂正しました。"


# Pages -----------------------------------------------------------------------------------


class BilingualPageFactory(wagtail_factories.PageFactory):
    """A page titled in both languages, with the same slug in both, published through Wagtail
    (``publish=False``: a draft, never published)."""

    class Meta:
        abstract = True
        exclude = ("title", "slug")  # modeltranslation's per-language fields below are the real ones
        skip_postgeneration_save = True

    title_en = factory.Sequence(lambda n: f"Page {n}")
    title_ja = factory.Sequence(lambda n: f"ページ{n}")
    slug_en = factory.LazyAttribute(lambda page: slugify(page.title_en) or "page")
    slug_ja = factory.SelfAttribute("slug_en")
    live = False  # until ``publish`` publishes it

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        if not kwargs.pop("validate", True):
            # Only ``create_many_live_announcements`` asks for this; see there.
            instance = model_class(**kwargs)
            instance.full_clean = lambda *args, **options: None
            parent.add_child(instance=instance)
            return instance
        return super()._create_instance(model_class, parent, kwargs)

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create and extracted is not False:
            page.save_revision().publish()
            page.refresh_from_db()


class AnnouncementIndexPageFactory(BilingualPageFactory):
    """The announcement list, the site's home page (see ``tests/conftest.py``'s ``home_page``)."""

    class Meta:
        model = AnnouncementIndexPage

    parent = factory.LazyFunction(Page.get_first_root_node)
    title_en = "Announcements"
    title_ja = "お知らせ"
    slug_en = "home"
    intro_en = "<p>News from our site.</p>"
    intro_ja = "<p>当サイトからのお知らせです。</p>"

    @classmethod
    def as_home_page(cls, **fields) -> AnnouncementIndexPage:
        """The index as the default Site's root, in place of the "Welcome" page Wagtail's
        migrations create: the minimal site, as ``make run`` sets it up."""
        root = Page.get_first_root_node()
        site = Site.objects.get(is_default_site=True)
        Site.objects.filter(pk=site.pk).update(root_page=root)
        root.get_children().delete()
        index = cls(parent=root, **fields)
        site.root_page = index
        site.save()
        return index


class FAQPageFactory(BilingualPageFactory):
    class Meta:
        model = FAQPage

    parent = factory.LazyFunction(AnnouncementIndexPage.objects.get)
    title_en = "Frequently asked questions"
    title_ja = "よくある質問"
    slug_en = "faq"
    intro_en = "<p>Answers to common questions.</p>"
    intro_ja = "<p>よく寄せられるご質問への回答です。</p>"


class AnnouncementPageFactory(BilingualPageFactory):
    """An announcement under the site's index, written in both languages (see the module's docstring)."""

    class Meta:
        model = AnnouncementPage

    class Params:
        resolved = 0
        remaining = 0
        remaining_uncited = 0
        cites = factory.Maybe(
            factory.LazyAttribute(lambda page: bool(page.resolved or page.remaining)),
            yes_declaration=factory.SubFactory(LicenseVersionFactory, clauses=["derivative-works", "revocation"]),
            no_declaration=None,
        )

    parent = factory.LazyFunction(AnnouncementIndexPage.objects.get)
    title_en = factory.Sequence(lambda n: f"Announcement {n}")
    title_ja = factory.Sequence(lambda n: f"お知らせ{n}")
    date = factory.LazyFunction(timezone.localdate)
    summary_en = factory.LazyAttribute(lambda page: f"What {page.title_en} says, in short.")
    summary_ja = factory.LazyAttribute(lambda page: f"{page.title_ja}の要約です。")
    body = BodyFactory()


def publish_correction(page: AnnouncementPage, **fields) -> AnnouncementPage:
    """Add a correction line and publish the page, as an editor does with its Corrections panel."""
    page = AnnouncementPage.objects.get(pk=page.pk)
    page.updates.add(AnnouncementUpdateFactory.build(**fields))
    page.save_revision().publish()
    return AnnouncementPage.objects.get(pk=page.pk)


# Many pages at once ------------------------------------------------------------------------


@contextmanager
def _without_indexing():
    """Skip the search and reference indexes of announcements (most of the cost of saving one)."""
    post_save.disconnect(post_save_signal_handler, sender=AnnouncementPage)
    post_delete.disconnect(post_delete_signal_handler, sender=AnnouncementPage)
    disconnect_reference_index_signal_handlers_for_model(AnnouncementPage)
    try:
        yield
    finally:
        post_save.connect(post_save_signal_handler, sender=AnnouncementPage)
        post_delete.connect(post_delete_signal_handler, sender=AnnouncementPage)
        connect_reference_index_signal_handlers_for_model(AnnouncementPage)


def create_many_live_announcements(count: int, *, body_from: AnnouncementPage | None = None, **fields):
    """``count`` live announcements, newest first, one a day back from today: for volume tests
    (a thousand feed items), where publishing each one through Wagtail would take minutes.

    The fast path, by name only: the pages are saved live directly (no revision, no publication
    log, no outbox), without model validation (wagtail-modeltranslation's slug check reads every
    sibling on each save) and without search or reference indexing. Their slugs are unique by
    construction, and ``body_from`` lends them a body that was validated when it was published.
    """
    now = timezone.now().replace(microsecond=0)
    if body_from is not None:
        fields["body"] = body_from.body.raw_data
    with _without_indexing():
        return [
            AnnouncementPageFactory(
                publish=False,
                validate=False,
                live=True,
                date=(now - datetime.timedelta(days=number)).date(),
                first_published_at=now - datetime.timedelta(days=number),
                last_published_at=now - datetime.timedelta(days=number),
                **fields,
            )
            for number in range(count)
        ]
