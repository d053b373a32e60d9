"""`newsquiz grade` as a real process: one hostile line is that line's error, and every
other line is still graded and written (issue 14's repros)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from tests.conftest import SEED_PACK

GOOD = b'{"question": "call-length", "answer": "an hour"}\n'


def grade(stdin: bytes, *options: str) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "newsquiz", "grade", *options, str(SEED_PACK), "-"],
        input=stdin,
        capture_output=True,
        timeout=120,
    )
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def test_a_lone_surrogate_or_a_bad_byte_is_one_lines_error() -> None:
    hostile = b'{"question": "call-length", "answer": "\\ud800"}\n'
    undecodable = b'{"question": "call-length", "answer": "an \xff hour"}\n'
    status, out, err = grade(GOOD * 600 + hostile + undecodable + GOOD)
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1 and "Traceback" not in err and "2 lines could not be graded" in err
    assert len(records) == 603
    assert [r["verdict"] for r in records[:600] + records[-1:]] == ["correct"] * 601
    assert "not UTF-8 text" in records[600]["error"] and "not UTF-8" in records[601]["error"]


def test_a_line_nested_deeper_than_python_recurses_is_one_lines_error() -> None:
    status, out, err = grade(b"[" * 200_000 + b"\n" + GOOD)
    first, second = (json.loads(line) for line in out.splitlines())
    assert status == 1 and "Traceback" not in err
    assert "nested too deeply" in first["error"] and second["verdict"] == "correct"


def test_c1_controls_are_escaped_in_json_output() -> None:
    _, out, _ = grade(b'{"question": "call-length", "answer": "an hour \\u009b2J"}\n')
    assert "\x9b" not in out and json.loads(out)["answer"] == "an hour \x9b2J"


def test_a_csv_field_over_the_limit_is_one_rows_error() -> None:
    rows = b"question,answer\ncall-length," + b"x" * (2 << 20) + b"\ncall-length,an hour\n"
    status, out, err = grade(rows, "--csv")
    body = list(csv.DictReader(io.StringIO(out)))
    assert status == 1 and "Traceback" not in err
    assert "field larger than field limit" in body[0]["error"]
    assert body[1]["verdict"] == "correct"


def test_csv_output_defuses_formulas_and_carriage_returns() -> None:
    rows = b"question,answer,student\ncall-length,an hour,\"Ann\r=cmd|' /C calc'!A0\"\n"
    rows += b"call-length,=HYPERLINK(1),@bob\n"
    _, out, _ = grade(rows, "--csv")
    cells = [cell for row in csv.reader(io.StringIO(out)) for cell in row]
    assert not [cell for cell in cells if "\r" in cell]
    assert "Ann=cmd|' /C calc'!A0" in cells and "'=HYPERLINK(1)" in cells and "'@bob" in cells
    assert not [cell for cell in cells if cell.startswith(("=", "@", "+"))]
