"""Side effects of publishing (cache invalidation, feed warm-up, hub pings, CDN purges).

The only place they start: content changes record them in an outbox in the same
transaction, and Celery performs each one once after commit. Nothing in the
announcements or licenses apps imports this package.
"""
