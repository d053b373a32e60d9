"""Where the results store is: a path or URL from `--db`, NEWSQUIZ_DB or the data folder.

Cheap to import (no backend, no store classes): the game names this place on its
start screen before anything is opened.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ENV_VAR = "NEWSQUIZ_DB"
DEFAULT_FILE = "results.sqlite3"


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsquiz")) / DEFAULT_FILE


def resolve_location(
    location: str | Path | None = None, environ: Mapping[str, str] | None = None
) -> str:
    """The location to use: the one given, else NEWSQUIZ_DB, else the user data folder."""
    if location is not None and str(location) != "":
        return str(location)
    from_env = (os.environ if environ is None else environ).get(ENV_VAR, "")
    if from_env:
        return from_env
    return str(default_path())


def scheme_of(location: str) -> str | None:
    """The URL scheme, or None for a plain path (a Windows drive letter is a path)."""
    if "://" not in location:
        return None
    return location.split("://", 1)[0].lower()


def redact(location: str) -> str:
    """A location fit for messages: a URL's password replaced by ***."""
    if scheme_of(location) is None:
        return location
    parts = urlsplit(location)
    if parts.password is None:
        return location
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))
