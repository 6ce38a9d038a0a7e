/*
 * Intentionally empty: replaces wagtail-modeltranslation's script of the same name.
 *
 * That script puts "Copy content from" buttons on every nested panel whose id ends in a
 * language code, for copying one language's StreamField into another's. This site has no
 * per-language StreamFields (one body carries every language's texts side by side), so the
 * buttons had nothing to copy and landed on the Corrections panel, where clicking one made
 * the admin answer 500 (FieldDoesNotExist). The copy endpoint itself answers 404
 * (announcements.wagtail_hooks).
 */
