"""A frontend-cache backend that records what it was asked to purge, as a CDN would."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    def purge(self, url) -> None:
        PURGED.append(url)
