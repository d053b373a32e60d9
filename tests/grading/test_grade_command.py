"""`newsquiz grade`: JSON Lines and CSV in and out, errors per line, pack problems."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from tests.conftest import SEED_PACK, WritePack

from newsquiz.cli import main


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def lines(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_grades_stdin_in_order_passing_keys_through(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = lines(
        {"question": "call-length", "answer": "60 minutes", "student": "ann"},
        {"question": "nato-candidates", "answer": "Finland", "student": "bob"},
        {"question": "who-requested", "answer": "Shoigu", "student": "cy"},
    )
    status, out, _ = run(monkeypatch, capsys, ["grade", str(SEED_PACK)], stdin)
    assert status == 0
    first, second, third = (json.loads(line) for line in out.splitlines())
    assert first["student"] == "ann" and first["verdict"] == "correct" and first["score"] == 1.0
    assert first["expected"] == "about an hour"
    assert first["source"]["line"] == 2 and "about an hour" in first["source"]["text"]
    assert "reason" not in first
    assert second["verdict"] == "partial" and second["reason"] == "1 of 2 items"
    assert second["score"] == 0.5
    assert third["student"] == "cy" and third["verdict"] == "incorrect"


def test_dash_means_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = lines({"question": "war-month", "answer": "third"})
    status, out, _ = run(monkeypatch, capsys, ["grade", str(SEED_PACK), "-"], stdin)
    assert status == 0 and json.loads(out)["verdict"] == "correct"


def test_bad_lines_get_an_error_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = (
        lines({"question": "war-month", "answer": "3"})
        + "this is not json\n"
        + lines({"question": "no-such-question", "answer": "x", "row": 3}, [1, 2])
    )
    status, out, err = run(monkeypatch, capsys, ["grade", str(SEED_PACK)], stdin)
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 4
    assert records[0]["verdict"] == "correct"
    assert "not JSON" in records[1]["error"]
    assert records[2]["error"] == "unknown question `no-such-question`" and records[2]["row"] == 3
    assert "verdict" not in records[2]
    assert "JSON object" in records[3]["error"]
    assert "3 lines could not be graded" in err


def test_reads_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.jsonl"
    answers.write_text(lines({"question": "aid-package", "answer": "$40bn"}), encoding="utf-8")
    status, out, _ = run(monkeypatch, capsys, ["grade", str(SEED_PACK / "pack.yaml"), str(answers)])
    assert status == 0
    assert json.loads(out)["verdict"] == "correct"


def test_missing_answers_file_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        monkeypatch, capsys, ["grade", str(SEED_PACK), str(tmp_path / "missing.jsonl")]
    )
    assert status == 1 and out == ""
    assert "cannot read" in err and "Traceback" not in err


def test_csv_in_and_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.csv"
    answers.write_text(
        "student,question,answer\nann,previous-call-date,18 February\n"
        'bob,aid-package,"$40 thousand"\ncy,nope,x\n',
        encoding="utf-8",
    )
    status, out, _ = run(monkeypatch, capsys, ["grade", "--csv", str(SEED_PACK), str(answers)])
    assert status == 1
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["student"] for r in rows] == ["ann", "bob", "cy"]
    assert rows[0]["verdict"] == "correct" and rows[0]["expected"] == "February 18"
    assert rows[0]["source_line"] == "2"
    assert rows[1]["verdict"] == "incorrect" and rows[1]["reason"] == "wrong scale"
    assert rows[2]["error"] == "unknown question `nope`"


def test_bad_pack_is_a_clear_message(
    write_pack: WritePack, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pack("format: newsquiz/1\nid: broken\nquestions: 3\n")
    status, out, err = run(monkeypatch, capsys, ["grade", str(folder)], lines({"question": "x"}))
    assert status == 1 and out == ""
    assert "pack.yaml" in err and "Traceback" not in err


def test_unknown_pack_is_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(monkeypatch, capsys, ["grade", "no-such-pack-anywhere"])
    assert status == 1 and "no pack at" in err
