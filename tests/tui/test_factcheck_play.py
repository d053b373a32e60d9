"""Fact-check rounds in the game, headless at 80×24: calls, corrections, feedback, results, replay."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from tests.conftest import WritePack
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, Static

from newsquiz.claims import Claim, ClaimBank, FactCheckRecord, FactCheckSession, Phase
from newsquiz.claims.generate import stated_answer
from newsquiz.grading import Outcome
from newsquiz.pack import Pack
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.modes import FACT_CHECK
from newsquiz.tui.render import QUOTE_STYLE, format_duration, format_score
from newsquiz.tui.screens.factcheck import FactCheckScreen
from newsquiz.tui.screens.factcheck_end import FactCheckEndScreen
from newsquiz.tui.screens.help import HelpScreen
from newsquiz.tui.screens.start import StartScreen
from newsquiz.tui.widgets.claim_card import STATED_STYLE
from newsquiz.tui.widgets.claim_feedback import STRUCK_STYLE, sentence_bounds
from newsquiz.tui.widgets.review_item import ReviewItem

from .helpers import (
    SIZE,
    FakeClock,
    game,
    screen_lines,
    screen_text,
    shown_text,
    static_text,
    until,
    until_showing,
)

SEED = 4
COUNT = 8
SECONDS_PER_CLAIM = 9
WRONG_VALUE = "zzzz"


@dataclass(frozen=True)
class Play:
    """How the test answers one claim, and what the round must make of it."""

    keys: tuple[str, ...]  # pressed while the claim is shown
    correction: str | None  # typed (key by key) after a false call, None to skip with Ctrl+G
    outcome: Outcome
    score: float
    says: str  # the call as the review shows it


def keystrokes(text: str) -> tuple[str, ...]:
    return tuple("space" if c == " " else c for c in text)


def plan(claims: tuple[Claim, ...]) -> list[Play]:
    """Some calls right and some wrong, by key and by typed word; one false claim
    corrected right, one wrong, one skipped."""
    plays: list[Play] = []
    trues = falses = 0
    for claim in claims:
        if claim.truth:
            trues += 1
            if trues == 2:
                plays.append(Play((*keystrokes("true"), "enter"), None, Outcome.CORRECT, 1, "true"))
            elif trues == 3:
                plays.append(Play(("f",), None, Outcome.INCORRECT, 0, "false"))
            else:
                plays.append(Play(("t",), None, Outcome.CORRECT, 1, "true"))
            continue
        falses += 1
        right = claim.question.expected
        if falses == 1:
            plays.append(Play(("f",), right, Outcome.CORRECT, 1, f"false, {right}"))
        elif falses == 2:
            typed = (*keystrokes("false"), "enter")
            plays.append(Play(typed, WRONG_VALUE, Outcome.PARTIAL, 0.5, f"false, {WRONG_VALUE}"))
        elif falses == 3:
            plays.append(Play(("t",), None, Outcome.INCORRECT, 0, "true"))
        else:
            plays.append(Play(("f",), None, Outcome.PARTIAL, 0.5, "false"))
    return plays


def fact_check_screen(app: App[Any]) -> FactCheckScreen:
    screen = app.screen
    assert isinstance(screen, FactCheckScreen), f"expected the fact-check screen, not {screen}"
    return screen


def styled(text: Text, style: str) -> list[str]:
    return [text.plain[span.start : span.end] for span in text.spans if str(span.style) == style]


def check_claim_shown(app: NewsQuizApp, claim: Claim, number: int, total: int) -> None:
    card = static_text(app, "#fc-claim")
    assert card.plain == claim.sentence
    # The value the claim states is marked, so the player knows what to check.
    assert styled(card, STATED_STYLE) == [claim.stated]
    status = shown_text(app.screen.query_one("#status"))
    assert f"Claim {number} of {total}" in status
    assert "Fact-check" in status


def check_feedback(app: NewsQuizApp, claim: Claim, play: Play) -> None:
    verdict = shown_text(app.screen.query_one("#fc-verdict"))
    label = {
        Outcome.CORRECT: "Correct",
        Outcome.PARTIAL: "Partly right",
        Outcome.INCORRECT: "Wrong",
    }
    assert label[play.outcome] in verdict
    truth = static_text(app, "#fc-truth").plain
    assert f"The claim is {'true' if claim.truth else 'false'}" in truth
    # The article's own words for the value (`third`, not the key's `3`) where found.
    assert (claim.source.said or stated_answer(claim.question)) in truth
    assert f"You said: {play.says}" in truth

    source = static_text(app, "#fc-source")
    assert f"Article line {claim.source.line}:" in source.plain
    true_value = claim.source.text[claim.source.start : claim.source.end]
    # The article's own value is highlighted, in its place in the cited line.
    assert styled(source, QUOTE_STYLE) == [true_value]
    assert styled(source, STRUCK_STYLE) == []  # the article's words, nothing spliced in
    # The sentence of the line that settles it, not the whole (long) paragraph.
    begin, finish = sentence_bounds(claim.source.text, claim.source.start, claim.source.end)
    assert claim.source.text[begin : claim.source.start] in source.plain
    assert claim.source.text[claim.source.end : finish] in source.plain
    assert claim.source.text[begin:finish] in source.plain  # false or true, as written
    # The verdict and the line number are on the terminal, not scrolled away.
    lines = "\n".join(screen_lines(app))
    assert f"Article line {claim.source.line}:" in lines
    assert label[play.outcome] in lines


async def judge(pilot: Pilot[None], clock: FakeClock, claim: Claim, play: Play) -> None:
    screen = fact_check_screen(pilot.app)
    clock.tick(SECONDS_PER_CLAIM)
    await pilot.press(*play.keys)
    await until(pilot, lambda: screen.session.phase is not Phase.JUDGE, "the call taken")
    if screen.session.phase is Phase.CORRECT:
        assert not claim.truth
        assert pilot.app.focused is screen.query_one("#fc-value")
        # Nothing of the typed `false` and its Enter lands in the value's input.
        assert screen.query_one("#fc-value", Input).value == ""
        if play.correction is None:
            await pilot.press("ctrl+g")
        else:
            await pilot.press(*keystrokes(play.correction), "enter")
    await until(pilot, lambda: screen.session.phase is Phase.ANSWERED, "the claim settled")


async def test_a_whole_fact_check_round_on_the_seed_pack(seed_pack: Pack) -> None:
    claims = ClaimBank(seed_pack).round(SEED, COUNT)
    plays = plan(claims)
    assert {p.outcome for p in plays} == set(Outcome), "the plan should meet every outcome"
    clock = FakeClock()
    app = game(seed_pack, clock, player="Ana", fact_check=True, seed=SEED, count=COUNT)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, StartScreen)
        await pilot.press("enter")
        await pilot.pause()
        session = fact_check_screen(app).session
        assert session.claims == claims

        score = 0.0
        for number, (claim, play) in enumerate(zip(claims, plays, strict=True), start=1):
            check_claim_shown(app, claim, number, len(claims))
            await judge(pilot, clock, claim, play)
            record = session.records[-1]
            assert record.claim == claim
            assert record.verdict.outcome is play.outcome
            assert record.typed == play.says
            score += play.score
            assert session.score == score
            status = shown_text(app.screen.query_one("#status"))
            assert f"Score {format_score(score)}" in status
            check_feedback(app, claim, play)
            last = "see your results" if number == len(claims) else "next claim"
            assert last in shown_text(app.screen.query_one("#fc-go-on"))
            await pilot.press("enter")
            await pilot.pause()

        end = app.screen
        assert isinstance(end, FactCheckEndScreen)
        right = sum(p.outcome is Outcome.CORRECT for p in plays)
        summary = shown_text(end.query_one("#summary"))
        assert f"Ana, you got {right} of {len(claims)} claims right" in summary
        assert f"Score {format_score(score)} / {len(claims)}" in summary
        assert f"Time {format_duration(SECONDS_PER_CLAIM * len(claims))}" in summary

        items = list(end.query(ReviewItem))
        records = [i.record for i in items if isinstance(i.record, FactCheckRecord)]
        assert [r.claim for r in records] == list(claims)  # each one a fact-check
        for item, claim, play in zip(items, claims, plays, strict=True):
            body = item.query_one(".review-body", Static)
            text = body.content
            assert isinstance(text, Text)
            assert claim.sentence in text.plain
            assert f"You: {play.says}" in text.plain
            assert f"Line {claim.source.line}: " in text.plain
            assert "Claim: true" in text.plain if claim.truth else "Claim: false" in text.plain
            assert styled(text, STRUCK_STYLE) == []  # the line in the article's own words
            mark = {Outcome.CORRECT: "✓", Outcome.PARTIAL: "½", Outcome.INCORRECT: "✗"}
            assert item.label.startswith(mark[play.outcome])

        # Replay: only the claims not fully right, in the same order.
        missed = [c for c, p in zip(claims, plays, strict=True) if p.outcome is not Outcome.CORRECT]
        await pilot.press("r")
        await pilot.pause()
        replay = fact_check_screen(app).session
        assert list(replay.claims) == missed
        check_claim_shown(app, missed[0], 1, len(missed))
        for claim in missed:
            await pilot.press("t" if claim.truth else "f")
            await pilot.pause()
            if not claim.truth:
                await pilot.press(*keystrokes(claim.question.expected), "enter")
                await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        await until_showing(pilot, FactCheckEndScreen)
        assert isinstance(app.screen, FactCheckEndScreen)
        assert app.screen.session.correct_count == len(missed)
        assert f"got {len(missed)} of {len(missed)} claims right" in shown_text(
            app.screen.query_one("#summary")
        )


def first_false(seed_pack: Pack, starts_with: str) -> Claim:
    for qc in ClaimBank(seed_pack).playable:
        if qc.question.expected.startswith(starts_with):
            return qc.false_claims[0]
    raise AssertionError(f"no question of the seed pack has an answer starting with {starts_with}")


async def play_one(seed_pack: Pack, claim: Claim, keys: tuple[str, ...]) -> FactCheckSession:
    session = FactCheckSession(seed_pack, [claim], clock=FakeClock())
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        app.show_round(FactCheckScreen(session, FACT_CHECK))
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
    return session


async def test_a_value_that_begins_like_false_is_typed_whole(seed_pack: Pack) -> None:
    # `f`, then `about an hour`: the `a` is not eaten as the rest of the word `false`.
    claim = first_false(seed_pack, "a")
    value = claim.question.expected
    session = await play_one(seed_pack, claim, ("f", *keystrokes(value), "enter"))
    assert session.records[-1].correction == value
    assert session.records[-1].verdict.correct


async def test_false_typed_then_a_value_that_begins_with_a(seed_pack: Pack) -> None:
    claim = first_false(seed_pack, "a")
    value = claim.question.expected
    keys = (*keystrokes("false"), "enter", *keystrokes(value), "enter")
    session = await play_one(seed_pack, claim, keys)
    assert session.records[-1].correction == value


async def test_enter_with_no_value_asks_again_and_keys_wait_their_phase(seed_pack: Pack) -> None:
    claim = first_false(seed_pack, "a")
    session = FactCheckSession(seed_pack, [claim], clock=FakeClock())
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        app.show_round(FactCheckScreen(session, FACT_CHECK))
        await pilot.pause()
        await pilot.press("enter")  # nothing settled yet: Enter does not skip the claim
        await pilot.press("f")
        await until(pilot, lambda: session.phase is Phase.CORRECT, "the value asked for")
        assert session.records == []  # the Enter before `f` settled nothing
        await pilot.press("x", "enter")  # not the word `false`: `x` is the value's first letter
        await until(pilot, lambda: len(session.records) == 1, "the claim settled")
        assert session.records[-1].correction == "x"
        assert session.records[-1].claim == claim  # settled by that Enter
        await pilot.press("t")  # settled: no second call
        await pilot.pause()  # (nothing to wait for: what must not happen)
        assert len(session.records) == 1


async def test_help_explains_fact_check_and_lists_its_keys(seed_pack: Pack) -> None:
    app = game(seed_pack, fact_check=True, seed=SEED)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f1")
        await until_showing(pilot, HelpScreen)
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(screen_lines(app))
        assert "underlined part" in shown
        for key, does in (("t", "True"), ("f", "False")):
            assert any(
                line.strip(" │").startswith(key) and does in line for line in shown.splitlines()
            ), f"help lacks {key} {does}"
        # Only the keys that work now: skipping a value comes after calling a claim false.
        assert "Skip the value" not in shown and "Ctrl+G skips it" in " ".join(shown.split())


async def test_untrusted_text_is_shown_literally(write_pack: WritePack) -> None:
    from pathlib import Path

    from newsquiz.pack import load_pack

    yaml = """\
format: newsquiz/1
id: markup
title: "[bold]Markup[/bold] pack"
article: {file: article.txt}
questions:
  - id: cost
    question: How much will the [red]work[/red] cost?
    answer: $3 million
    kind: money
    cite: cost about $3 million
"""
    article = "The [b]mayor[/b] said the work would cost about $3 million [link=x]now[/link].\n"
    folder = write_pack(yaml, article)
    assert isinstance(folder, Path)
    pack = load_pack(folder)
    claims = ClaimBank(pack).round(1)
    app = game(pack, player="[i]Eve[/i]")
    async with app.run_test(size=SIZE) as pilot:
        session = FactCheckSession(pack, claims, clock=FakeClock())
        app.show_round(FactCheckScreen(session, FACT_CHECK, player="[i]Eve[/i]"))
        await until(pilot, lambda: "[b]mayor[/b]" in screen_text(app), "the claim, literally")
        assert "[i]Eve[/i]" in screen_text(app)
        await pilot.press("t")
        await until(pilot, lambda: "[link=x]now[/link]" in screen_text(app), "the proof, literally")


async def test_words_typed_in_one_burst_are_taken_in_order(seed_pack: Pack) -> None:
    """A terminal delivers fast typing as a burst of keys, all queued before the first is
    handled: `true⏎` is still one call, and a value typed right after `false⏎` is kept."""
    from textual import events

    bank = ClaimBank(seed_pack)
    true_claim = next(qc.true_claim for qc in bank.playable if qc.true_claim)
    false_claim = first_false(seed_pack, "a")
    value = false_claim.question.expected
    session = FactCheckSession(seed_pack, [true_claim, false_claim], clock=FakeClock())
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        app.show_round(FactCheckScreen(session, FACT_CHECK))
        await pilot.pause()
        for key in (*keystrokes("true"), "enter"):
            app.post_message(events.Key(key, " " if key == "space" else key))
        await until(pilot, lambda: len(session.records) == 1, "the call taken")
        assert session.records[-1].said_true
        await pilot.pause()
        assert session.phase is Phase.ANSWERED  # the Enter did not move on past the feedback
        await pilot.press("enter")
        await until(pilot, lambda: session.phase is Phase.JUDGE, "the next claim")
        for key in (*keystrokes("false"), "enter", *keystrokes(value), "enter"):
            character = None if key == "enter" else " " if key == "space" else key
            app.post_message(events.Key(key, character))
        await until(pilot, lambda: len(session.records) == 2, "the second claim settled")
        assert session.records[-1].correction == value
        assert session.records[-1].verdict.correct
        # Each claim settled once, in order: the first burst's Enter skipped nothing.
        assert [r.claim for r in session.records] == [true_claim, false_claim]


def test_the_source_is_cut_to_its_sentence_not_at_an_abbreviation() -> None:
    line = (
        "The call was long. On March 24, Gen. Mark Milley and J. Smith said so. "
        "“It was hard.” Then they left."
    )
    start = line.index("Mark")
    begin, finish = sentence_bounds(line, start, start + len("Mark Milley"))
    assert line[begin:finish] == "On March 24, Gen. Mark Milley and J. Smith said so."
    start = line.index("hard")
    begin, finish = sentence_bounds(line, start, start + 4)
    assert line[begin:finish] == "“It was hard.”"


async def test_a_call_typed_in_the_same_burst_as_the_enter_before_it_is_kept(
    seed_pack: Pack,
) -> None:
    from textual import events

    bank = ClaimBank(seed_pack)
    true_claims = [qc.true_claim for qc in bank.playable if qc.true_claim][:2]
    session = FactCheckSession(seed_pack, true_claims, clock=FakeClock())
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        app.show_round(FactCheckScreen(session, FACT_CHECK))
        await pilot.pause()
        await pilot.press("t")
        await until(pilot, lambda: session.phase is Phase.ANSWERED, "the call taken")
        for key in ("enter", "t"):  # one burst: "next claim", then its call
            app.post_message(events.Key(key, None if key == "enter" else key))
        await until(pilot, lambda: len(session.records) == 2, "the burst's call taken")
        assert session.records[-1].said_true
        assert session.phase is Phase.ANSWERED


async def test_a_why_claim_is_asked_about_as_the_author_wrote_its_value(
    write_pack: WritePack,
) -> None:
    """`Why…? To save money.`: the answer opens its own sentence with a capital; the call
    for a correction names it as written, mid-sentence (`instead of to save money?`)."""
    from pathlib import Path

    from newsquiz.claims.model import Family, Source
    from newsquiz.claims.sentences import question_frame
    from newsquiz.pack import load_pack

    yaml = """\
format: newsquiz/1
id: pier
title: Pier
article: {file: article.txt}
questions:
  - id: why
    question: Why did the ferry company lengthen the pier?
    answer: to meet the new rules
    kind: text
    cite: to meet the new rules
"""
    folder = write_pack(yaml, "The ferry company lengthened the pier to meet the new rules.\n")
    assert isinstance(folder, Path)
    pack = load_pack(folder)
    question = pack.questions[0]
    frame = question_frame(question)
    sentence, span = frame.fill("to save money")
    citation = question.citations[0]
    claim = Claim(
        question, sentence, False, "to save money", span, frame.path, Family.ARTICLE,
        Source.of(citation, (citation.start, citation.end)),
    )  # fmt: skip
    app = game(pack)
    async with app.run_test(size=SIZE) as pilot:
        session = FactCheckSession(pack, (claim,), clock=FakeClock())
        app.show_round(FactCheckScreen(session, FACT_CHECK))
        await until(pilot, lambda: "? To save money." in screen_text(app), "the why-claim")
        await pilot.press("f")
        await until(pilot, lambda: "instead of" in screen_text(app), "the call for a value")
        assert "instead of to save money?" in " ".join(screen_text(app).split())
        for key in keystrokes("to meet the new rules"):
            await pilot.press(key)
        await pilot.press("enter")
        await until(pilot, lambda: "The claim is false" in screen_text(app), "the feedback")
        assert "not to save money." in " ".join(screen_text(app).replace("█", " ").split())
