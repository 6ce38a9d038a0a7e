"""What cites a license version, found through Wagtail's reference index.

Announcements and FAQs cite license versions, but this app never imports them:
Wagtail's reference index already records every chooser block and foreign key
that points at a version, whatever model it is on. Pages are listed only when
live and public. Other models (FAQs) are listed only when their app has registered
how the public reaches them (``register_citing_model``); a model nobody registered
is not listed.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex


@dataclass(frozen=True)
class CitingItem:
    title: str
    url: str
    kind: str  # the citing model's verbose name, e.g. "announcement" or "FAQ"


# objects, request -> [(object, title, public URL)], leaving out what the public may not see.
CitingLinks = Callable[[Iterable, object], list[tuple]]
_citing_links: dict[type, CitingLinks] = {}


def register_citing_model(model: type, links: CitingLinks) -> None:
    """Let license pages list ``model``'s objects that cite a version, through ``links``."""
    _citing_links[model] = links


def cited_by(version, request) -> list[CitingItem]:
    """Public pages and other items citing ``version``, pages first, each once."""
    ids_by_content_type: dict[int, list[str]] = defaultdict(list)
    references = ReferenceIndex.get_references_to(version).values_list("content_type_id", "object_id").distinct()
    for content_type_id, object_id in references:
        if object_id not in ids_by_content_type[content_type_id]:
            ids_by_content_type[content_type_id].append(object_id)

    pages: list[CitingItem] = []
    others: list[CitingItem] = []
    for content_type_id, object_ids in ids_by_content_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        kind = str(model._meta.verbose_name)
        if issubclass(model, Page):
            # Past expire_at counts as gone at once, as in announcements' public selector.
            visible = model.objects.live().public().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
            for page in visible.filter(pk__in=object_ids).order_by("-first_published_at"):
                pages.append(CitingItem(page.title, page.get_url(request=request), kind))
        elif model in _citing_links:
            objects = model._default_manager.filter(pk__in=object_ids)
            others.extend(CitingItem(title, url, kind) for _obj, title, url in _citing_links[model](objects, request))
    return pages + others
