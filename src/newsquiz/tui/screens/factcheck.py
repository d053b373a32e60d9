"""A fact-check round: one claim at a time, judged true or false, corrected when false.

The FactCheckSession keeps the rules and the score; this screen only shows it.
Keys: t / f make the call at once. A player who types the whole word
(`true`, `false`) and Enter gets the same: the rest of the word and that Enter
are taken as part of the call, not as the next key (see `TypedCall`).
"""

from __future__ import annotations

import random
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

from newsquiz.claims import ClaimBank, FactCheckSession, Phase
from newsquiz.pack import Pack
from newsquiz.session import Clock
from newsquiz.tui.host import host_of, verdict_written
from newsquiz.tui.messages import RoundFinished
from newsquiz.tui.modes import GameMode
from newsquiz.tui.options import GameOptions
from newsquiz.tui.render import format_score, replay_label
from newsquiz.tui.widgets.call_input import TypedCall, ValueInput
from newsquiz.tui.widgets.claim_card import ClaimCard
from newsquiz.tui.widgets.claim_feedback import ClaimFeedback
from newsquiz.tui.widgets.key_bar import KeyBar

HOW_TO_PLAY = (
    "Each claim is a sentence about the article; the underlined part is what it states. "
    "Press t if the article says so, f if it does not (or type true or false and Enter). "
    "After f, type what the article really says and press Enter (Ctrl+G skips it). "
    "A right call is worth a point; spotting a false claim without the right value, half. "
    "After each call you see the article's line: its value highlighted and, for a false "
    "claim, the claimed value struck through. Think a call was judged wrongly? Press d to "
    "dispute it: the dispute is saved with your call; your score does not change. At the "
    "end, replay the claims you missed."
)

# Keys that may finish a typed `true` / `false`; `enter` is the Enter after the word.
_ECHO_KEYS = ("r", "u", "e", "a", "l", "s", "enter")


def fact_check_session(pack: Pack, options: GameOptions, clock: Clock) -> FactCheckSession:
    """A round drawn from the pack's claims; the same seed gives the same round."""
    seed = options.seed if options.seed is not None else random.randrange(1_000_000)
    claims = ClaimBank(pack).round(seed, options.count)
    return FactCheckSession(pack, claims, clock=clock)


def status_text(session: FactCheckSession, mode_label: str, player: str) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(f"Claim {session.position} of {session.total}", style="bold")
    text.append(f"   Score {format_score(session.score)}")
    text.append(f"   {mode_label}", style="italic")
    if session.is_replay:
        text.append(f" · {replay_label(session.total)}", style="italic")
    if player:
        text.append("   ")
        text.append(player)  # untrusted: plain text
    return text


class FactCheckScreen(Screen[None]):
    """Presents a FactCheckSession."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: checked as each key arrives, in order, so a quickly typed `true⏎`
        # is taken as one call before its Enter could move on (see TypedCall).
        Binding("t", "call(True)", "True", id="fc-true", priority=True),
        Binding("f", "call(False)", "False", id="fc-false", priority=True),
        # The same keys again, after the focused widget: a `t` or `f` typed in the same burst
        # as the Enter that shows the next claim is checked (above) before that Enter has
        # moved on, and would be lost; here it meets the claim it was meant for.
        Binding("t", "call(True)", show=False),
        Binding("f", "call(False)", show=False),
        Binding("enter", "next", "Next", id="fc-next"),
        Binding("ctrl+g", "skip_value", "Skip the value", id="fc-skip"),
        Binding("f2,ctrl+o", "article", "Article", id="article"),
        Binding("d", "dispute", "Dispute", id="fc-dispute"),
        *(Binding(key, f"echo('{key}')", show=False, priority=True) for key in _ECHO_KEYS),
    ]

    HOW_TO_PLAY = HOW_TO_PLAY

    def __init__(self, session: FactCheckSession, mode: GameMode, *, player: str = "") -> None:
        super().__init__()
        self.session = session
        self.mode = mode
        self.player = player
        self.typed_call = TypedCall()
        self.disputed: set[int] = set()  # the calls already disputed
        self.writing = False  # a verdict waits for its call to be written

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with VerticalScroll(id="play"):
            yield Static(Text("Does the article say this?", style="bold"), id="fc-prompt")
            yield ClaimCard(id="fc-claim")
            yield Static(id="fc-ask")
            yield ValueInput(
                self.typed_call,
                id="fc-value",
                max_length=200,
                placeholder="what the article says, then Enter",
            )
            yield ClaimFeedback(id="fc-feedback")
        yield KeyBar()

    def on_mount(self) -> None:
        self.app.clear_notifications()  # the start screen's word is over once play begins
        if self.session.finished:
            self.finish()
        else:
            self.show_claim()

    # -- showing ---------------------------------------------------------------------

    def show_status(self) -> None:
        status = status_text(self.session, self.mode.label, self.player)
        self.query_one("#status", Static).update(status)

    def show_claim(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        self.show_status()
        self.query_one(ClaimCard).show(claim)
        ask = Text()
        ask.append("t", style="bold")
        ask.append(" true   ")
        ask.append("f", style="bold")
        ask.append(" false   ")
        ask.append("(or type true or false, then Enter)", style="italic")
        self.query_one("#fc-ask", Static).update(ask)
        self.query_one("#fc-ask", Static).display = True
        value = self.query_one("#fc-value", ValueInput)
        value.value = ""
        value.display = False
        self.typed_call.clear()
        self.query_one(ClaimFeedback).display = False
        play = self.query_one("#play", VerticalScroll)
        play.scroll_home(animate=False)
        play.focus()
        self.refresh_bindings()

    def ask_for_value(self) -> None:
        ask = Text()
        ask.append("False. ", style="bold")
        ask.append("What does the article say instead of ")
        claim = self.session.current
        ask.append(claim.quoted if claim else "it", style="underline")
        ask.append("?")
        self.query_one("#fc-ask", Static).update(ask)
        value = self.query_one("#fc-value", ValueInput)
        value.display = True
        value.focus()
        self.refresh_bindings()

    def show_feedback(self) -> None:
        record = self.session.records[-1]
        self.query_one("#fc-ask", Static).display = False
        self.query_one("#fc-value", ValueInput).display = False
        feedback = self.query_one(ClaimFeedback)
        feedback.show(record, last=self.session.position == self.session.total)
        feedback.display = True
        self.show_status()
        play = self.query_one("#play", VerticalScroll)
        play.focus()  # Enter goes on; arrow keys scroll the proof
        # When it all does not fit, the verdict goes to the top (the claim is above it).
        self.call_after_refresh(play.scroll_to_widget, feedback, top=True, animate=False)
        self.refresh_bindings()

    def finish(self) -> None:
        self.post_message(RoundFinished(self.session))

    # -- playing ---------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self.session.phase

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "call":
            return self.phase is Phase.JUDGE
        if action == "next":
            return self.phase is Phase.ANSWERED and not self.writing
        if action == "skip_value":
            return self.phase is Phase.CORRECT
        if action == "echo":
            return bool(parameters) and self.typed_call.expects(str(parameters[0]))
        if action == "dispute":
            return self.can_dispute
        return True

    @property
    def can_dispute(self) -> bool:
        """Only the call just judged, only one not fully right, only once, only if recorded."""
        if self.phase is not Phase.ANSWERED or self.writing:
            return False
        host = host_of(self.app)
        if host is None or not host.recording:
            return False
        index = len(self.session.records) - 1
        return (
            index >= 0
            and not self.session.records[index].verdict.correct
            and index not in self.disputed
        )

    def action_dispute(self) -> None:
        from newsquiz.tui.screens.dispute import DisputeRequested, DisputeScreen

        if not self.can_dispute:
            return
        index = len(self.session.records) - 1

        def reply(message: str, sent: bool) -> None:
            if sent:
                self.disputed.add(index)
                self.refresh_bindings()
            self.notify(message, severity="information" if sent else "error")

        def send(note: str | None) -> None:
            if note is not None:  # None: the player cancelled
                self.post_message(DisputeRequested(self.session.records[index], note, reply))

        self.app.push_screen(DisputeScreen(), send)

    async def action_call(self, says_true: bool) -> None:
        if self.phase is not Phase.JUDGE:
            return
        self.typed_call.start(says_true)
        if self.session.judge(says_true) is None:
            self.ask_for_value()
        else:
            await self.show_verdict()

    async def show_verdict(self) -> None:
        """The call's verdict, once the call is written (a moment at most), as for answers:
        a round killed with a verdict on screen has that call in the store."""
        self.writing = True
        try:
            await verdict_written(self.app)
        finally:
            self.writing = False
        self.show_feedback()

    def action_echo(self, key: str) -> None:
        """The next key of a call typed as a whole word: used up, nothing else happens."""
        self.typed_call.take(key)

    def on_key(self, event: events.Key) -> None:
        # Reached only by keys no binding took: the word typed as a call is over.
        self.typed_call.rest = []
        if self.phase is Phase.CORRECT and event.is_printable:
            # The input takes every letter typed into it, so this one was typed in the
            # instant before it had the focus: it begins the value all the same.
            event.stop()
            value = self.query_one("#fc-value", ValueInput)
            value.insert_text_at_cursor(self.typed_call.give_back() + (event.character or ""))
            value.focus()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.phase is not Phase.CORRECT:
            return
        typed = event.value
        if not typed.strip():
            self.notify("Type the value the article gives, or press Ctrl+G to skip.", timeout=3)
            return
        self.session.correct(typed)
        await self.show_verdict()

    async def action_skip_value(self) -> None:
        if self.phase is Phase.CORRECT:
            self.session.correct("")
            await self.show_verdict()

    def action_next(self) -> None:
        if self.phase is not Phase.ANSWERED:
            return
        if self.session.advance() is None:
            self.finish()
        else:
            self.show_claim()

    def action_article(self) -> None:
        from newsquiz.tui.screens.article import ArticleScreen

        # Cited lines only once the claim is settled: no spoilers.
        claim = self.session.current
        settled = claim is not None and self.phase is Phase.ANSWERED
        cited = claim.question.citations if claim is not None and settled else ()
        self.app.push_screen(ArticleScreen(self.session.pack.article, cited))
