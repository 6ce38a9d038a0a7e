"""A page listing every feed in the reader's language and documenting the JSON Feed extension."""

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from site_config.i18n import language_links

from ..models import Topic


@dataclass(frozen=True)
class FeedLinks:
    """One subject's feeds in the three formats."""

    label: str
    rss: str
    atom: str
    json: str


def _links(label: str, prefix: str, **kwargs) -> FeedLinks:
    return FeedLinks(
        label=label,
        rss=reverse(f"feeds:{prefix}rss", kwargs=kwargs),
        atom=reverse(f"feeds:{prefix}atom", kwargs=kwargs),
        json=reverse(f"feeds:{prefix}json", kwargs=kwargs),
    )


def feed_list(request: HttpRequest) -> HttpResponse:
    feeds = [_links(_("All announcements"), "")]
    feeds += [_links(topic.name, "topic_", topic_slug=topic.slug) for topic in Topic.objects.all()]
    context = {"feeds": feeds, "language_links": language_links(request)}
    return render(request, "feeds/feed_list.html", context)
