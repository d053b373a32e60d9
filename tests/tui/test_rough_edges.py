"""What a new player tripped over (issue 16), each as the player meets it: spellings,
disputes, help, drills, the timer, toasts, open book, the palette, quitting, cut titles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from newsquiz.pack import Pack
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.farewell import quit_note
from newsquiz.tui.palette import game_commands
from newsquiz.tui.recording import results_at
from newsquiz.tui.screens.article import ArticleScreen
from newsquiz.tui.screens.end import EndScreen
from newsquiz.tui.screens.help import HelpScreen
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.start import StartScreen
from newsquiz.tui.widgets.article_view import ArticleView
from newsquiz.tui.widgets.countdown import Countdown

from .helpers import (
    SIZE,
    FakeClock,
    game,
    notices,
    screen_lines,
    screen_text,
    shown_text,
    tiny_pack,
    type_answer,
    until,
    until_showing,
)


def only(pack: Pack, *question_ids: str) -> Pack:
    """The pack with only these questions, in this order."""
    questions = tuple(q for wanted in question_ids for q in pack.questions if q.id == wanted)
    return replace(pack, questions=questions)


def question_screen(app: NewsQuizApp) -> QuestionScreen:
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    return screen


def key_bar(app: NewsQuizApp) -> str:
    return screen_lines(app)[-1]


async def start(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()  # a results store opens in a thread
    await pilot.press("enter")
    await until_showing(pilot, QuestionScreen)


# -- "Right spelling:" only for what was misspelt ------------------------------------------


async def test_right_spelling_is_shown_only_when_something_was_misspelt(seed_pack: Pack) -> None:
    pack = only(seed_pack, "korhonen-post", "korhonen-post", "deconfliction-why", "who-calls-next")
    app = game(pack)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        expected = app.screen.query_one("#expected")
        await type_answer(pilot, "the North Atlantic Treaty Organization")  # spelt out, right
        assert "Right spelling" not in shown_text(expected)
        assert "Answer: NATO" in shown_text(expected)
        await pilot.press("enter")
        await pilot.pause()

        await type_answer(pilot, "North Atlantic Treaty Organisation")  # another spelling
        text = " ".join(shown_text(expected).split())
        assert "Answer: NATO" in text
        assert "Right spelling: the North Atlantic Treaty Organization" in text
        await pilot.press("enter")
        await pilot.pause()

        await type_answer(pilot, "they operate so close")  # a paraphrase of a choice
        assert "Close enough" in shown_text(app.screen.query_one("#verdict"))
        assert "Right spelling" not in shown_text(expected)
        assert "Answer: b) the two armies operate so close" in " ".join(
            shown_text(expected).split()
        )
        await pilot.press("enter")
        await pilot.pause()

        await type_answer(pilot, "Milly")  # a misspelt surname
        assert "Right spelling: b) Mark Milley" in shown_text(expected)


# -- Dispute and help: only what works now ------------------------------------------------


async def test_i_dont_know_offers_no_dispute_and_a_wrong_answer_does(tmp_path: Path) -> None:
    app = game(tiny_pack(), results=results_at(str(tmp_path / "results.sqlite3")))
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        screen = question_screen(app)
        await pilot.press("ctrl+g")
        await until(pilot, lambda: screen.answered, "the question given up")
        assert not screen.can_dispute
        assert "Dispute" not in key_bar(app)
        titles = [command.title for command in game_commands(screen)]
        assert "Dispute" not in titles and "Next" in titles

        await pilot.press("enter")
        await pilot.pause()
        await type_answer(pilot, "$30 million")
        await until(pilot, lambda: "d Dispute" in key_bar(app), "the Dispute key")


async def test_help_lists_only_the_keys_that_work_now(tmp_path: Path) -> None:
    app = game(tiny_pack(), results=results_at(str(tmp_path / "results.sqlite3")))
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press("f1")
        await until_showing(pilot, HelpScreen)
        keys = shown_text(app.screen.query_one("#help"))
        assert "I don't know" in keys and "Article" in keys
        assert "Next" not in keys and "Dispute" not in keys  # nothing answered yet
        await pilot.press("escape")
        await until_showing(pilot, QuestionScreen)

        await type_answer(pilot, "zzzz")
        await pilot.press("f1")
        await until_showing(pilot, HelpScreen)
        keys = shown_text(app.screen.query_one("#help"))
        assert "Next" in keys and "Dispute" in keys
        assert "I don't know" not in keys


# -- Drills: clear words, a timer that warns, no stale toast ---------------------------------


async def test_a_drill_says_which_attempt_at_this_question() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock, player="Ana", drill=True, seed=1, tries=3)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await type_answer(pilot, "zzzz")
        note = " ".join(shown_text(app.screen.query_one("#round-note")).split())
        assert "comes back later: that was attempt 1 of 3 at this question" in note
        assert "try 1 of 3" not in note


async def test_the_countdown_turns_to_warning_then_error_as_time_runs_out() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock, drill=True, player="Ana", seed=1, time_limit=30)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        screen = question_screen(app)
        countdown = screen.query_one(Countdown)

        async def at(seconds_left: float) -> tuple[bool, bool]:
            remaining = screen.session.remaining()
            assert remaining is not None
            clock.tick(remaining - seconds_left)
            await screen.tick_clock()
            return countdown.has_class("-hurry"), countdown.has_class("-urgent")

        assert await at(10) == (False, False)  # a third of the time left
        assert await at(8) == (True, False)  # under 30%: a warning
        assert await at(2.5) == (False, True)  # under 10%: an error colour


async def test_the_type_your_name_toast_is_gone_once_the_game_starts() -> None:
    app = game(tiny_pack(), drill=True)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("enter")  # a drill needs a name
        await until(pilot, lambda: any("name first" in n for n in notices(app)), "the toast")
        app.screen.query_one("#player", Input).value = "Ana"
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
        await until(pilot, lambda: notices(app) == [], "no toast over question 1")


# -- Open book ------------------------------------------------------------------------------


async def test_open_book_typing_in_the_article_pane_goes_to_the_answer() -> None:
    app = game(tiny_pack(), open_book=True)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        beside = app.screen.query_one("#beside")
        answer = app.screen.query_one("#answer", Input)
        beside.focus()
        await until(pilot, lambda: beside.has_focus, "the article pane focused")
        await pilot.press("7", "space", "t", "o", "space", "2")
        await until(pilot, lambda: answer.value == "7 to 2", "the typing in the answer")
        assert answer.has_focus
        await pilot.press("enter")
        await until(pilot, lambda: question_screen(app).answered, "the answer taken")


async def test_open_book_verdict_does_not_repeat_the_paragraph_beside_it() -> None:
    pack = tiny_pack()
    question = pack.questions[0]
    (citation,) = question.citations
    app = game(pack, open_book=True)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await type_answer(pilot, "7 to 2")
        proof = " ".join(shown_text(app.screen.query_one("#citation")).split())
        assert f"Line {citation.line}:" in proof
        assert citation.text[citation.start : citation.end] in proof  # the quote…
        rest = citation.text[citation.end :].split()
        assert " ".join(rest[:4]) not in proof  # …not the paragraph, which is beside
        assert app.screen.query_one("#beside", ArticleView).marked_lines == (citation.line,)


# -- The command palette ---------------------------------------------------------------------


def titles(app: NewsQuizApp) -> list[str]:
    return [command.title for command in game_commands(app.screen)]


async def test_the_palette_offers_the_screens_commands_only_when_they_work() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock)
    async with app.run_test(size=SIZE) as pilot:
        assert {"Start", "Read the article", "Help"} <= set(titles(app))
        await start(pilot)
        assert {"Read the article", "I don't know", "Help"} <= set(titles(app))
        assert "Next" not in titles(app)
        for typed in ["7 to 2", "$30 million", "b", "Ines Carvalho", "false"]:
            await type_answer(pilot, typed)
            await pilot.press("enter")
            await pilot.pause()
        await until_showing(pilot, EndScreen)
        expected = {"Replay missed", "Missed only", "New game", "Read the article", "Help"}
        assert expected <= set(titles(app))

        # Found by typing in the palette, and run on the screen it was opened from.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"replay")
        await until(pilot, lambda: "Replay missed" in screen_text(app), "the command found")
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
        assert question_screen(app).session.is_replay


async def test_no_replay_in_the_palette_when_nothing_was_missed() -> None:
    app = game(tiny_pack())
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        for typed in ["7 to 2", "$3 million", "b", "Ines Carvalho", "false"]:
            await type_answer(pilot, typed)
            await pilot.press("enter")
            await pilot.pause()
        await until_showing(pilot, EndScreen)
        assert "Replay missed" not in titles(app) and "Missed only" not in titles(app)
        assert "New game" in titles(app)


async def test_escape_closes_the_keys_panel_and_only_it() -> None:
    app = game(tiny_pack())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await until_showing(pilot, ArticleScreen)
        app.action_show_help_panel()  # the palette's "Keys"
        await until(pilot, lambda: bool(app.screen.query("HelpPanel")), "the Keys panel")
        await pilot.press("escape")
        await until(pilot, lambda: not app.screen.query("HelpPanel"), "the Keys panel closed")
        assert isinstance(app.screen, ArticleScreen)  # still reading
        await pilot.press("escape")
        await until_showing(pilot, StartScreen)


# -- Quitting mid-round ------------------------------------------------------------------------


async def test_quitting_mid_round_says_what_was_recorded(tmp_path: Path) -> None:
    db = tmp_path / "class.sqlite3"
    app = game(tiny_pack(), player="Ana", results=results_at(str(db)))
    async with app.run_test(size=SIZE) as pilot:
        assert quit_note(app, app.results_control) == ""  # no round yet
        await start(pilot)
        assert quit_note(app, app.results_control) == (
            "You quit before answering: nothing was recorded."
        )
        for typed in ["7 to 2", "zzzz"]:
            await type_answer(pilot, typed)
            await pilot.press("enter")
            await pilot.pause()
        await app.records_settled()
        await pilot.press("f1")  # under a dialog, the round is still the one left
        await until_showing(pilot, HelpScreen)
        assert quit_note(app, app.results_control) == (
            f"You quit after 2 of 5 questions: 2 answers recorded; "
            f"`newsquiz report --db {db}` shows them."
        )


async def test_quitting_a_practice_round_says_nothing_was_recorded() -> None:
    app = game(tiny_pack())  # records nothing, as `--no-record`
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await type_answer(pilot, "7 to 2")
        assert quit_note(app, app.results_control) == (
            "You quit after 1 of 5 questions: nothing was recorded (recording was off)."
        )


async def test_quitting_from_the_results_needs_no_word() -> None:
    app = game(only(tiny_pack(), "vote"))
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await type_answer(pilot, "7 to 2")
        await pilot.press("enter")
        await until_showing(pilot, EndScreen)
        assert quit_note(app, app.results_control) == ""


# -- Cut text says it is cut -----------------------------------------------------------------


async def test_cut_headings_end_with_an_ellipsis() -> None:
    pack = only(tiny_pack(), "vote")
    pack = replace(
        pack, title="A lighthouse comes back, and the whole town turns out to see it lit"
    )
    app = game(pack)
    async with app.run_test(size=(60, 20)) as pilot:
        await start(pilot)
        await type_answer(pilot, "7 to 2")
        await pilot.press("f2")
        await until_showing(pilot, ArticleScreen)
        heading = shown_text(app.screen.query_one("#article-heading"))
        assert "▶ cited: line 2" in heading and heading.rstrip().endswith("…")
        await pilot.press("escape")
        await until_showing(pilot, QuestionScreen)
        await pilot.press("enter")
        await until_showing(pilot, EndScreen)
        heading = shown_text(app.screen.query_one("#results-heading"))
        assert heading.rstrip().endswith("…") and "Results" in heading


async def test_quitting_a_replay_before_answering_says_nothing_more_was_recorded() -> None:
    app = game(only(tiny_pack(), "vote", "cost"))
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        while isinstance(app.screen, QuestionScreen):
            await pilot.press("ctrl+g", "enter")
            await pilot.pause()
        await until_showing(pilot, EndScreen)
        await pilot.press("r")
        await until_showing(pilot, QuestionScreen)
        assert quit_note(app, app.results_control) == (
            "You quit before answering: nothing more was recorded."
        )


async def test_mode_closed_on_the_command_line_beats_a_remembered_mode(
    own_settings: Path,
) -> None:
    from newsquiz.tui.launch import make_app
    from newsquiz.tui.widgets.mode_list import ModeList

    own_settings.write_text('{"mode": "factcheck"}', encoding="utf-8")
    for closed_book, shown in ((False, "factcheck"), (True, "closed")):
        app = make_app(tiny_pack(), closed_book=closed_book, clock=FakeClock(), cursor_blink=False)
        async with app.run_test(size=SIZE) as pilot:
            await until_showing(pilot, StartScreen)
            assert app.screen.query_one("#mode", ModeList).mode.id == shown
