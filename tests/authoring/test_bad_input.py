"""Bad input: one clear message and a non-zero exit, never a traceback; bounded time and memory."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from tests.authoring.conftest import Ran, RunCli
from tests.conftest import ARTICLE, SEED_PACK, WritePack

HEAD = "format: newsquiz/1\nid: t\ntitle: T\narticle: article.txt\n"


def _alias_bomb() -> str:
    """A list whose nine aliases each expand nine times, ten levels deep: 9**10 values."""
    levels = ['&a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        levels.append(f"&a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return "[" + ", ".join(levels) + "]"


def _deep_block() -> str:
    text = HEAD + "questions:\n  - id: q\n    question: Q\n    cite: On March 1\n    answer:\n"
    return text + "".join(" " * (6 + i) + "a:\n" for i in range(3000)) + " " * 3006 + "b\n"


def _one_clear_message(ran: Ran) -> None:
    assert ran.status != 0
    assert "Traceback" not in ran.err + ran.out
    messages = [line for line in (ran.err + ran.out).splitlines() if "error" in line]
    assert 1 <= len(messages) <= 2, ran


def _bounded(cli: RunCli, *argv: str | Path) -> Ran:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        ran = cli(*argv)
    finally:
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < 5, f"took {elapsed:.1f}s"
    assert peak < 64 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"
    return ran


@pytest.fixture
def big_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "big"
    folder.mkdir()
    with (folder / "pack.yaml").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: quick to make
    (folder / "article.txt").write_text(ARTICLE)
    return folder


@pytest.mark.parametrize("command", [["check"], ["key"], ["export", "--gift"], ["draft"]])
def test_a_50_mb_pack_is_refused_by_size(command: list[str], big_pack: Path, cli: RunCli) -> None:
    ran = _bounded(cli, command[0], big_pack, *command[1:])
    _one_clear_message(ran)
    assert "52,428,800 bytes" in ran.err + ran.out


@pytest.mark.parametrize("command", [["check"], ["key"], ["export", "--gift"], ["draft"]])
def test_deeply_nested_and_alias_bomb_yaml(
    command: list[str], write_pack: WritePack, cli: RunCli
) -> None:
    deep = write_pack(_deep_block(), name="deep")
    flow = write_pack(HEAD + "questions: " + "[" * 50_000 + "]" * 50_000 + "\n", name="flow")
    bomb = write_pack(
        HEAD + f"questions:\n  - id: q\n    question: Q\n    answer: {_alias_bomb()}\n"
        "    cite: On March 1\n",
        name="bomb",
    )
    for folder in (deep, flow, bomb):
        ran = _bounded(cli, command[0], folder, *command[1:])
        _one_clear_message(ran)


@pytest.mark.parametrize("command", [["check"], ["key"], ["export", "--gift"], ["draft"]])
def test_invalid_utf8_pack_and_article(
    command: list[str], write_pack: WritePack, cli: RunCli
) -> None:
    bad_pack = write_pack(b"format: newsquiz/1\ntitle: caf\xe9\n".decode("latin-1"), name="p")
    (bad_pack / "pack.yaml").write_bytes(b"format: newsquiz/1\ntitle: caf\xe9\n")
    ran = cli(command[0], bad_pack, *command[1:])
    _one_clear_message(ran)
    assert "2:11" in ran.err + ran.out and "UTF-8" in ran.err + ran.out
    bad_article = write_pack(
        HEAD + "questions:\n  - id: q\n    question: Q\n    answer: A\n    cite: x\n",
        article=b"Caf\xe9 news\n",
        name="a",
    )
    ran = cli(command[0], bad_article, *command[1:])
    assert ran.status != 0 and "Traceback" not in ran.err + ran.out
    assert "UTF-8" in ran.err + ran.out


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{missing}"],
        ["key", "{missing}"],
        ["export", "{missing}", "--gift"],
        ["draft", "{missing}"],
        ["draft", "{missing}.txt"],
        ["new", "p", "--article", "{missing}.txt", "--dir", "{tmp}"],
        ["import", "{missing}.gift", "--article", "{seed_article}", "--dir", "{tmp}"],
        ["import", "{folder}", "--article", "{seed_article}", "--dir", "{tmp}"],
    ],
)
def test_missing_files(argv: list[str], tmp_path: Path, cli: RunCli) -> None:
    values = {
        "missing": str(tmp_path / "nowhere"),
        "tmp": str(tmp_path),
        "seed_article": str(SEED_PACK / "article.txt"),
        "folder": str(tmp_path),
    }
    ran = cli(*(a.format(**values) for a in argv))
    assert ran.status != 0
    assert "Traceback" not in ran.err
    assert len(ran.err.strip().splitlines()) == 1, ran.err
    assert str(tmp_path) in ran.err or "nowhere" in ran.err


def test_invalid_utf8_article_and_gift_for_new_draft_import(tmp_path: Path, cli: RunCli) -> None:
    article = tmp_path / "latin1.txt"
    article.write_bytes(b"Headline\n\nThe caf\xe9 opened on March 1.\n")
    for argv in (
        ["new", "p", "--article", article, "--dir", tmp_path],
        ["draft", article],
        ["import", article, "--article", SEED_PACK / "article.txt", "--dir", tmp_path],
    ):
        ran = cli(*argv)
        assert ran.status == 1 and "Traceback" not in ran.err
        assert ran.err.count("\n") == 1 and "3:8" in ran.err and "not valid UTF-8" in ran.err


def test_unreadable_file(tmp_path: Path, cli: RunCli) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    article = tmp_path / "secret.txt"
    article.write_text("text")
    article.chmod(0)
    ran = cli("new", "p", "--article", article, "--dir", tmp_path)
    assert ran.status == 1 and "permission denied" in ran.err
