"""A cache of loaded packs, so the game's first screen does not wait for YAML and inference.

Loading a pack means PyYAML, positions for every field and kind inference: about
60 ms of imports and work before the game can draw anything. A pack that loaded
cleanly is kept as JSON (plain data, which can run no code, unlike a pickle: a shared
cache folder is no way in) in the user's cache folder and used again only when it is
certainly the same pack: the cache holds the exact bytes of `pack.yaml` and of the
article, compared in full, and a fingerprint of the code that loaded it (every module and
table of `newsquiz.facts`, `newsquiz.pack` and `newsquiz.grading`, whose inference sets
kinds). Anything else — a changed file, a new newsquiz, a damaged or unreadable
cache — means an ordinary load. A pack with problems is never cached, so its
author always sees them.

`NEWSQUIZ_CACHE_DIR` names another cache folder; set to nothing, it turns the cache off.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import sys
import zlib
from functools import cache
from pathlib import Path
from typing import Any

import newsquiz
from newsquiz.pack.model import Pack
from newsquiz.pack.paths import resolve_pack_path
from newsquiz.pack.stored import pack_from_data, pack_to_data

CACHE_FORMAT = 2  # 2: JSON, which can run no code (1 was a pickle)
ENV_VAR = "NEWSQUIZ_CACHE_DIR"
# The code that reads a pack and infers its kinds: facts (and its tables), pack, grading.
_CODE_PACKAGES = ("facts", "pack", "grading")
_CODE_SUFFIXES = (".py", ".tsv", ".txt")


def cache_dir() -> Path | None:
    """The folder packs are cached in, or None when caching is turned off."""
    override = os.environ.get(ENV_VAR)
    if override is not None:
        return Path(override) if override else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsquiz")) / "packs"


def load_pack_cached(target: Path | str, folder: Path | None = None) -> Pack:
    """`load_pack(target)`, from the cache when the pack and the code are unchanged.

    Raises PackError exactly as `load_pack` does; the cache only ever holds clean loads.
    """
    folder = cache_dir() if folder is None else folder
    # Kept as given: problems and the pack's paths read as the user typed them.
    path = resolve_pack_path(Path(target))
    if folder is None:
        return _load(path)
    where = path.absolute()
    entry = folder / entry_name(where)
    code = code_fingerprint(_CODE_PACKAGES)
    cached = _read(entry, where, path, code)
    if cached is not None:
        return cached
    pack = _load(path)
    _write(entry, where, code, pack)
    return pack


def _load(path: Path) -> Pack:
    from newsquiz.pack.loader import load_pack

    return load_pack(path)


def entry_name(path: Path) -> str:
    # The folder name keeps entries readable; the checksum keeps same-named packs apart.
    # A clash is harmless: the entry records its path, and a mismatch is a miss.
    key = zlib.crc32(os.fsencode(path))
    return f"{path.parent.name[:40]}-{key:08x}.json"


def code_fingerprint(packages: tuple[str, ...]) -> tuple[Any, ...]:
    """The version, the Python and every source file and table of `packages` (name, time,
    size): what a cached result of that code must be made by to be used again."""
    stats = [stat for package in packages for stat in _package_stats(package)]
    return (CACHE_FORMAT, newsquiz.__version__, sys.version_info[:2], tuple(sorted(stats)))


@cache
def _package_stats(package: str) -> tuple[tuple[str, int, int], ...]:
    """(name, time, size) of each source file and table of one package. Read once a
    process: `check` asks of the pack cache's packages and then of the kept findings', and
    the code a process runs is the code it imported."""
    root = Path(newsquiz.__file__).parent
    stats: list[tuple[str, int, int]] = []
    for folder, folders, files in os.walk(root / package):
        folders[:] = [f for f in folders if f != "__pycache__"]
        for name in files:
            if name.endswith(_CODE_SUFFIXES):
                info = os.stat(os.path.join(folder, name))
                stats.append((name, info.st_mtime_ns, info.st_size))
    return tuple(stats)


def _read(entry: Path, where: Path, path: Path, code: tuple[Any, ...]) -> Pack | None:
    try:
        record = json.loads(entry.read_bytes())
        if record["code"] != as_json_reads_it(code) or record["path"] != str(where):
            return None
        # The bytes first: an entry for an edited pack is passed over without building it.
        if path.read_bytes() != base64.b64decode(record["yaml"]):
            return None
        pack = pack_from_data(record["pack"])
        # The same file named another way (from another folder) is loaded afresh, so
        # the pack's paths always read as this user typed them.
        if pack.path != path:
            return None
        if pack.article.file.read_bytes() != base64.b64decode(record["article"]):
            return None
    except Exception:  # a missing, damaged or foreign entry is only a miss
        return None
    return pack


def as_json_reads_it(value: Any) -> Any:
    """`value` as JSON reads it back (tuples become lists)."""
    return json.loads(json.dumps(value))


def _write(entry: Path, where: Path, code: tuple[Any, ...], pack: Pack) -> None:
    from newsquiz.pack.loader import pack_digest

    try:
        data = pack.path.read_bytes()
        article = pack.article.file.read_bytes()
    except OSError:
        return
    # Record only the bytes the pack was loaded from: a file edited meanwhile is not cached.
    if pack_digest(data, article) != pack.digest:
        return
    record = {
        "code": code,
        "path": str(where),
        "yaml": base64.b64encode(data).decode("ascii"),
        "article": base64.b64encode(article).decode("ascii"),
        "pack": pack_to_data(pack),
    }
    write_json(entry, record)


def write_json(entry: Path, record: Any) -> None:
    """`record` written to `entry` whole or not at all; a cache that cannot be written is
    only slower next time."""
    temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        # Encoded whole, then written: `json.dump` to a file encodes piece by piece in
        # Python, several times slower than `dumps` for a long pack.
        temporary.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, entry)  # readers see the old entry or the new one, never half
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
