"""`newsquiz play` on the command line: help, and bad packs without a traceback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsquiz.cli import main

from .helpers import TINY_PACK

WritePack = Callable[..., Path]  # the write_pack fixture of tests/conftest.py

BAD = """\
format: newsquiz/1
id: bad
title: Bad
article: {file: article.txt}
questions:
  - id: q1
    question: When?
    answer: 2022-03-01
    kind: colour
    cite: On March 1
"""


def test_play_help_names_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["play", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for option in ("PACK", "--player NAME", "--open-book", "--shuffle SEED", "examples:"):
        assert option in out


def test_a_pack_that_fails_to_load_prints_problems_and_exits_1(write_pack: WritePack) -> None:
    folder = write_pack(BAD)
    result = subprocess.run(
        [sys.executable, "-m", "newsquiz", "play", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{folder / 'pack.yaml'}:9" in result.stderr
    assert "colour" in result.stderr


def test_no_pack_there_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play", "no-such-pack-anywhere"]) == 1
    assert "no pack at `no-such-pack-anywhere`" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["play", "drill"])
def test_the_game_refuses_a_pipe_with_a_reason(command: str) -> None:
    # `newsquiz play PACK | cat` would fill the pipe with escape codes and wait for keys.
    done = subprocess.run(
        [sys.executable, "-m", "newsquiz", command, str(TINY_PACK), "--no-record"],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert done.returncode == 2
    assert b"needs a terminal" in done.stderr and done.stdout == b""


def test_a_misspelt_command_or_pack_gets_a_did_you_mean(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["plya", "austin-shoigu-call"])
    assert stopped.value.code == 2
    assert "did you mean `play`?" in capsys.readouterr().err
    assert main(["key", "austin-shoigu-cal"]) == 1
    assert "did you mean `austin-shoigu-call`?" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["\x1b]0;owned\x07"])
    assert "\x1b" not in capsys.readouterr().err


@pytest.mark.parametrize("command", ["claims", "report", "regrade", "board", "serve"])
def test_help_prose_is_folded_to_the_terminal(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    prose = [line for line in out.splitlines() if line and not line.startswith((" ", "usage"))]
    assert prose and all(len(line) <= 80 for line in prose), [p for p in prose if len(p) > 80]
