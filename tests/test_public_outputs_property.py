"""Property: whatever the site's state, every public output lists exactly the live, public,
current announcements of its language, and no draft text appears anywhere.

Hypothesis draws site states over a small pool of announcements: each one live, a draft
never published, unpublished, scheduled or expired; unrestricted or restricted by
password, login or group, on itself or inherited from the home page; written in both
languages, published in English only, or (published before that rule) untranslated. Every
announcement always has a newer draft revision carrying ``MARKER``, and the stored row of
every page that is not live carries it too.

States are set with plain updates of the pool's rows (no publishing workflow) so that
hundreds of them stay cheap; feed caches are cleared after each.

To check another output, add one line to ``OUTPUTS``: its name and the paths to read for a
language and topic, e.g. ``Output("search", lambda language, topic: [f"/{language}/search/?q=item"])``.
An output names an announcement by linking to its address (``/en/item-3/``) in any format.
"""

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from announcements.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory, TopicFactory
from announcements.models import AnnouncementIndexPage, AnnouncementPage
from announcements.search.indexing import rebuild_search_index
from tests.wsgi_door import DoorClient

LANGUAGES = ("en", "ja")
FEED_KINDS = ("rss", "atom", "json")
POOL = 4
# A word every live title holds ("Item 3" / "項目3"), for the search output.
SEARCH_WORD = {"en": "item", "ja": "項目"}
TOPIC = "pool-topic"
MARKER = "DRAFTMARKER7Q"
EXAMPLES = int(__import__("os").environ.get("PROPERTY_EXAMPLES", 200))


@dataclass(frozen=True)
class Output:
    name: str
    paths: Callable[[str, str], list[str]]  # (language, topic slug) -> paths to read


OUTPUTS = [
    Output("index", lambda language, topic: [f"/{language}/"]),
    Output("topic listing", lambda language, topic: [f"/{language}/?topic={topic}"]),
    Output("sitemap", lambda language, topic: ["/sitemap.xml"]),
    Output("feeds", lambda language, topic: [f"/{language}/feeds/{kind}/" for kind in FEED_KINDS]),
    Output("topic feeds", lambda language, topic: [f"/{language}/feeds/topics/{topic}/{kind}/" for kind in FEED_KINDS]),
    Output("search", lambda language, topic: [f"/{language}/search/?q={SEARCH_WORD[language]}"]),
    Output(
        "API",
        lambda language, topic: [
            f"/{language}/api/v1/announcements/",
            f"/{language}/api/v1/announcements/?topic={topic}",
        ],
    ),
]

STATUSES = ("live", "draft", "unpublished", "scheduled", "expired")
RESTRICTIONS = (None, "password", "login", "groups")
WRITTEN = ("both", "english only", "untranslated")

page_states = st.fixed_dictionaries(
    {
        "status": st.sampled_from(STATUSES),
        "restriction": st.sampled_from((None, None, *RESTRICTIONS[1:])),
        "written": st.sampled_from(WRITTEN),
    }
)
site_states = st.fixed_dictionaries(
    {
        "pages": st.lists(page_states, min_size=POOL, max_size=POOL),
        "inherited": st.sampled_from((None,) * 5 + RESTRICTIONS[1:]),
        "probe": st.integers(min_value=0, max_value=POOL - 1),  # the one page read directly
    }
)


@pytest.fixture(scope="module")
def pool(module_data):
    """The home page, a topic, and POOL announcements filed under it, each published once and
    then given a newer draft revision whose texts carry MARKER."""
    with module_data.build():
        home = AnnouncementIndexPageFactory.as_home_page()
        topic = TopicFactory(slug=TOPIC)
        Group.objects.get_or_create(name="Pool readers")
        pages = []
        for number in range(POOL):
            page = AnnouncementPageFactory(slug_en=f"item-{number}", slug_ja=f"item-{number}", topics=[topic])
            page.title_en, page.title_ja = f"{MARKER} title {number}", f"{MARKER} 題 {number}"
            page.summary_en = page.summary_ja = f"{MARKER} summary {number}"
            page.save_revision()
            pages.append(page.pk)
    return {"home": home.pk, "pages": pages}


def restrict(page, kind: str | None) -> None:
    if kind is None:
        return
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password="secret")
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name="Pool readers")])


def apply_state(pool: dict, state: dict) -> None:
    now = timezone.now()
    PageViewRestriction.objects.all().delete()
    restrict(AnnouncementIndexPage.objects.get(pk=pool["home"]), state["inherited"])
    for number, (pk, page_state) in enumerate(zip(pool["pages"], state["pages"], strict=True)):
        status, written = page_state["status"], page_state["written"]
        live = status == "live"
        fields = {
            "live": live,
            "has_unpublished_changes": True,
            "expired": status == "expired",
            "expire_at": now - timedelta(days=1) if status == "expired" else None,
            "go_live_at": now + timedelta(days=1) if status == "scheduled" else None,
            "first_published_at": None if status in ("draft", "scheduled") else now - timedelta(days=number + 2),
            "default_language_only": written == "english only",
            "default_language_only_reason": "Translation tomorrow." if written == "english only" else "",
            # A page that is not live keeps its draft text in its row: it must show nowhere.
            "title_en": f"Item {number}" if live else f"{MARKER} row {number}",
            "title_ja": "" if written == "untranslated" else (f"項目{number}" if live else f"{MARKER} 行 {number}"),
            "summary_en": f"Summary {number}." if live else MARKER,
            "summary_ja": "" if written == "untranslated" else (f"要約{number}。" if live else MARKER),
        }
        AnnouncementPage.objects.filter(pk=pk).update(**fields)
        restrict(AnnouncementPage.objects.get(pk=pk), page_state["restriction"])
    cache.clear()
    # Rows were written directly (no publish signal): index them as the publishing side effect would.
    rebuild_search_index()


def expected(state: dict, language: str) -> set[int]:
    """The announcements ``language``'s public outputs must list: live, public, written in it."""
    if state["inherited"] is not None:
        return set()
    return {
        number
        for number, page in enumerate(state["pages"])
        if page["status"] == "live" and page["restriction"] is None and (language == "en" or page["written"] == "both")
    }


def listed(body: str, language: str) -> set[int]:
    return {int(number) for number in re.findall(rf"/{language}/item-(\d+)/", body)}


def read_listing(client: DoorClient, path: str) -> str:
    response = client.get(path)
    # A listing page under a restriction sends readers to log in: it lists nothing.
    sends_to_login = response.status_code == 302 and "/_util/login/" in response["Location"]
    assert response.status_code == 200 or sends_to_login, (path, response.status_code)
    return response.content.decode()


def check_output(client: DoorClient, state: dict, output: Output, language: str) -> int:
    """Read one output in one language, and one announcement's page directly; returns how
    many responses were read."""
    want = expected(state, language)
    paths = output.paths(language, TOPIC)
    for path in paths:
        body = read_listing(client, path)
        assert listed(body, language) == want, (output.name, path, state)
        assert MARKER not in body, (output.name, path, state)
    number = state["probe"]
    response = client.get(f"/{language}/item-{number}/")
    body = response.content.decode()
    assert MARKER not in body, (language, number, state)
    summary = f"Summary {number}." if language == "en" else f"要約{number}。"
    # A page published in English only answers /ja/ with a noindex note pointing to the English.
    shown = response.status_code == 200 and summary in body and 'content="noindex"' not in body
    assert shown == (number in want), (language, number, response.status_code, state)
    return len(paths) + 1


@pytest.mark.django_db
def test_every_public_output_lists_exactly_the_public_announcements(pool):
    client = DoorClient()
    seen = {"states": 0, "responses": 0}
    # Each state is read through one output in one language (and one page), in turn, so that
    # hundreds of states stay quick and every output is read in every language many times.
    rounds = [(output, language) for output in OUTPUTS for language in LANGUAGES]

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(site_states)
    def check(state):
        apply_state(pool, state)
        output, language = rounds[seen["states"] % len(rounds)]
        seen["responses"] += check_output(client, state, output, language)
        seen["states"] += 1

    started = time.perf_counter()
    check()
    elapsed = time.perf_counter() - started

    assert seen["states"] >= EXAMPLES
    print(f"\n{seen['states']} site states, {seen['responses']} responses read in {elapsed:.0f} s")
