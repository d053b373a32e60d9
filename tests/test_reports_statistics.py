"""Item statistics in the teacher's report: text, CSV, JSON and the command's options."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.reports import (
    EVERY_ATTEMPT,
    FIRST_ATTEMPTS,
    build_report,
    render_csv,
    render_json,
    render_text,
)
from newsquiz.store import AnswerFilter, NewAnswer, open_store

T0 = datetime(2024, 5, 13, 9, 0, tzinfo=UTC)
PACK = "austin-shoigu-call"
# The example worked by hand in test_reports_item_statistics.py, on three questions of the
# bundled pack: q1 call-length, q2 who-requested, q3 war-month.
QUESTIONS = ("call-length", "who-requested", "war-month")
SCORES = {
    "ada": (1.0, 1.0, 1.0),
    "bob": (1.0, 0.5, 1.0),
    "cy": (1.0, 1.0, 0.0),
    "dee": (0.0, 1.0, 0.0),
    "eve": (0.0, 0.0, 0.0),
}


def scored(
    player: str, question_id: str, score: float, *, run: int = 0, attempt: int = 1
) -> NewAnswer:
    verdict = "correct" if score == 1 else "partial" if score else "incorrect"
    return NewAnswer(
        run_id=f"{player}-{run}",
        player=player,
        group="7a" if player in ("ada", "bob") else "7b",
        pack_id=PACK,
        pack_digest="d",
        question_id=question_id,
        answer="typed",
        verdict=verdict,
        score=score,
        reason=None,
        seconds=5.0,
        attempt=attempt,
        answered_at=T0 + timedelta(days=run, minutes=attempt),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """The hand-worked class; eve plays a second game a day later and gets everything right."""
    path = tmp_path / "class.sqlite3"
    answers = [
        scored(player, question_id, score)
        for player, row in SCORES.items()
        for question_id, score in zip(QUESTIONS, row, strict=True)
    ]
    # A drill's second try is no first attempt: it changes nothing.
    answers.append(scored("eve", "call-length", 1.0, attempt=2))
    answers += [scored("eve", question_id, 1.0, run=1) for question_id in QUESTIONS]
    with open_store(path) as store:
        store.record_answers(answers)
    return path


def test_the_report_gives_the_hand_worked_figures_over_first_attempts(db: Path) -> None:
    with open_store(db) as store:
        report = build_report(store, statistics=FIRST_ATTEMPTS)
    assert report.statistics is not None
    items = {item.question_id: item for item in report.statistics.items}
    assert list(items) == list(QUESTIONS)  # in the pack's order
    length = items["call-length"]
    assert length.text == "How long did the call between Austin and Shoigu last?"
    assert length.figures.discrimination == pytest.approx(73.855, abs=5e-4)
    assert items["who-requested"].figures.discriminative_efficiency == pytest.approx(
        33.333, abs=5e-4
    )
    whole, seventh_a, seventh_b = report.statistics.packs
    assert (whole.group, whole.rows) == (None, 5)
    assert whole.figures.alpha == pytest.approx(67.241, abs=5e-4)
    assert whole.figures.standard_error == pytest.approx(22.973, abs=5e-4)
    assert (seventh_a.group, seventh_a.rows, seventh_b.group, seventh_b.rows) == ("7a", 2, "7b", 3)


def test_every_game_counts_each_game_as_a_row(db: Path) -> None:
    with open_store(db) as store:
        report = build_report(store, statistics=EVERY_ATTEMPT)
    assert report.statistics is not None
    whole = report.statistics.packs[0]
    assert whole.rows == 6 and whole.figures.complete == 6
    length = report.statistics.items[0]
    assert length.figures.answered == 6 and length.figures.facility == pytest.approx(100 * 4 / 6)


def test_the_text_shows_the_figures_and_moodles_flags(db: Path) -> None:
    with open_store(db) as store:
        text = render_text(build_report(store, statistics=FIRST_ATTEMPTS))
    section = text.split("ITEM STATISTICS")[1]
    assert "austin-shoigu-call: 5 players, 5 answered all 3 questions" in section
    assert "everyone: Cronbach's alpha 67.2%  error ratio 57.2%  standard error 23.0%" in section
    assert "group 7a (2 players): Cronbach's alpha" in section
    asked = next(line for line in section.splitlines() if line.startswith("who-requested"))
    assert "At whose request" in asked
    # answered, facility, SD, discrimination, efficiency, then the flag
    assert asked.split()[-9:] == [
        "5", "70.0%", "44.7%", "28.0%", "33.3%", "very", "likely", "needs", "revision"
    ]  # fmt: skip
    month = next(line for line in section.splitlines() if line.startswith("war-month"))
    assert month.split()[-8:] == [
        "5", "40.0%", "54.8%", "49.1%", "64.3%", "likely", "needs", "revision"
    ]  # fmt: skip
    length = next(line for line in section.splitlines() if line.startswith("call-length"))
    assert length.split()[-5:] == ["5", "60.0%", "54.8%", "73.9%", "100.0%"]  # no flag


def test_a_class_of_one_shows_n_a_never_an_error(db: Path) -> None:
    with open_store(db) as store:
        alone = build_report(store, AnswerFilter(player="ada"), statistics=FIRST_ATTEMPTS)
    text = render_text(alone)
    assert "Cronbach's alpha n/a  error ratio n/a  standard error n/a" in text
    length = next(line for line in text.split("ITEM STATISTICS")[1].splitlines()
                  if line.startswith("call-length"))  # fmt: skip
    assert length.split()[-4:] == ["100.0%", "n/a", "n/a", "n/a"]
    exported = json.loads(render_json(alone))["statistics"]["items"][0]
    assert exported["discrimination_index"] is None and exported["facility_index"] == 100.0


def test_csv_and_json_export_the_statistics(db: Path) -> None:
    with open_store(db) as store:
        report = build_report(store, statistics=FIRST_ATTEMPTS)
    items = list(csv.DictReader(io.StringIO(render_csv(report, "item-statistics"))))
    assert [i["question"] for i in items] == list(QUESTIONS)
    assert items[0]["discrimination_index"] == "73.85"
    assert items[1]["flags"] == "very likely needs revision"
    assert items[0]["attempts"] == "first" and items[0]["mode"] == "question"
    packs = list(csv.DictReader(io.StringIO(render_csv(report, "pack-statistics"))))
    # 7a: ada 1,1,1 and bob 1,.5,1: V(X) = .125 = ΣV(xₚ) (only q2 varies), alpha 0.
    # 7b: cy 1,1,0, dee 0,1,0, eve 0,0,0: V(X) = 1, ΣV(xₚ) = 1/3 + 1/3 + 0,
    # alpha = 1.5·(1 − 2/3) = .5.
    assert [(p["group"], p["rows"], p["cronbach_alpha"]) for p in packs] == [
        ("", "5", "67.24"),
        ("7a", "2", "0.0"),
        ("7b", "3", "50.0"),
    ]
    everything = render_csv(report)
    assert "\n\nitem-statistics\n" in everything and "\n\npack-statistics\n" in everything
    data = json.loads(render_json(report))
    assert data["statistics"]["attempts"] == "first"
    assert data["statistics"]["packs"][0]["standard_error"] == 22.97
    with open_store(db) as store:
        plain = build_report(store)
    assert "statistics" not in json.loads(render_json(plain))
    assert "item-statistics" not in render_csv(plain, all_tables=True)


def test_the_command_adds_statistics_when_asked(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--db", str(db)]) == 0
    assert "ITEM STATISTICS" not in capsys.readouterr().out
    assert main(["report", "--db", str(db), "--statistics"]) == 0
    assert "Over first attempts" in capsys.readouterr().out
    assert main(["report", "--db", str(db), "--statistics", "all"]) == 0
    out = capsys.readouterr().out
    assert "Over every game" in out and "5 players, 6 games" not in out
    assert "austin-shoigu-call: 6 games, 6 answered all 3 questions" in out
    # A statistics table asked for by name needs no --statistics.
    assert main(["report", "--db", str(db), "--csv", "--table", "item-statistics"]) == 0
    assert capsys.readouterr().out.startswith("pack,question,question_text,answered,facility")
