"""The read-only public JSON API (django-ninja), per language, over the read side."""
