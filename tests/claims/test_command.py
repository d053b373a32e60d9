"""`newsquiz claims`: a listing for authors, or JSON lines."""

from __future__ import annotations

import json

import pytest
from tests.conftest import SEED_PACK

from newsquiz.cli import main


def test_json_lines_carry_the_documented_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(SEED_PACK), "--seed", "3", "--count", "6", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 6
    for row in rows:
        assert {"question", "claim", "truth", "value", "source"} <= row.keys()
        assert isinstance(row["truth"], bool)
        assert isinstance(row["source"]["line"], int) and row["source"]["text"]
    assert main(["claims", str(SEED_PACK), "--seed", "3", "--count", "6", "--json"]) == 0
    again = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert again == rows


def test_the_listing_shows_each_claim_its_truth_and_the_article_value(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["claims", "austin-shoigu-call", "--count", "4"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("austin-shoigu-call: 4 claims, 2 true, 2 false (seed 1)")
    assert out.count("FALSE") == 2 and out.count("TRUE ") == 2
    assert "article: " in out and "line " in out


def test_stats_count_the_sentence_paths(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", "austin-shoigu-call", "--stats"]) == 0
    out = capsys.readouterr().out
    assert "sentence paths: template: " in out and "usable in fact-check rounds:" in out


def test_a_missing_pack_is_one_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", "no-such-pack"]) == 1
    err = capsys.readouterr().err
    assert "no pack at `no-such-pack`" in err and "Traceback" not in err
