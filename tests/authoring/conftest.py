"""Helpers for the authoring tests: run the CLI in-process and capture what it prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsquiz.cli import main

DATA = Path(__file__).parent / "data"
# The seed article as copied from the web page, boilerplate and all.
SEED_RAW_ARTICLE = DATA / "seed_raw_article.txt"


@dataclass(frozen=True)
class Ran:
    status: int
    out: str
    err: str


RunCli = Callable[..., Ran]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    def run(*argv: str | Path) -> Ran:
        try:
            status = main([str(a) for a in argv])
        except SystemExit as exit_:  # argparse usage errors
            status = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Ran(status, captured.out, captured.err)

    return run
