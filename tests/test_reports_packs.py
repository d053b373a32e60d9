"""The report reads the pack: wrong answers clustered by the grader, questions shown with
their text, choice answers as their choice; what the time means; CSV without empty tables."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.library import bundled_dir
from newsquiz.reports import (
    TIME_NOTE,
    LibraryPacks,
    build_report,
    no_packs,
    render_csv,
    render_json,
    render_text,
)
from newsquiz.store import AnswerFilter, NewAnswer, open_store

T0 = datetime(2024, 5, 13, 9, 0, tzinfo=UTC)
PACK = "austin-shoigu-call"
LENGTH_TEXT = "How long did the call between Austin and Shoigu last?"


def typed(
    player: str, question_id: str, answer: str, *, right: bool = False, pack_id: str = PACK
) -> NewAnswer:
    return NewAnswer(
        run_id=f"{player}-run",
        player=player,
        group="7b",
        pack_id=pack_id,
        pack_digest="d",
        question_id=question_id,
        answer=answer,
        verdict="correct" if right else "incorrect",
        score=1.0 if right else 0.0,
        reason=None,
        seconds=8.0,
        attempt=1,
        answered_at=T0 + timedelta(minutes=len(player)),
    )


# How many days since the last call (84)? Who requested the call (Lloyd Austin)?
# Who should call next (a Lloyd Austin, b Mark Milley: right, c John Kirby, d Putin)?
CLASS = [
    typed("ada", "days-since-last-call", "48"),
    typed("bob", "days-since-last-call", "48 days"),
    typed("cy", "days-since-last-call", "forty-eight"),
    typed("dee", "days-since-last-call", "60"),
    typed("ada", "who-requested", "Shoigu"),
    typed("bob", "who-requested", "Sergei Shoygu"),
    typed("cy", "who-requested", "Lloyd Austin", right=True),
    typed("ada", "who-calls-next", "a"),
    typed("bob", "who-calls-next", "Lloyd Austin"),
    typed("cy", "who-calls-next", "b", right=True),
    typed("dee", "call-length", "two hours"),
]


@pytest.fixture(autouse=True)
def no_user_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's pack folder, empty: only bundled packs and those given are found."""
    folder = tmp_path / "user-packs"
    folder.mkdir()
    monkeypatch.setenv("NEWSQUIZ_PACKS", str(folder))
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "class.sqlite3"
    with open_store(path) as store:
        store.record_answers(CLASS)
        ada_choice = store.answers(AnswerFilter(player="ada"))[2]
        store.mark_disputed(ada_choice.id, "Austin spoke first")
    return path


def wrong_of(report_text: str, question_id: str) -> str:
    lines = report_text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(question_id))
    return next(line for line in lines[at + 1 :] if line.startswith("    wrong:"))


def test_wrong_answers_the_grader_reads_as_one_are_one_cluster(db: Path) -> None:
    with open_store(db) as store:
        report = build_report(store)
    by_id = {q.summary.question_id: q for q in report.questions}
    days = by_id["days-since-last-call"].wrong_answers
    assert [(g.answer, g.count, g.spellings) for g in days] == [("48", 3, 3), ("60", 1, 1)]
    asked = by_id["who-requested"].wrong_answers
    assert [(g.answer, g.count, g.spellings) for g in asked] == [("Shoigu", 2, 2)]
    text = render_text(report)
    assert "Pack not found" not in text
    assert wrong_of(text, "days-since-last-call") == "    wrong: “48” ×3 (3 spellings) · “60” ×1"


def test_without_the_pack_answers_are_grouped_by_text_and_the_report_says_so(db: Path) -> None:
    with open_store(db) as store:
        report = build_report(store, packs=no_packs)
    days = next(q for q in report.questions if q.summary.question_id == "days-since-last-call")
    assert len(days.wrong_answers) == 4 and days.text == ""
    assert report.packs_not_found == (PACK,)
    text = render_text(report)
    assert f"Pack not found: {PACK}. Its wrong answers are grouped by their text only" in text
    assert "--pack PATH" in text
    assert json.loads(render_json(report))["packs_not_found"] == [PACK]


def test_each_question_is_shown_with_its_text(db: Path) -> None:
    with open_store(db) as store:
        report = build_report(store)
    lines = render_text(report).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("call-length"))
    assert lines[at + 1] == f"    {LENGTH_TEXT}"
    questions = list(csv.DictReader(io.StringIO(render_csv(report, "questions"))))
    length = next(q for q in questions if q["question"] == "call-length")
    assert length["question_text"] == LENGTH_TEXT
    exported = json.loads(render_json(report))["questions"]
    assert next(q for q in exported if q["question"] == "call-length")["question_text"] == (
        LENGTH_TEXT
    )


def test_choice_answers_are_shown_as_their_choice(db: Path) -> None:
    with open_store(db) as store:
        report = build_report(store)
    text = render_text(report)
    assert wrong_of(text, "who-calls-next") == "    wrong: “a) Lloyd Austin” ×2 (2 spellings)"
    assert "disputed by ada: “a) Lloyd Austin” (incorrect) — Austin spoke first" in text
    (dispute,) = csv.DictReader(io.StringIO(render_csv(report, "disputes")))
    assert (dispute["answer"], dispute["answer_shown"]) == ("a", "a) Lloyd Austin")
    wrong = list(csv.DictReader(io.StringIO(render_csv(report, "wrong-answers"))))
    assert {"answer": "a) Lloyd Austin", "count": "2", "spellings": "2"}.items() <= next(
        w for w in wrong if w["question"] == "who-calls-next"
    ).items()


def test_a_pack_given_by_path_is_read_for_its_questions(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A teacher's own copy of the pack, under an id no library pack has.
    mine = tmp_path / "my-copy"
    shutil.copytree(bundled_dir() / PACK, mine)
    yaml_path = mine / "pack.yaml"
    yaml_path.write_text(
        yaml_path.read_text(encoding="utf-8").replace(f"id: {PACK}", "id: my-austin", 1),
        encoding="utf-8",
    )
    with open_store(db) as store:
        store.record_answers(
            [
                typed("eve", "days-since-last-call", "48", pack_id="my-austin"),
                typed("fay", "days-since-last-call", "48 days", pack_id="my-austin"),
            ]
        )
    assert main(["report", "--db", str(db), "--pack", "my-austin"]) == 0
    out = capsys.readouterr().out
    assert "Pack not found: my-austin." in out
    assert wrong_of(out, "days-since-last-call") == "    wrong: “48” ×1 · “48 days” ×1"
    assert main(["report", "--db", str(db), "--pack", str(mine)]) == 0
    out = capsys.readouterr().out
    assert "Pack not found" not in out and "How many days had passed" in out
    assert wrong_of(out, "days-since-last-call") == "    wrong: “48” ×2 (2 spellings)"


def test_a_pack_whose_folder_is_not_named_after_its_id_is_found_by_its_id(
    db: Path, no_user_packs: Path
) -> None:
    shutil.copytree(bundled_dir() / PACK, no_user_packs / "renamed-folder")
    yaml_path = no_user_packs / "renamed-folder" / "pack.yaml"
    yaml_path.write_text(
        yaml_path.read_text(encoding="utf-8").replace(f"id: {PACK}", "id: my-austin", 1),
        encoding="utf-8",
    )
    found = LibraryPacks()("my-austin")
    assert found is not None and found.id == "my-austin"
    assert LibraryPacks()("no-such-pack") is None


def test_the_time_column_says_it_is_time_answering(db: Path) -> None:
    with open_store(db) as store:
        text = render_text(build_report(store))
    assert "time answering: from each question appearing to the answer being sent" in TIME_NOTE
    assert "end screen shows the whole game" in TIME_NOTE
    assert " ".join(TIME_NOTE.split()) in " ".join(text.split("PLAYERS")[0].split())
    header = next(line for line in text.splitlines() if line.startswith("player "))
    assert header.split() == [
        "player", "group", "score", "right", "1st", "time", "answering", "attempts", "games"
    ]  # fmt: skip
    assert "avg 8.0s answering" in text


def test_csv_leaves_out_empty_tables_unless_asked(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db) as store:
        report = build_report(store, AnswerFilter(player="dee"))
    everything = render_csv(report)
    titles = [line for line in everything.splitlines() if line in ("players", "disputes")]
    assert titles == ["players"]  # dee disputed nothing; nobody made a fact-check call
    assert "factcheck" not in everything
    every_table = render_csv(report, all_tables=True)
    assert "\n\ndisputes\npack,question" in every_table
    assert "\n\nfactcheck-claims\n" in every_table
    assert render_csv(report, "disputes").startswith("pack,question,question_text")  # asked

    assert main(["report", "--db", str(db), "--csv", "--player", "dee", "--all-tables"]) == 0
    assert "\n\ndisputes\n" in capsys.readouterr().out
    assert main(["report", "--db", str(db), "--csv", "--player", "nobody"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "newsquiz report: No answers recorded (player nobody).\n"
