"""Pure rules of the content: no queries, no HTTP, easy to test on plain values.

Citation status against newer versions, the sections a body is grouped into, a
notice's date at its known precision, and which translations are missing.
"""
