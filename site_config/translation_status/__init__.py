"""Translation status of any item whose texts exist in every language and that has
revisions (pages, FAQs, license versions): what each translation was made from, whether
it is missing or out of date, the editor's "still says the same", and the admin's form
box and panel for it. Below every app, importing none: the apps mix it in.

- ``freshness``: the rules (pure).
- ``texts``: an item's translatable texts, read from its fields, blocks and inline rows.
- ``tracking``: the model mixin that records the status with every revision.
- ``models``: ``TranslationWork``, each item's languages needing work as last saved, and
  ``listings``: the admin listings' status columns and filter, read from it.
- ``forms`` and ``panels``: the edit form's "Translations checked" box and status panel.
"""
