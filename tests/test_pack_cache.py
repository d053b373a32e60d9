"""The pack cache: the game starts without YAML, and never from a pack that has changed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsquiz.library import bundled_dir
from newsquiz.pack import PackError, load_pack
from newsquiz.pack import cache as pack_cache
from newsquiz.pack.cache import load_pack_cached
from newsquiz.pack.stored import pack_from_data, pack_to_data

SEED_PACK = bundled_dir() / "austin-shoigu-call"

WritePack = Callable[..., Path]

PACK_YAML = """\
format: newsquiz/1
id: demo
title: Demo
article:
  file: article.txt
questions:
  - id: call-length
    question: How long did the call last?
    answer: about an hour
    cite: The call lasted about an hour
"""


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_a_cached_pack_equals_a_fresh_load(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_pack_cached(SEED_PACK, cache)
    assert len(entries(cache)) == 1
    again = load_pack_cached(SEED_PACK, cache)
    assert again == load_pack(SEED_PACK) == first
    assert again.digest == first.digest
    assert [q.citations for q in again.questions] == [q.citations for q in first.questions]


def test_a_cached_pack_loads_without_the_yaml_loader(tmp_path: Path) -> None:
    # What the cache is for: the game's start-up skips PyYAML and kind inference.
    probe = (
        "import sys\n"
        "from newsquiz.pack.cache import load_pack_cached\n"
        f"pack = load_pack_cached({str(SEED_PACK)!r})\n"
        "print(len(pack.questions), 'yaml' in sys.modules, 'newsquiz.pack.loader' in sys.modules)"
    )
    env = dict(os.environ, NEWSQUIZ_CACHE_DIR=str(tmp_path))
    questions = len(load_pack(SEED_PACK).questions)
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs == [[str(questions), "True", "True"], [str(questions), "False", "False"]]


def test_an_edit_to_the_pack_or_the_article_is_seen(write_pack: WritePack, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    folder = write_pack(PACK_YAML)
    assert load_pack_cached(folder, cache).questions[0].answer == "about an hour"

    # Same length, same size on disk: only the bytes tell the change.
    (folder / "pack.yaml").write_text(
        PACK_YAML.replace("answer: about an hour", "answer: about a 'day'")
    )
    assert load_pack_cached(folder, cache).questions[0].answer == "about a 'day'"

    article = (folder / "article.txt").read_text()
    (folder / "article.txt").write_text(article.replace("Austin and", "Austin, and"))
    assert load_pack_cached(folder, cache).article.paragraphs[0].startswith("Austin, and")


def test_a_broken_pack_reports_its_problems_and_is_never_cached(
    write_pack: WritePack, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    folder = write_pack(PACK_YAML.replace("The call lasted", "The call took"))
    for _ in range(2):
        with pytest.raises(PackError) as raised:
            load_pack_cached(folder, cache)
        assert "not found in the article" in raised.value.problems[0].format()
        assert "pack.yaml:10:" in raised.value.problems[0].format()
    assert entries(cache) == []

    (folder / "pack.yaml").write_text(PACK_YAML)
    assert load_pack_cached(folder, cache).questions[0].id == "call-length"


def test_a_damaged_cache_entry_is_only_a_miss(write_pack: WritePack, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    folder = write_pack(PACK_YAML)
    load_pack_cached(folder, cache)
    (entry,) = entries(cache)
    entry.write_bytes(b"{not json at all")
    assert load_pack_cached(folder, cache) == load_pack(folder)
    assert entry.read_bytes() != b"{not json at all"  # written afresh


def test_a_cache_that_cannot_be_written_is_no_error(write_pack: WritePack, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("the cache folder cannot be made here")
    folder = write_pack(PACK_YAML)
    assert load_pack_cached(folder, blocked / "packs") == load_pack(folder)


def test_new_code_does_not_trust_an_old_entry(
    write_pack: WritePack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    folder = write_pack(PACK_YAML)
    load_pack_cached(folder, cache)
    (entry,) = entries(cache)
    before = entry.read_bytes()
    monkeypatch.setattr(pack_cache, "code_fingerprint", lambda packages: ("a newer newsquiz",))
    load_pack_cached(folder, cache)
    assert entry.read_bytes() != before  # loaded afresh and kept for the new code


def test_a_pack_keeps_the_path_it_was_named_by(
    write_pack: WritePack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    folder = write_pack(PACK_YAML)
    load_pack_cached(folder, cache)
    monkeypatch.chdir(folder.parent)
    relative = load_pack_cached(Path(folder.name), cache)
    assert relative.path == Path(folder.name) / "pack.yaml"
    assert relative.article.file == Path(folder.name) / "article.txt"


def test_the_cache_can_be_turned_off(
    write_pack: WritePack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSQUIZ_CACHE_DIR", "")
    assert pack_cache.cache_dir() is None
    folder = write_pack(PACK_YAML)
    assert load_pack_cached(folder) == load_pack(folder)
    monkeypatch.setenv("NEWSQUIZ_CACHE_DIR", str(tmp_path / "elsewhere"))
    load_pack_cached(folder)
    assert len(entries(tmp_path / "elsewhere")) == 1


def test_a_pack_that_checks_clean_is_cached_for_the_game(
    write_pack: WritePack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsquiz.authoring.lint import check_pack

    monkeypatch.setenv("NEWSQUIZ_CACHE_DIR", str(tmp_path / "cache"))
    broken = write_pack(PACK_YAML.replace("The call lasted", "The call took"), name="broken")
    assert check_pack(broken).pack is None
    assert entries(tmp_path / "cache") == []
    folder = write_pack(PACK_YAML)
    assert check_pack(folder).pack is not None
    assert len(entries(tmp_path / "cache")) == 1


@pytest.mark.parametrize(
    "folder",
    sorted(p for p in bundled_dir().iterdir() if (p / "pack.yaml").is_file()),
    ids=lambda p: p.name,
)
def test_every_bundled_pack_comes_back_from_the_cache_as_it_loaded(folder: Path) -> None:
    pack = load_pack(folder)
    again = pack_from_data(json.loads(json.dumps(pack_to_data(pack))))
    assert again == pack
    for before, after in zip(pack.questions, again.questions, strict=True):
        assert after.article == before.article and after.position == before.position
        assert after.field_positions == before.field_positions


def test_a_planted_entry_is_data_never_code(tmp_path: Path) -> None:
    """The cache reads JSON: an entry can only describe a pack, never run anything."""
    folder = tmp_path / "cache"
    load_pack_cached(SEED_PACK, folder)
    (entry,) = folder.glob("*.json")
    entry.write_text('{"code": [], "path": "x", "pack": {"__reduce__": "os.system"}}')
    assert load_pack_cached(SEED_PACK, folder) == load_pack(SEED_PACK)
