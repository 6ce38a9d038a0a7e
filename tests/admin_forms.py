"""A page's full edit form as the editor's browser submits it.

Every field the edit page's HTML carries is read from the page itself (wagtail.test.utils'
``querydict_from_html``); StreamFields, which the admin draws with JavaScript and so have
no inputs in the HTML, are built from the page's stored value with the helpers of
``wagtail.test.utils.form_data``, block ids included (the browser sends them back).
"""

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield


def block_form_data(block, value):
    """One block's value as the edit form posts it; None for a field the browser leaves out."""
    if isinstance(block, blocks.StreamBlock):
        children = list(value or [])
        data = streamfield([(child.block_type, block_form_data(child.block, child.value)) for child in children])
        for index, child in enumerate(children):
            data[str(index)]["id"] = child.id
        return data
    if isinstance(block, blocks.StructBlock):
        fields = {name: block_form_data(child, value.get(name)) for name, child in block.child_blocks.items()}
        return {name: posted for name, posted in fields.items() if posted is not None}
    if isinstance(block, blocks.ListBlock):
        items = list(value.bound_blocks) if value is not None else []
        data = {
            str(index): {
                "value": block_form_data(block.child_block, item.value),
                "id": item.id,
                "deleted": "",
                "order": str(index),
            }
            for index, item in enumerate(items)
        }
        return {**data, "count": str(len(items))}
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if value else "", features=block.features)
    if isinstance(block, blocks.ChooserBlock):
        return str(value.pk) if value else ""
    if isinstance(block, blocks.ChoiceBlock):
        return str(value or "")  # a <select>: one value, not the widget's list
    if isinstance(block, blocks.BooleanBlock):
        return "on" if value else None  # an unticked checkbox is not posted
    return block.get_form_state(value) or ""


def edit_form_data(client, page, *, url: str | None = None) -> dict:
    """What pressing a button on ``page``'s edit view (or the view at ``url``, such as a
    revision's "Review this version") posts, for a logged-in ``client``. A snippet's (a
    FAQ's, a license version's): ``page`` is the snippet and ``url`` its edit view."""
    html = client.get(url or f"/admin/pages/{page.pk}/edit/").content.decode()
    form_id = "page-edit-form" if url is None or url.startswith("/admin/pages/") else "w-editor-form"
    posted = querydict_from_html(html, form_id=form_id)
    data = {}
    for name, values in posted.lists():
        if "__prefix__" in name:
            continue  # the template for a new inline row, inside <template>: browsers do not post it
        # HTML drops the newline Django writes after <textarea>; bs4 keeps it.
        values = [value.removeprefix("\n") for value in values]
        data[name] = values if len(values) > 1 else values[0]
    specific = getattr(page, "specific", page)
    for field in specific._meta.get_fields():
        if isinstance(field, StreamField):
            stream = getattr(specific, field.name)
            data.update(nested_form_data({field.name: block_form_data(field.stream_block, stream)}))
    return data
