"""Fill the site with realistic bilingual announcements, for `make bench` and load tests."""

import itertools

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from announcements.cache_keys import bump_content_generation
from announcements.models import AnnouncementPage, Topic

# Headlines and summaries in both languages, varied the way real notices are.
SUBJECTS = [
    (
        "Model upload rules for {n}",
        "{n}件目：モデルのアップロード規則",
        "Which uploads are accepted now.",
        "現在受け付けるアップロードについて。",
    ),
    (
        "License review {n}",
        "ライセンスの見直し（{n}）",
        "What changed in the license and what it means here.",
        "ライセンスの変更点と当サイトへの影響。",
    ),
    (
        "On-site generation notice {n}",
        "サイト上での生成について（{n}）",
        "Generation limits and the clauses behind them.",
        "生成の制限と、その根拠となる条項。",
    ),
    (
        "Maintenance and policy update {n}",
        "メンテナンスと方針の更新（{n}）",
        "A short note on the site's rules.",
        "当サイトの規則についての短いお知らせ。",
    ),
]


class Command(BaseCommand):
    help = (
        "Add live announcements in English and Japanese, each with the SD3 notice's concerns and "
        "citations, until the site has --count of them (run load_sd3_notice first). Dev-only: "
        "uses the factories' fast path (requirements-dev.txt)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--count", type=int, required=True, help="How many live announcements the site should have."
        )

    def handle(self, *args, count, **options):
        try:
            from announcements.factories import create_many_live_announcements
        except ImportError as error:
            raise CommandError(
                "generate_announcements needs the dev requirements: pip install -r requirements-dev.txt"
            ) from error
        source = AnnouncementPage.objects.live().order_by("pk").first()
        if source is None:
            raise CommandError("No live announcement to copy a body from: run manage.py load_sd3_notice first.")
        existing = AnnouncementPage.objects.live().count()
        missing = count - existing
        if missing <= 0:
            self.stdout.write(f"{existing} live announcements already; nothing added.")
            return
        topics = list(Topic.objects.order_by("sort_order", "pk"))
        with transaction.atomic():
            pages = create_many_live_announcements(missing, body_from=source, topics=topics[:2])
            for number, (page, subject) in enumerate(zip(pages, itertools.cycle(SUBJECTS)), start=existing + 1):
                title_en, title_ja, summary_en, summary_ja = subject
                page.title_en, page.title_ja = title_en.format(n=number), title_ja.format(n=number)
                page.summary_en, page.summary_ja = summary_en, summary_ja
            AnnouncementPage.objects.bulk_update(
                pages, ["title_en", "title_ja", "summary_en", "summary_ja"], batch_size=200
            )
        if connection.vendor == "postgresql":
            # As after any bulk load: the planner's statistics describe the tables as they
            # now are (autovacuum would get there later), so the lists are measured with
            # the plans a running site would use.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        bump_content_generation()  # the fast path sends no publishing signal
        self.stdout.write(f"Added {missing} live announcements ({count} in all).")
