"""Feed URLs, included under each language prefix: /en/feeds/..., /ja/feeds/...

The same three formats for every announcement and for each topic's:
``rss/``, ``atom/``, ``json/`` and ``topics/<slug>/rss/`` etc. JSON Feed pages: ``json/?page=2``.
"""

from django.urls import path

from . import views
from .caching import feed_view
from .syndication import AnnouncementsAtomFeed, AnnouncementsJSONFeed, AnnouncementsRssFeed

app_name = "feeds"

rss = feed_view(AnnouncementsRssFeed())
atom = feed_view(AnnouncementsAtomFeed())
json = feed_view(AnnouncementsJSONFeed())

urlpatterns = [
    path("", views.feed_list, name="index"),
    path("rss/", rss, name="rss"),
    path("atom/", atom, name="atom"),
    path("json/", json, name="json"),
    path("topics/<slug:topic_slug>/rss/", rss, name="topic_rss"),
    path("topics/<slug:topic_slug>/atom/", atom, name="topic_atom"),
    path("topics/<slug:topic_slug>/json/", json, name="topic_json"),
]
