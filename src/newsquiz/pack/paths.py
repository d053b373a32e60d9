"""Where a pack's files are: cheap to import, for code that finds packs without loading them."""

from __future__ import annotations

from pathlib import Path

PACK_FILE = "pack.yaml"


def resolve_pack_path(target: Path) -> Path:
    """A pack folder or its pack.yaml, as the path of the pack.yaml."""
    return target / PACK_FILE if target.is_dir() else target
