"""Shared fixtures: the seed pack and a way to write small packs."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from newsquiz.library import bundled_dir
from newsquiz.pack import Pack, load_pack

SEED_PACK = bundled_dir() / "austin-shoigu-call"

# CI runs on a loaded machine: an example that waits for the CPU says nothing about the code.
# Every property runs without Hypothesis's per-example deadline (its examples still count).
settings.register_profile("newsquiz", deadline=None)
settings.load_profile("newsquiz")


def pytest_configure(config: pytest.Config) -> None:
    # Packs loaded by the game and the CLI (and the commands tests run) are cached in a
    # folder of this run's own, never in the user's cache.
    os.environ["NEWSQUIZ_CACHE_DIR"] = tempfile.mkdtemp(prefix="newsquiz-test-cache-")
    # Remembered settings likewise, even for a game started with the environment as it was
    # when a test module was imported (each test then gets a file of its own: own_settings).
    config_dir = tempfile.mkdtemp(prefix="newsquiz-test-config-")
    os.environ["NEWSQUIZ_CONFIG"] = str(Path(config_dir) / "settings.json")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.pop("NEWSQUIZ_CACHE_DIR", ""), ignore_errors=True)
    settings = os.environ.pop("NEWSQUIZ_CONFIG", "")
    if settings:
        shutil.rmtree(Path(settings).parent, ignore_errors=True)


ARTICLE = (
    "Austin and Shoigu spoke for the first time.\n"
    "The call lasted about an hour and was at the request of Austin.\n"
    "On March 1, the two armies set up a deconfliction line.\n"
)


@pytest.fixture(autouse=True)
def own_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test remembers settings (name, theme, mode) in a file of its own, never the
    player's: a game played by one test must not fill in the next one's start screen."""
    path = tmp_path_factory.getbasetemp() / "settings" / f"{uuid.uuid4().hex}.json"
    monkeypatch.setenv("NEWSQUIZ_CONFIG", str(path))
    return path


@pytest.fixture(scope="session")
def seed_pack() -> Pack:
    return load_pack(SEED_PACK)


WritePack = Callable[..., Path]


@pytest.fixture
def write_pack(tmp_path: Path) -> WritePack:
    """Write pack.yaml (and an article) into a temporary folder; return the folder."""

    def write(yaml_text: str, article: str | bytes | None = ARTICLE, name: str = "pack") -> Path:
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        (folder / "pack.yaml").write_text(yaml_text, encoding="utf-8")
        if isinstance(article, bytes):
            (folder / "article.txt").write_bytes(article)
        elif article is not None:
            (folder / "article.txt").write_text(article, encoding="utf-8")
        return folder

    return write
