from django.core.management.base import BaseCommand

from announcements.search.indexing import rebuild_search_index


class Command(BaseCommand):
    help = "Rebuild the site search index from what the public may see (publishing keeps it up to date)."

    def handle(self, *args, **options):
        count = rebuild_search_index()
        self.stdout.write(f"Search index rebuilt: {count} documents.")
