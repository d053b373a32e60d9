"""Authoring tools: new, draft, check (lint), key, schema and GIFT import/export.

Nothing here imports the user interface; the commands only present it.
"""
