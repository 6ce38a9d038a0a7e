"""Screens and messages for editors that read the public side: reports and notifications.

Above the read side (it reads ``announcements.public``), beside the feeds; the admin
wiring (``wagtail_hooks``) and the publishing side effects use it.
"""
