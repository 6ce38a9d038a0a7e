"""Publishing and unpublishing are one transaction with the outbox rows they record.

Wagtail's publish and unpublish actions save the object and then send
``page_published`` / ``page_unpublished`` (``published`` / ``unpublished`` for snippets),
whose receivers here write the outbox rows. Nothing in Wagtail wraps the two in a
transaction, and its callers reach the actions by different roads: the admin's edit and
unpublish views build the action themselves, the create view and workflow approvals go
through ``revision.publish()``, and ``publish_scheduled`` unpublishes expired pages as
plain ``Page`` objects, not as their specific class. A transaction on the model's own
``publish`` covered only some of these roads; one on the actions covers every caller, so
a page is never live (or gone) without the side effects that must follow it, nor the
reverse: a failure while the rows are written rolls the publication back with them.
"""

from django.db import transaction
from wagtail.actions import PublishRevisionAction, UnpublishAction, UnpublishPageAction

# Every action class that defines its own ``execute`` (subclasses that do not, such as
# PublishPageRevisionAction, inherit the wrapped one).
ACTIONS = (PublishRevisionAction, UnpublishAction, UnpublishPageAction)


def publish_and_unpublish_atomically() -> None:
    for action in ACTIONS:
        execute = action.__dict__["execute"]
        if not getattr(execute, "in_one_transaction", False):
            atomic_execute = transaction.atomic(execute)
            atomic_execute.in_one_transaction = True
            action.execute = atomic_execute
