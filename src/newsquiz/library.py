"""Finding packs: the bundled ones and those in the user's pack folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import newsquiz
from newsquiz.pack.paths import PACK_FILE


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


def find_pack(name: str) -> Path | None:
    """A pack by path, or by the folder name of a bundled or user pack."""
    candidate = Path(name)
    if candidate.exists():
        return candidate
    for entry in available_packs():
        if entry.folder_name == name:
            return entry.path
    return None
