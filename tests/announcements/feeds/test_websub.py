"""The WebSub hub is told about every feed after a change; a local server plays the hub."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from django.test import override_settings

from announcements.feeds import effects
from announcements.publishing.models import SideEffect
from announcements.publishing.tasks import perform_side_effect

pytestmark = pytest.mark.django_db


class Hub:
    """A hub on 127.0.0.1 that records pings and answers with the statuses it is given."""

    def __init__(self):
        self.pings: list[dict] = []
        self.statuses: list[int] = []
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                hub.pings.append(parse_qs(self.rfile.read(length).decode()))
                self.send_response(hub.statuses.pop(0) if hub.statuses else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def pinged_urls(self) -> list[str]:
        return [url for ping in self.pings if ping.get("hub.mode") == ["publish"] for url in ping["hub.url"]]


@pytest.fixture
def hub():
    hub = Hub()
    hub.thread.start()
    try:
        with override_settings(WEBSUB_HUB_URL=hub.url):
            yield hub
    finally:
        hub.server.shutdown()
        hub.server.server_close()


def test_publishing_pings_the_hub_for_every_feed(hub, notice, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()

    pinged = set(hub.pinged_urls())
    for language in ("en", "ja"):
        for name in ("rss", "atom", "json"):
            assert f"http://testserver/{language}/feeds/{name}/" in pinged
            assert f"http://testserver/{language}/feeds/topics/licensing/{name}/" in pinged


def ping_effect() -> SideEffect:
    return SideEffect.objects.create(kind="ping_websub", idempotency_key="ping", source="test")


def deliver_as_worker(effect: SideEffect, *, retries: int, monkeypatch):
    """One delivery of the outbox task, as a worker performs it (retries are scheduled, not run)."""
    monkeypatch.setattr(perform_side_effect, "apply_async", lambda *args, **options: None)
    perform_side_effect.push_request(
        retries=retries, is_eager=False, called_directly=False, id=f"ping-{retries}", args=[effect.pk], kwargs={}
    )
    try:
        return perform_side_effect.run(effect.pk)
    finally:
        perform_side_effect.pop_request()


def test_an_unavailable_hub_is_retried_until_it_answers(hub, notice, monkeypatch):
    from celery.exceptions import Retry

    hub.statuses = [503]
    effect = ping_effect()

    with pytest.raises(Retry):
        deliver_as_worker(effect, retries=0, monkeypatch=monkeypatch)
    effect.refresh_from_db()
    assert effect.status != SideEffect.Status.DONE
    assert "503" in effect.last_error

    assert deliver_as_worker(effect, retries=1, monkeypatch=monkeypatch) == "done"
    assert "http://testserver/en/feeds/rss/" in hub.pinged_urls()


def test_a_refusal_is_not_retried(hub, notice):
    hub.statuses = [400] * 50
    effect = ping_effect()

    assert perform_side_effect.apply(args=[effect.pk]).get() == "done"
    assert len(hub.pings) == len(effects.feed_paths())


def test_an_unreachable_hub_asks_for_a_retry(notice):
    with override_settings(WEBSUB_HUB_URL="http://127.0.0.1:9/"), pytest.raises(effects.HubUnavailable):
        effects.ping_websub_hub(language_codes=["en"], topic_slugs=[])


def test_without_a_hub_nothing_is_pinged(notice, django_capture_on_commit_callbacks):
    with override_settings(WEBSUB_HUB_URL=None):
        assert effects.ping_websub_hub() == []
        with django_capture_on_commit_callbacks(execute=True):
            notice.save_revision().publish()
    assert not SideEffect.objects.filter(kind="ping_websub").exists()
