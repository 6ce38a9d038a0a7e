"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the public announcements, per language and topic.

``jsonfeed`` and ``generators`` write the formats, ``content`` turns pages into feed
items (bodies and concerns come from ``announcements.public``), ``syndication`` holds
the Feed classes, ``caching`` serves them from the cache with conditional GET, and
``effects`` is what the publishing outbox asks of the feeds after a change.
"""
