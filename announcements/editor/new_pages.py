"""A new page is created once, however many times its create form is posted.

Wagtail 8 autosaves a new page's form every half second while the editor types. The
first autosave creates the page and, when its answer arrives, switches the form's action
to the page's edit view. A Save draft or Publish click sent before that answer (or an
autosave retried after a lost answer) posts the *create* form again. Wagtail would then
try to add the same page a second time: in sequence its slug is refused ("already in
use") though the editor made no mistake, and on PostgreSQL, where both requests overlap,
``add_child``'s slug check fails after the form has been validated, a 500.

The choice made here: the second post is the same page, so it is *saved to that page*,
through Wagtail's own edit view with the posted data, as the form would have been had
the browser heard back in time. Save draft makes a new revision (the autosave's stays in
the history), Publish publishes; nothing typed is lost, no second page is made, and the
editor is told what happened. Turning the clash into a form error instead was rejected:
the editor would see a slug error for a page they never made twice, and changing the
slug to get past it would make the duplicate page.

Except one way round: an autosave that arrives after the editor's own click made the page
is not saved. The click is what the editor chose to keep, and the autosave holds the same
words (sent during the click's round trip, while the browser leaves the form) or older
ones (sent before the click, arrived after it). Saving it would add a revision the edit
view the click leads to has not seen, and publishing from there would then warn of "a new
version saved in another window" the editor never opened, or put back older words. It is
answered as saved, with the click's revision.

"Same page" is decided by the form, not guessed from the slug: every create form carries
a token of its own (``BilingualPageForm.new_page_form_token``), recorded with the page it
made (``PageCreation``). Creates under one parent run one at a time (the parent's row is
locked first, on SQLite the IMMEDIATE transaction does it), so an overlapping second post
waits for the first to commit and then finds the page; two different forms that pick the
same slug get the ordinary "slug already in use" error on the second, never a 500.
"""

import json
import uuid

from django.db import transaction
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.utils import set_query_params
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet, page_viewset_registry
from wagtail.models import Page, get_page_models

from ..forms import NEW_PAGE_FORM_TOKEN
from ..models import BilingualPage, PageCreation


class CreateOnceView(CreateView):
    """Wagtail's create view, run once per create form (see the module's docstring)."""

    def post(self, request):
        with transaction.atomic():
            self.wait_for_other_creates_under_this_parent()
            token = self.form_token()
            made = PageCreation.objects.filter(form_token=token).select_related("page").first() if token else None
            if made is not None:
                return self.answer_for_the_page_already_made(made)
            response = super().post(request)
            if token and self.page.pk is not None:
                PageCreation.objects.create(
                    form_token=token, page_id=self.page.pk, by_click=not self.expects_json_response
                )
            return response

    def wait_for_other_creates_under_this_parent(self) -> None:
        # Evaluated for the lock it takes; SQLite ignores FOR UPDATE, its IMMEDIATE
        # transaction has already taken the write lock.
        list(Page.objects.select_for_update().filter(pk=self.parent_page.pk).values_list("pk", flat=True))

    def form_token(self) -> uuid.UUID | None:
        try:
            return uuid.UUID(self.request.POST.get(NEW_PAGE_FORM_TOKEN, ""))
        except ValueError:
            return None  # a form from before tokens, or none at all: Wagtail's create as it is

    def answer_for_the_page_already_made(self, made: PageCreation):
        if self.expects_json_response and made.by_click:
            return self.as_first_autosave_answer(made.page, self.answer_as_saved(made.page))
        return self.save_to_the_page_already_made(made.page)

    def save_to_the_page_already_made(self, page: Page):
        if not self.expects_json_response:
            messages.info(
                self.request,
                _(
                    "Autosave had already created '%(page_title)s' from this form a moment ago, so "
                    "what you sent was saved to that page instead of creating a second one."
                )
                % {"page_title": page.specific_deferred.get_admin_display_title()},
            )
        edit = page_viewset_registry.get_by_type(page.specific_class).get_view_by_name("edit")
        response = edit(self.request, page_id=page.pk)
        if self.expects_json_response and response.status_code == 200:
            return self.as_first_autosave_answer(page, json.loads(response.content))
        return response

    def answer_as_saved(self, page: Page) -> dict:
        """The edit view's answer to an autosave, for the revision the page already has (a
        page new from the create form has no comments yet)."""
        revision = page.latest_revision
        return {
            "success": True,
            "pk": page.pk,
            "revision_id": revision.pk,
            "revision_created_at": revision.created_at.isoformat(),
            "field_updates": {},
            "comments": {"comments": [], "user": self.request.user.pk, "authors": {}},
        }

    def as_first_autosave_answer(self, page: Page, answer: dict) -> JsonResponse:
        """The edit view's answer in the create view's shape, so the browser switches the
        form to the edit view and loads its panels, as after the first autosave."""
        edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        hydrate_url = set_query_params(edit_url, {"_w_hydrate_create_view": "1"})
        # Without "html": the hydrate URL brings the edit view's panels.
        fields = {name: value for name, value in answer.items() if name != "html"}
        return JsonResponse({**fields, "url": edit_url, "hydrate_url": hydrate_url})


class BilingualPageViewSet(PageViewSet):
    """A bilingual page type's admin views: Wagtail's, with the create view above."""

    add_view_class = CreateOnceView
    # Registered only for its views: the explorer's listings stay Wagtail's.
    parent_models = ()


def bilingual_page_viewsets() -> list[BilingualPageViewSet]:
    """One per concrete page type, as Wagtail's views look pages up by the viewset's model."""
    return [BilingualPageViewSet(model=model) for model in get_page_models() if issubclass(model, BilingualPage)]
