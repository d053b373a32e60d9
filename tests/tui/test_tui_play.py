"""Playing the game headless at 80×24: answers, feedback, article, results, replay."""

from __future__ import annotations

import gc
from collections.abc import Callable

from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Static

from newsquiz.grading import Outcome
from newsquiz.pack import Pack, Question
from newsquiz.session import AnswerRecord, Session
from newsquiz.startup import hold_collector, release_collector
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.palette import game_commands
from newsquiz.tui.render import QUOTE_STYLE, format_duration
from newsquiz.tui.screens.article import ArticleScreen
from newsquiz.tui.screens.end import EndScreen
from newsquiz.tui.screens.help import HelpScreen
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.start import StartScreen
from newsquiz.tui.widgets.article_view import ArticleLine, ArticleView
from newsquiz.tui.widgets.review_item import ReviewItem

from .helpers import (
    SIZE,
    FakeClock,
    game,
    screen_lines,
    screen_text,
    shown_text,
    static_text,
    tiny_pack,
    type_answer,
    until,
    until_showing,
)

WRONG = "zzzz"
SECONDS_PER_QUESTION = 7


def session_of(app: NewsQuizApp) -> Session:
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    return screen.session


async def begin(pilot: Pilot[None]) -> None:
    """From the start screen (name input focused), Enter starts the game."""
    assert isinstance(pilot.app.screen, StartScreen)
    await pilot.press("enter")
    await until_showing(pilot, QuestionScreen)


def should_miss(number: int) -> bool:
    return number % 3 == 2  # questions 2, 5, 8… are answered wrong on purpose


async def play_round(
    pilot: Pilot[None], clock: FakeClock, miss: set[str] | None = None
) -> list[Question]:
    """Answer every question of the running session; wrong for those in `miss`."""
    app = pilot.app
    assert isinstance(app, NewsQuizApp)
    asked: list[Question] = []
    while isinstance(app.screen, QuestionScreen):
        session = session_of(app)
        question = session.current
        assert question is not None
        asked.append(question)
        assert f"Question {session.position} of {session.total}" in shown_text(
            app.screen.query_one("#status")
        )
        wrong = question.id in miss if miss is not None else should_miss(len(asked))
        clock.tick(SECONDS_PER_QUESTION)
        await type_answer(pilot, WRONG if wrong else question.expected)
        check_feedback(app, question, wrong)
        await pilot.press("enter")
        await pilot.pause()
    return asked


def check_feedback(app: NewsQuizApp, question: Question, wrong: bool) -> None:
    record = session_of(app).records[-1]
    assert record.question is question
    verdict = shown_text(app.screen.query_one("#verdict"))
    if wrong:
        assert record.verdict.outcome is Outcome.INCORRECT
        assert "Wrong" in verdict
    else:
        assert record.verdict.correct, f"{question.id}: its own answer graded {record.verdict}"
        assert record.verdict.label in verdict
    assert question.expected in static_text(app, "#expected").plain
    proof = static_text(app, "#citation")
    for citation in question.citations:
        assert f"Article line {citation.line}:" in proof.plain
        quote = citation.text[citation.start : citation.end]
        assert quote in proof.plain
        # The quoted span itself is highlighted, not the whole paragraph.
        offset = proof.plain.index(citation.text)
        highlighted = {
            proof.plain[span.start : span.end] for span in proof.spans if span.style == QUOTE_STYLE
        }
        assert proof.plain[offset + citation.start : offset + citation.end] in highlighted
    # The cited line number is on screen too, not only in the widget.
    assert f"Article line {question.citations[0].line}:" in "\n".join(screen_lines(app))


async def test_full_play_through_of_the_seed_pack(seed_pack: Pack) -> None:
    clock = FakeClock()
    app = game(seed_pack, clock, player="Ana")
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        asked = await play_round(pilot, clock)
        assert [q.id for q in asked] == [q.id for q in seed_pack.questions]

        screen = app.screen
        assert isinstance(screen, EndScreen)
        session = screen.session
        missed = [q for n, q in enumerate(asked, start=1) if should_miss(n)]
        right = len(asked) - len(missed)
        summary = shown_text(screen.query_one("#summary"))
        assert f"got {right} of {len(asked)} right" in summary
        assert f"Time {format_duration(SECONDS_PER_QUESTION * len(asked))}" in summary
        assert list(session.missed()) == missed

        reviews = list(screen.query(ReviewItem))
        records = [r.record for r in reviews if isinstance(r.record, AnswerRecord)]
        assert [r.question.id for r in records] == [q.id for q in asked]  # each one an answer
        for number, (review, question) in enumerate(zip(reviews, asked, strict=True), start=1):
            text = shown_text(review.query_one(".review-body"))
            if review.region.bottom <= screen.query_one("#review").region.bottom:
                assert question.question.split()[0] in text
            body = str(review.query_one(".review-body", Static).content)
            assert question.question in body
            assert f"Line {question.citations[0].line}:" in body
            mark = "✗" if question in missed else "✓"
            assert review.label == f"{mark} {number}."


async def test_replay_asks_exactly_the_missed_questions() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        asked = await play_round(pilot, clock)
        missed_ids = [q.id for n, q in enumerate(asked, start=1) if should_miss(n)]
        assert missed_ids

        await pilot.press("r")
        await until_showing(pilot, QuestionScreen)
        assert isinstance(app.screen, QuestionScreen)
        assert session_of(app).total == len(missed_ids)
        assert "Score 0" in shown_text(app.screen.query_one("#status"))
        replayed = await play_round(pilot, clock, miss=set())
        assert [q.id for q in replayed] == missed_ids

        # All right this time: nothing left to replay, and "r" says so.
        assert isinstance(app.screen, EndScreen)
        assert app.screen.session.missed() == ()
        await pilot.press("r")
        await until_showing(pilot, EndScreen)
        assert isinstance(app.screen, EndScreen)


async def test_new_game_goes_back_to_the_start_screen_as_the_player_left_it() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock, player="Ana")
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        first_round = await play_round(pilot, clock)
        assert isinstance(app.screen, EndScreen)

        await pilot.press("n")
        await until_showing(pilot, StartScreen)
        assert app.screen.query_one("#player", Input).value == "Ana"
        assert app.focused is app.screen.query_one("#player", Input)
        assert len(app.screen_stack) == 1  # nothing of the last game left beneath

        await begin(pilot)
        assert session_of(app).total == len(first_round)
        assert "Score 0" in shown_text(app.screen.query_one("#status"))
        await play_round(pilot, clock)
        assert isinstance(app.screen, EndScreen)


async def test_article_marks_cited_lines_only_after_the_answer(seed_pack: Pack) -> None:
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        question = session_of(app).current
        assert question is not None

        await pilot.press("f2")
        await until_showing(pilot, ArticleScreen)
        assert isinstance(app.screen, ArticleScreen)
        view = app.screen.query_one(ArticleView)
        assert view.marked_lines == ()
        assert "▶" not in "\n".join(screen_lines(app))
        assert len(view.query(ArticleLine)) == len(seed_pack.article.paragraphs)
        await pilot.press("escape")
        await until_showing(pilot, QuestionScreen)
        assert isinstance(app.screen, QuestionScreen)

        await type_answer(pilot, WRONG)
        await pilot.press("f2")
        await until_showing(pilot, ArticleScreen)
        assert isinstance(app.screen, ArticleScreen)
        view = app.screen.query_one(ArticleView)
        assert view.marked_lines == question.cited_lines
        first = question.cited_lines[0]
        assert any(line.lstrip().startswith(f"▶{first} ") for line in screen_lines(app))

        # Back to the question, then on to the next one: its lines are hidden again.
        await pilot.press("escape")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f2")
        await until_showing(pilot, ArticleScreen)
        assert app.screen.query_one(ArticleView).marked_lines == ()


async def test_open_book_shows_the_article_beside_and_marks_it_after_answering(
    seed_pack: Pack,
) -> None:
    app = game(seed_pack, open_book=True)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        beside = app.screen.query_one("#beside", ArticleView)
        assert beside.region.width >= 30
        assert beside.marked_lines == ()
        question = session_of(app).current
        assert question is not None
        await type_answer(pilot, question.expected)
        assert beside.marked_lines == question.cited_lines
        await pilot.press("enter")
        await until(pilot, lambda: beside.marked_lines == (), "the next question's lines hidden")


async def test_mode_is_chosen_on_the_start_screen(seed_pack: Pack) -> None:
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "tab", "down")  # name → group → mode list → open book
        modes = app.screen.query_one("#mode")
        await until(pilot, lambda: "● Open book" in shown_text(modes), "open book chosen")
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.mode.id == "open"
        assert app.screen.query("#beside")


async def test_modes_are_chosen_by_arrows_or_a_click_and_say_what_they_change(
    seed_pack: Pack,
) -> None:
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        modes = screen.query_one("#mode")
        rules = screen.query_one("#drill-rules")
        assert not rules.display
        await pilot.press("tab", "tab", "up")  # from the first mode, up wraps to the last
        await until(pilot, lambda: "● Fact-check" in shown_text(modes), "fact-check chosen")
        await pilot.press("up")
        await until(pilot, lambda: "● Drill" in shown_text(modes), "drill chosen")
        await until(pilot, lambda: bool(rules.display), "a drill's rules")  # show with it…
        assert "needed for a drill" in screen.query_one("#player", Input).placeholder
        assert await pilot.click("#mode", offset=(5, 1))  # the second line: open book
        await until(pilot, lambda: "● Open book" in shown_text(modes), "open book chosen")
        assert not rules.display  # …and go with it
        assert shown_text(modes).count("●") == 1


def focused(widget: Widget) -> Callable[[], bool]:
    return lambda: widget.has_focus


async def test_the_start_button_starts_by_click_enter_or_space(seed_pack: Pack) -> None:
    for key in ("click", "enter", "space"):
        app = game(seed_pack, player="Ana")
        async with app.run_test(size=SIZE) as pilot:
            if key == "click":
                assert await pilot.click("#start-button")
            else:
                await pilot.press("tab", "tab", "tab")  # name → group → mode list → Start
                await until(pilot, focused(app.screen.query_one("#start-button")), "Start focused")
                await pilot.press(key)
            await until_showing(pilot, QuestionScreen)
            assert "Ana" in shown_text(app.screen.query_one("#status"))


async def test_empty_enter_asks_again_and_ctrl_g_gives_up(seed_pack: Pack) -> None:
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        session = session_of(app)
        await pilot.press("enter")
        await pilot.pause()  # (nothing to wait for: what must not happen)
        assert session.records == []  # a stray Enter is not an answer
        await pilot.press("ctrl+g")
        await until(pilot, lambda: len(session.records) == 1, "the question given up")
        assert [r.typed for r in session.records] == [""]
        assert "Wrong" in shown_text(app.screen.query_one("#verdict"))
        assert "You said: (nothing)" in shown_text(app.screen.query_one("#expected"))


async def test_markup_in_names_and_answers_is_shown_literally() -> None:
    name = "[bold red]Ana[/] [link=https://x.invalid]me[/link]"
    answer = "[reverse]7[/reverse]"
    app = game(tiny_pack(), player=name)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        status = app.screen.query_one("#status")
        await until(pilot, lambda: "[bold red]Ana[/]" in shown_text(status), "the name, literally")
        await type_answer(pilot, answer, keystrokes=True)
        await until(
            pilot, lambda: f"You said: {answer}" in "\n".join(screen_lines(app)), "the answer"
        )
        while isinstance(app.screen, QuestionScreen):
            await pilot.press("enter")
            await pilot.pause()
            if isinstance(app.screen, QuestionScreen):
                await pilot.press("ctrl+g")
                await pilot.pause()
        await until_showing(pilot, EndScreen)
        await until(pilot, lambda: f"You: {answer}" in screen_text(app), "the answer reviewed")
        assert "[bold red]Ana[/]" in screen_text(app)


async def test_help_lists_the_keys_of_the_screen_it_opened_from(seed_pack: Pack) -> None:
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("f1")
        await until_showing(pilot, HelpScreen)
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(screen_lines(app))
        for description in ("Article", "I don't know", "Help", "Quit", "Command palette"):
            assert description in shown
        await pilot.press("escape")
        await until_showing(pilot, QuestionScreen)
        assert isinstance(app.screen, QuestionScreen)


async def test_command_palette_offers_the_game_commands(seed_pack: Pack) -> None:
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        titles = [c.title for c in game_commands(app.screen)]
        assert "Read the article" in titles
        assert "Help" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        for char in "read the":
            await pilot.press(char if char != " " else "space")
        await pilot.press("enter")
        await pilot.pause()
        await until_showing(pilot, ArticleScreen)
        assert isinstance(app.screen, ArticleScreen)


async def test_the_collector_held_for_start_up_comes_back_once_the_game_is_drawn() -> None:
    hold_collector()  # as `newsquiz play` does before loading anything
    app = game(tiny_pack())
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, gc.isenabled, "the garbage collector turned back on")
            assert isinstance(app.screen, StartScreen)
    finally:
        release_collector()
        gc.unfreeze()


async def test_escape_goes_nowhere_when_the_pack_was_named_on_the_command_line(
    seed_pack: Pack,
) -> None:
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        assert "Other packs" not in screen_lines(app)[-1]
        await pilot.press("f1")  # nor does help offer it
        await until_showing(pilot, HelpScreen)
        assert isinstance(app.screen, HelpScreen)
        assert "Read the article" in "\n".join(screen_lines(app))
        assert "Other packs" not in "\n".join(screen_lines(app))
        await pilot.press("escape")  # closes help
        await pilot.pause()
        await pilot.press("escape")
        await until_showing(pilot, StartScreen)
        assert isinstance(app.screen, StartScreen)
        assert len(app.screen_stack) == 1


async def test_the_article_shows_the_credit_its_licence_asks_for() -> None:
    from newsquiz.library import bundled_dir
    from newsquiz.pack import load_pack

    pack = load_pack(bundled_dir() / "nasa-shuttle-retirement-homes")
    assert pack.article.credit and "CC BY 2.5" in pack.article.credit
    app = game(pack)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await until_showing(pilot, ArticleScreen)
        assert "Wikinews · 13 April 2011 · CC BY 2.5" in "\n".join(screen_lines(app))
        # The whole attribution follows the article's last line.
        await pilot.press("end")
        await until(
            pilot,
            lambda: "licensed CC BY 2.5" in " ".join(" ".join(screen_lines(app)).split()),
            "the credit at the end of the article",
        )
