"""What a content change does to the feeds: invalidate them, warm them, ping the hub.

The publishing outbox (``announcements.publishing``) performs these after the change
commits, each as one side effect of a Celery task there. Each is safe to run again.
Feed URLs outside a request are built on WAGTAILADMIN_BASE_URL, the public base URL.
"""

import logging

import requests
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from site_config import i18n

from ..models import Topic
from ..response_cache import render_each_into_cache

logger = logging.getLogger(__name__)

FORMATS = ("rss", "atom", "json")
PING_TIMEOUT = 5  # seconds, per request to the hub


class HubUnavailable(Exception):
    """The WebSub hub could not take the ping now (network error, 429 or 5xx): try again later."""


def _languages(language_codes) -> list[str]:
    return list(language_codes) if language_codes else i18n.language_codes()


def _base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def feed_paths(*, language_codes=None, topic_slugs=None) -> list[str]:
    """Paths of the feeds in ``language_codes`` (all by default): the language-wide
    feeds and, for ``topic_slugs`` (every topic when None), each topic's."""
    if topic_slugs is None:
        topic_slugs = list(Topic.objects.order_by("slug").values_list("slug", flat=True))
    paths = []
    for language in _languages(language_codes):
        with translation.override(language):
            paths += [reverse(f"feeds:{name}") for name in FORMATS]
            paths += [reverse(f"feeds:topic_{name}", args=[slug]) for slug in topic_slugs for name in FORMATS]
    return paths


def warm_feeds(*, language_codes=None) -> int:
    """Render the language-wide feeds (first page) into the response cache so the first
    reader after a change gets a cached copy. Returns how many answered 200."""
    paths = []
    for language in _languages(language_codes):
        with translation.override(language):
            paths += [reverse(f"feeds:{name}") for name in FORMATS]
    return render_each_into_cache(paths, what="Feeds")


def ping_websub_hub(*, language_codes=None, topic_slugs=None) -> list[str]:
    """Tell the WebSub hub (WEBSUB_HUB_URL) that the feeds changed: one
    ``hub.mode=publish`` POST per feed URL. Does nothing without a hub.

    Returns the URLs pinged. Raises ``HubUnavailable`` when the hub is unreachable
    or answers 429/5xx, so the caller retries; a 4xx refusal is logged, not retried.
    """
    hub = getattr(settings, "WEBSUB_HUB_URL", None)
    if not hub:
        return []
    urls = [f"{_base_url()}{path}" for path in feed_paths(language_codes=language_codes, topic_slugs=topic_slugs)]
    with requests.Session() as session:
        for url in urls:
            try:
                response = session.post(hub, data={"hub.mode": "publish", "hub.url": url}, timeout=PING_TIMEOUT)
            except requests.RequestException as error:
                raise HubUnavailable(f"WebSub hub {hub} unreachable: {error}") from error
            if response.status_code == 429 or response.status_code >= 500:
                raise HubUnavailable(f"WebSub hub {hub} answered {response.status_code} for {url}")
            if response.status_code >= 400:
                logger.warning("WebSub hub %s refused %s: %s", hub, url, response.status_code)
    return urls
