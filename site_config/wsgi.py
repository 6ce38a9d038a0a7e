"""WSGI entry point; production sets DJANGO_SETTINGS_MODULE=site_config.settings.production.

Cached pages and feeds are answered at the door (announcements.response_cache), before
Django builds its request: the commonest request a reader makes costs one round trip to
the cache and nothing else.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.dev")

django_application = get_wsgi_application()

from announcements.response_cache import answer_hits_first  # noqa: E402 (needs Django set up)

application = answer_hits_first(django_application)
