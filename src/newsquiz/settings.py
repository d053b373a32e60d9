"""What the game remembers between runs: the player's name and group, theme and mode.

A small JSON file in the user's config folder (`$NEWSQUIZ_CONFIG` names another, as the
tests do). Reading never fails: a missing file is a first run, a damaged one is ignored
with a one-line note. Writing never fails either: it says why it could not, and the game
goes on. Everything read is untrusted: the name is kept as plain text, the rest only
when it is one of the values the game knows.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from newsquiz.facts.text import printable

ENV_VAR = "NEWSQUIZ_CONFIG"
FILE_NAME = "settings.json"
MAX_NAME = 40  # as long as the start screen's name box takes
MAX_FILE_BYTES = 64 * 1024  # far more than any real settings file


@dataclass(frozen=True)
class Settings:
    player: str = ""
    group: str = ""
    mode: str = ""  # a mode id ("closed", "open", "drill", "factcheck"); "" for the default
    theme: str = ""  # a Textual theme name; "" for the default


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    note: str = ""  # why the file was ignored, in one line ("" when it was fine or absent)


def settings_path() -> Path:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsquiz")) / FILE_NAME


def plain_name(raw: str) -> str:
    """A name as the game keeps it: no control characters, trimmed, at most 40 characters."""
    return printable(raw).strip()[:MAX_NAME]


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    return plain_name(value) if isinstance(value, str) else ""


def load_settings(path: Path | None = None) -> Loaded:
    """The settings in `path` (default: `settings_path()`); defaults when there are none."""
    path = path or settings_path()
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return Loaded(Settings())
    except OSError as err:
        return Loaded(Settings(), f"Settings not read ({path}: {err.strerror or err}).")
    try:
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("far too long for a settings file")
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except ValueError as err:  # JSON and UTF-8 errors are ValueErrors
        reason = " ".join(str(err).split())[:80]
        return Loaded(Settings(), f"Settings ignored: {path} is damaged ({reason}).")
    return Loaded(
        Settings(
            player=_text(data, "player"),
            group=_text(data, "group"),
            mode=_text(data, "mode"),
            theme=_text(data, "theme"),
        )
    )


def save_settings(settings: Settings, path: Path | None = None) -> str:
    """Write `settings` whole or not at all; "" when saved, else why not, in one line."""
    path = path or settings_path()
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # A new file moved over the old: a crash mid-write leaves the old settings whole.
        handle, temporary = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as err:
        return f"Settings not saved ({path}: {err.strerror or err})."
    return ""
