"""Finding packs: the bundled ones and those in the user's pack folder, and what each is."""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import newsquiz
from newsquiz.pack.paths import PACK_FILE

if TYPE_CHECKING:
    from newsquiz.pack import Pack


@dataclass(frozen=True)
class PackEntry:
    path: Path  # the pack.yaml
    source: str  # "bundled" or "yours"

    @property
    def folder_name(self) -> str:
        return self.path.parent.name


def bundled_dir() -> Path:
    """Where the bundled packs are: inside the installed package, or the source tree."""
    # The package is installed as plain files (never zipped), so no importlib.resources.
    installed = Path(newsquiz.__file__).parent / "questions"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "questions"


def user_dir() -> Path:
    override = os.environ.get("NEWSQUIZ_PACKS")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsquiz")) / "packs"


def _packs_in(folder: Path, source: str) -> list[PackEntry]:
    if not folder.is_dir():
        return []
    return [
        PackEntry(child / PACK_FILE, source)
        for child in sorted(folder.iterdir())
        if (child / PACK_FILE).is_file()
    ]


def available_packs() -> list[PackEntry]:
    return _packs_in(bundled_dir(), "bundled") + _packs_in(user_dir(), "yours")


def closest_pack(typed: str, entries: Sequence[PackEntry]) -> str | None:
    """The listed pack the player most likely meant: a close spelling of its folder's name,
    or the one folder name holding what they typed ("chile" for chile-four-aftershocks)."""
    names = [entry.folder_name for entry in entries]
    close = difflib.get_close_matches(typed, names, n=1)
    if close:
        return close[0]
    holding = [name for name in names if typed.casefold() in name.casefold()]
    return holding[0] if len(holding) == 1 else None


def find_pack(name: str) -> Path | None:
    """A pack by path, or by the folder name of a bundled or user pack."""
    candidate = Path(name)
    if candidate.exists():
        return candidate
    for entry in available_packs():
        if entry.folder_name == name:
            return entry.path
    return None


# How a player adds a pack of their own, said wherever their pack folder is named.
HOW_TO_ADD = "Add a pack: `newsquiz new`, or copy a pack folder there."


@dataclass(frozen=True)
class PackDescription:
    """A listed pack as the library shows it: what it is about, or why it does not load."""

    entry: PackEntry
    pack: Pack | None
    problems: tuple[str, ...] = ()  # each as a compiler would say it (file:line: error: …)

    @property
    def loads(self) -> bool:
        return self.pack is not None

    @property
    def pack_id(self) -> str | None:
        return self.pack.id if self.pack is not None else None

    @property
    def title(self) -> str:
        """The pack's title (its topic); the folder's name when it does not load."""
        return self.pack.title if self.pack is not None else self.entry.folder_name

    @property
    def published(self) -> date | None:
        """The day its article was published, when the pack says."""
        return self.pack.article.published if self.pack is not None else None

    @property
    def questions(self) -> int:
        return len(self.pack.questions) if self.pack is not None else 0

    @property
    def problem(self) -> str:
        """Why it does not load, in one line ("" when it does); the rest is one `check` away."""
        if self.pack is not None:
            return ""
        first = " ".join((self.problems or ("this pack does not load",))[0].split())
        more = len(self.problems) - 1
        return f"{first} (and {more} more)" if more > 0 else first


def describe(entry: PackEntry) -> PackDescription:
    """Load one listed pack (from the cache when it is unchanged) to say what it is."""
    from newsquiz.pack import PackError
    from newsquiz.pack.cache import load_pack_cached

    try:
        return PackDescription(entry, load_pack_cached(entry.path))
    except PackError as err:
        return PackDescription(entry, None, tuple(p.format() for p in err.problems))
    except (OSError, ValueError) as err:  # a folder that vanished or cannot be read
        return PackDescription(entry, None, (f"{entry.path}: error: {err}",))


def describe_packs() -> list[PackDescription]:
    """Every pack, bundled and the player's own, in the order they are listed."""
    return [describe(entry) for entry in available_packs()]
