"""The teacher's report on a fixture database: tables, bars, exports and untrusted text."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.facts.text import printable, spreadsheet_cell
from newsquiz.reports import (
    TABLES,
    bar,
    build_report,
    group_wrong_answers,
    render_csv,
    render_json,
    render_text,
    terminal_safe,
)
from newsquiz.store import (
    MODE_FACTCHECK,
    MODE_QUESTION,
    AnswerFilter,
    NewAnswer,
    Store,
    WrongAnswerCount,
    open_store,
)

T0 = datetime(2024, 5, 13, 9, 0, tzinfo=UTC)
EVIL = "\x1b[31m[bold]Mal\u202e"
LINK = "\x1b]8;;http://x\x07click\x1b]8;;\x07"


def answer(
    player: str,
    question_id: str,
    typed: str,
    right: bool,
    *,
    attempt: int = 1,
    seconds: float = 10.0,
    group: str = "7b",
    day: int = 0,
) -> NewAnswer:
    return NewAnswer(
        run_id=f"{player}-{day}",
        player=player,
        group=group,
        pack_id="austin-shoigu-call",
        pack_digest="d",
        question_id=question_id,
        answer=typed,
        verdict="correct" if right else "incorrect",
        score=1.0 if right else 0.0,
        reason=None,
        seconds=seconds,
        attempt=attempt,
        answered_at=T0 + timedelta(days=day),
    )


def call(player: str, question_id: str, typed: str, verdict: str) -> NewAnswer:
    """A fact-check call on a claim about `question_id`, as the fact-check round records it."""
    score = {"correct": 1.0, "partial": 0.5, "incorrect": 0.0}[verdict]
    return replace(
        answer(player, question_id, typed, verdict == "correct"),
        verdict=verdict,
        score=score,
        run_id=f"{player}-factcheck",
        seconds=6.0,
        mode=MODE_FACTCHECK,
    )


# Calls in a fact-check round: none of them is an answer to its question, so none may
# reach the players, questions or wrong-answers tables.
CALLS = [
    call("ada", "call-length", "true", "incorrect"),  # fooled by a false claim
    call("bob", "call-length", "false, an hour", "correct"),  # spotted and corrected
    call("dee", "call-length", "false", "partial"),  # spotted; dee only fact-checked
    call("ada", "who-requested", "true", "correct"),  # a true claim confirmed
    call(EVIL, "who-requested", "false", "incorrect"),  # doubted a true claim
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Four players, two questions; `call-length` is the fact the class misread. Plus a
    fact-check round's calls (CALLS)."""
    path = tmp_path / "class.sqlite3"
    with open_store(path) as store:
        store.record_answers(
            [
                answer("ada", "call-length", "Two hours!", False, seconds=20),
                answer("ada", "call-length", "about an hour", True, attempt=2, seconds=5),
                answer("ada", "who-requested", "Austin", True, seconds=4),
                answer("bob", "call-length", "two hours", False, seconds=30),
                answer("bob", "call-length", "an hour", True, attempt=2, seconds=6),
                answer("bob", "who-requested", "Shoigu", False, seconds=8),
                answer(EVIL, "call-length", '=HYPERLINK("http://x")', False, seconds=9),
                answer(EVIL, "who-requested", LINK, False, seconds=3),
                answer("cy", "call-length", "the two hours", False, group="7a", day=3),
                answer("cy", "who-requested", "Lloyd Austin", True, group="7a", day=3),
                answer("cy", "war-month", "", False, group="7a", day=3),  # time ran out
            ]
        )
        store.record_answers(CALLS)
        shoigu = store.answers(AnswerFilter(player="bob"))[2]
        store.mark_disputed(shoigu.id, "Shoigu took the call, so he asked?")
    return path


def opened(path: Path) -> Store:
    return open_store(path)


def test_wrong_answers_are_grouped_after_normalisation_and_counted() -> None:
    groups = group_wrong_answers(
        [
            WrongAnswerCount("p", "q", "two hours", 3),
            WrongAnswerCount("p", "q", "Two hours!", 1),
            WrongAnswerCount("p", "q", "the  TWO hours.", 1),
            WrongAnswerCount("p", "q", "a day", 2),
            WrongAnswerCount("p", "other", "two hours", 1),
        ]
    )
    first, second = groups[("p", "q")]
    assert (first.answer, first.count, first.spellings) == ("two hours", 5, 3)
    assert (second.answer, second.count) == ("a day", 2)
    assert [g.count for g in groups[("p", "other")]] == [1]


def test_the_report_gives_players_and_the_weakest_questions_first(db: Path) -> None:
    with opened(db) as store:
        report = build_report(store)
    by_name = {p.player: p for p in report.players}
    ada = by_name["ada"]
    assert (ada.score, ada.questions, ada.right_first_time, ada.attempts) == (1.0, 2, 1, 3)
    assert ada.seconds == 29
    weakest, out_of_time, strongest = report.questions
    assert out_of_time.summary.question_id == "war-month"
    assert weakest.summary.question_id == "call-length"
    assert weakest.summary.share_right_first_time == 0.0
    assert strongest.summary.share_right_first_time == 0.5
    assert [(g.answer, g.count) for g in weakest.wrong_answers] == [
        ("two hours", 3),
        ('=HYPERLINK("http://x")', 1),
    ]
    (dispute,) = strongest.disputes
    assert dispute.player == "bob" and dispute.answer == "Shoigu"


def test_filters_narrow_every_table(db: Path) -> None:
    with opened(db) as store:
        seventh_a = build_report(store, AnswerFilter(group="7a"))
        recent = build_report(store, AnswerFilter(since=T0 + timedelta(days=1)))
        bob = build_report(store, AnswerFilter(player="bob"))
    assert [p.player for p in seventh_a.players] == ["cy"] == [p.player for p in recent.players]
    assert [g.count for g in seventh_a.questions[0].wrong_answers] == [1]
    assert [p.player for p in bob.players] == ["bob"] and bob.answers == 3


def test_text_shows_bars_and_never_lets_a_name_drive_the_terminal(db: Path) -> None:
    with opened(db) as store:
        text = render_text(build_report(store))
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\\x1b[31m[bold]Mal\\u202e" in text  # shown, literally
    assert "“\\x1b]8;;http://x\\x07click\\x1b]8;;\\x07” ×1" in text
    call_line = next(line for line in text.splitlines() if line.startswith("call-length"))
    assert "·" * 20 in call_line and "0% right 1st (0/4)" in call_line
    assert "“two hours” ×3" in text
    assert "wrong: (no answer) ×1" in text
    assert "disputed by bob: “Shoigu” (incorrect) — Shoigu took the call, so he asked?" in text
    asked = next(line for line in text.splitlines() if line.startswith("who-requested"))
    assert "██████████··········  50% right 1st (2/4)" in asked


def test_bars_fill_in_eighths() -> None:
    assert bar(0.0, 4) == "····" and bar(1.0, 4) == "████"
    assert bar(0.5, 4) == "██··" and bar(1 / 32, 4) == "▏···"
    assert len(bar(0.37)) == 20


def test_csv_tables_read_back_and_defuse_formulas(db: Path) -> None:
    with opened(db) as store:
        report = build_report(store)
    rows = list(csv.reader(io.StringIO(render_csv(report, "wrong-answers"))))
    assert rows[0] == [
        "pack", "question", "question_text", "answer", "count", "spellings", "mode"
    ]  # fmt: skip
    assert [
        "austin-shoigu-call",
        "call-length",
        "How long did the call between Austin and Shoigu last?",
        '\'=HYPERLINK("http://x")',
        "1",
        "1",
        "question",
    ] in rows
    players = list(csv.reader(io.StringIO(render_csv(report, "players"))))
    assert {r[0] for r in players[1:]} == {"ada", "bob", "cy", printable(EVIL)}
    everything = render_csv(report)
    assert everything.startswith("players\n") and "\n\nquestions\n" in everything
    assert "\n\ndisputes\n" in everything
    for value in ("=1+2", "+1", "-1", "@SUM(A1)", "\t=1"):
        assert spreadsheet_cell(value) == "'" + value
    assert spreadsheet_cell(-1.5) == -1.5 and spreadsheet_cell("Austin") == "Austin"


def test_a_carriage_return_in_a_name_starts_no_row_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "class.sqlite3"
    name = "Ann\r=cmd|' /C calc'!A0"
    with open_store(path) as store:
        store.record_answers([answer(name, "call-length", "\r@SUM(1)\x9b", False)])
    with opened(path) as store:
        text = render_csv(build_report(store))
    assert "\r" not in text and "\x9b" not in text
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "Ann=cmd|' /C calc'!A0" in cells
    assert not [cell for cell in cells if cell.startswith(("=", "@", "+"))]


def test_json_keeps_the_data_exact_and_the_text_terminal_safe(db: Path) -> None:
    with opened(db) as store:
        text = render_json(build_report(store))
    assert "\x1b" not in text and "\u202e" not in text
    data = json.loads(text)
    assert EVIL in {p["player"] for p in data["players"]}
    call = data["questions"][0]
    assert call["question"] == "call-length" and call["share_right_first_time"] == 0.0
    assert call["wrong_answers"][0] == {"answer": "two hours", "count": 3, "spellings": 3}
    assert data["questions"][2]["disputes"][0]["note"] == "Shoigu took the call, so he asked?"


def test_terminal_safe_escapes_only_controls() -> None:
    assert terminal_safe("Zoë [b]x[/b] 名前") == "Zoë [b]x[/b] 名前"
    assert terminal_safe("a\nb\tc\x9b") == "a\\x0ab\\x09c\\x9b"


def test_report_command_prints_the_tables(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--db", str(db), "--group", "7b"]) == 0
    out = capsys.readouterr().out
    assert "PLAYERS" in out and "QUESTIONS (weakest first)" in out
    assert "ada" in out and "cy" not in out.split("QUESTIONS")[0]
    assert main(["report", "--db", str(db), "--json", "--since", "2024-05-15"]) == 0
    assert [p["player"] for p in json.loads(capsys.readouterr().out)["players"]] == ["cy"]
    assert main(["report", "--db", str(db), "--csv", "--table", "players"]) == 0
    assert capsys.readouterr().out.startswith("player,group,score")


def test_report_command_explains_a_missing_or_broken_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--db", str(tmp_path / "none.sqlite3")]) == 2
    assert "no results database at" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert main(["report", "--db", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "not a usable results database" in err and "Traceback" not in err
    with pytest.raises(SystemExit):
        main(["report", "--db", str(junk), "--since", "last tuesday"])
    assert "is not a date" in capsys.readouterr().err


def test_an_empty_selection_says_so(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--db", str(db), "--player", "nobody"]) == 0
    assert capsys.readouterr().out == "No answers recorded (player nobody).\n"


def test_fact_check_calls_are_counted_apart_from_answers_to_the_questions(db: Path) -> None:
    with opened(db) as store:
        report = build_report(store)
    # The question tables are exactly what they were without the calls.
    assert {p.player for p in report.players} == {"ada", "bob", "cy", EVIL}
    assert report.answers == 11
    length = next(q for q in report.questions if q.summary.question_id == "call-length")
    assert (length.summary.first_attempts, length.summary.right_first_time) == (4, 0)
    assert "true" not in {g.answer for g in length.wrong_answers}
    # The calls: per question the claims were about, weakest first.
    asked, length_calls = report.factcheck.claims
    assert (asked.question_id, asked.calls, asked.right_calls, asked.doubted) == (
        "who-requested",
        2,
        1,
        1,
    )
    assert (length_calls.calls, length_calls.right_calls, length_calls.fooled) == (3, 2, 1)
    assert (length_calls.spotted, length_calls.corrected) == (2, 1)
    assert report.factcheck.calls == 5
    by_name = {p.player: p for p in report.factcheck.players}
    assert set(by_name) == {"ada", "bob", "dee", EVIL}
    assert (by_name["ada"].questions, by_name["ada"].score) == (2, 1.0)
    assert (by_name["dee"].score, by_name["dee"].right_first_time) == (0.5, 0)


def test_a_mode_filter_shows_one_section(db: Path) -> None:
    with opened(db) as store:
        answers_only = build_report(store, AnswerFilter(mode="question"))
        calls_only = build_report(store, AnswerFilter(mode=MODE_FACTCHECK, player="dee"))
    assert len(answers_only.players) == 4 and answers_only.factcheck.claims == ()
    assert answers_only.factcheck.players == ()
    assert calls_only.players == () and calls_only.questions == ()
    (dee,) = calls_only.factcheck.players
    assert dee.player == "dee" and calls_only.factcheck.calls == 1


def test_text_gives_fact_check_calls_a_section_of_their_own(db: Path) -> None:
    with opened(db) as store:
        text = render_text(build_report(store))
    questions, calls = text.split("FACT-CHECK CALLS")
    assert "dee" not in questions and "right 1st" in questions
    assert calls.startswith(": 5 calls by 4 players (counted apart from the answers above)")
    assert "\x1b" not in calls and "\\x1b[31m[bold]Mal\\u202e" in calls
    length = next(line for line in calls.splitlines() if line.startswith("call-length"))
    assert "█████████████▍······  67% right calls (2/3)" in length
    assert "fooled 1 · corrected 1 of 2 spotted" in length
    asked = next(line for line in calls.splitlines() if line.startswith("who-requested"))
    assert "50% right calls (1/2)" in asked and "doubted 1" in asked
    assert calls.index("who-requested") < calls.index("call-length")  # weakest first
    dee = next(line for line in calls.splitlines() if line.startswith("dee"))
    assert dee.split()[:4] == ["dee", "7b", "0.5/1", "0/1"]


def test_exports_say_the_mode_of_every_row(db: Path) -> None:
    with opened(db) as store:
        report = build_report(store)
        answers_only = build_report(store, AnswerFilter(mode="question"))
    everything = render_csv(report)
    assert "\n\nfactcheck-players\n" in everything and "\n\nfactcheck-claims\n" in everything
    assert "factcheck" not in render_csv(answers_only)
    claims = list(csv.DictReader(io.StringIO(render_csv(report, "factcheck-claims"))))
    assert [(c["question"], c["right_calls"], c["calls"], c["mode"]) for c in claims] == [
        ("who-requested", "1", "2", "factcheck"),
        ("call-length", "2", "3", "factcheck"),
    ]
    players = list(csv.DictReader(io.StringIO(render_csv(report, "players"))))
    assert {p["mode"] for p in players} == {"question"} and len(players) == 4

    data = json.loads(render_json(report))
    assert data["filters"]["mode"] is None and data["answers"] == 11
    assert {p["mode"] for p in data["players"]} == {"question"}
    assert data["factcheck"]["calls"] == 5
    assert data["factcheck"]["claims"][1] == {
        "pack": "austin-shoigu-call",
        "question": "call-length",
        "players": 3,
        "calls": 3,
        "right_calls": 2,
        "share_right": 0.6667,
        "fooled": 1,
        "doubted": 0,
        "spotted": 2,
        "corrected": 1,
        "average_seconds": 6.0,
        "mode": "factcheck",
    }
    assert "factcheck" not in json.loads(render_json(answers_only))


def test_report_command_mode_option(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--db", str(db), "--mode", "factcheck"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("FACT-CHECK CALLS: 5 calls by 4 players (fact-check calls only)")
    assert "QUESTIONS" not in out and "right 1st" not in out
    assert main(["report", "--db", str(db), "--mode", "question"]) == 0
    out = capsys.readouterr().out
    assert "FACT-CHECK" not in out and "QUESTIONS (weakest first)" in out
    assert main(["report", "--db", str(db), "--mode", "factcheck", "--group", "7a"]) == 0
    assert capsys.readouterr().out == (
        "No fact-check calls recorded (group 7a, fact-check calls only).\n"
    )
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    assert "--mode {question,factcheck}" in capsys.readouterr().out


def test_a_disputed_fact_check_call_is_listed_with_its_claim_and_exported(db: Path) -> None:
    with opened(db) as store:
        fooled = next(
            a
            for a in store.answers(AnswerFilter(mode=MODE_FACTCHECK, player="ada"))
            if a.question_id == "call-length"
        )
        store.mark_disputed(fooled.id, "the claim said 'about'")
        report = build_report(store)
    (disputed,) = report.factcheck.disputes
    assert (disputed.id, disputed.answer, disputed.mode) == (fooled.id, "true", MODE_FACTCHECK)
    # Never among the disputes of answers to the question itself.
    assert all(d.mode == MODE_QUESTION for q in report.questions for d in q.disputes)

    questions, calls = render_text(report).split("FACT-CHECK CALLS")
    assert "the claim said" not in questions
    lines = calls.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("call-length"))
    assert lines[at + 1].split() == [
        "disputed", "by", "ada:", "“true”", "(incorrect)", "—", "the", "claim", "said", "'about'"
    ]  # fmt: skip

    rows = list(csv.DictReader(io.StringIO(render_csv(report, "factcheck-disputes"))))
    assert [(r["question"], r["player"], r["answer"], r["note"], r["mode"]) for r in rows] == [
        ("call-length", "ada", "true", "the claim said 'about'", "factcheck")
    ]
    assert "\n\nfactcheck-disputes\n" in render_csv(report)
    (exported,) = json.loads(render_json(report))["factcheck"]["disputes"]
    assert exported["answer_id"] == fooled.id and exported["note"] == "the claim said 'about'"


def test_the_report_command_offers_every_table(capsys: pytest.CaptureFixture[str]) -> None:
    # The choices are written out in the command (parsing must not import the reports).
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    shown = capsys.readouterr().out.replace("\n", " ")
    assert "{" + ",".join(TABLES) + "}" in shown.replace(" ", "")


def test_a_dispute_by_a_player_with_no_name_says_so(tmp_path: Path) -> None:
    """A player may play without a name: the dispute line says so, not `disputed by :`."""
    with open_store(tmp_path / "nameless.sqlite3") as store:
        store.record_answers([answer("", "who-requested", "Shoigu", False)])
        (shoigu,) = store.answers()
        store.mark_disputed(shoigu.id, "")
        text = render_text(build_report(store))
    assert "disputed by (no name): “Shoigu” (incorrect)" in text
    assert "disputed by :" not in text
