"""Asking one question after another, with feedback after each answer."""

from __future__ import annotations

import time
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

from newsquiz.drill import DrillSession
from newsquiz.session import AnswerRecord, Session
from newsquiz.tui.host import host_of, verdict_written
from newsquiz.tui.messages import RoundFinished
from newsquiz.tui.modes import GameMode
from newsquiz.tui.render import answer_hint, choice_lines, replay_label
from newsquiz.tui.screens.dispute import DisputeRequested, DisputeScreen
from newsquiz.tui.widgets.answer_input import AnswerInput
from newsquiz.tui.widgets.article_view import ArticleView
from newsquiz.tui.widgets.countdown import Countdown
from newsquiz.tui.widgets.feedback import FeedbackPanel
from newsquiz.tui.widgets.key_bar import KeyBar
from newsquiz.tui.widgets.status import StatusBar


class QuestionScreen(Screen[None]):
    """Presents a Session: it grades, scores and orders; this screen only shows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "next", "Next", id="next"),
        Binding("f2,ctrl+o", "article", "Article", id="article"),
        Binding("ctrl+g", "give_up", "I don't know", id="give-up"),
        Binding("d", "dispute", "Dispute", id="dispute"),
    ]

    TICK_SECONDS = 0.25  # how often the countdown is redrawn; time itself comes from the clock
    # After the time runs out, keys meant for the answer (Enter, a "d") are ignored this long,
    # so a player typing at that moment reads the verdict instead of skipping or disputing it.
    SETTLE_SECONDS = 1.0

    def __init__(self, session: Session, mode: GameMode, *, player: str = "") -> None:
        super().__init__()
        self.session = session
        self.mode = mode
        self.player = player
        self.disputed: list[AnswerRecord] = []
        self._settle_until = float("-inf")

    @property
    def mode_label(self) -> str:
        """The mode; in a replay, that it is one (which matters more, in a narrow bar)."""
        return replay_label(self.session.total) if self.session.is_replay else self.mode.label

    @property
    def timed(self) -> bool:
        return self.session.time_limit is not None

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        countdown = Countdown(id="countdown")
        countdown.display = self.timed
        yield countdown
        with Horizontal(id="body"):
            with VerticalScroll(id="play"):
                yield Static(id="question")
                yield Static(id="choices")
                # Not selected on focus: keys typed in the article pane land after the rest.
                yield AnswerInput(id="answer", max_length=200, select_on_focus=False)
                yield Static(id="round-note")
                yield FeedbackPanel(id="feedback")
            if self.mode.article_beside:
                yield ArticleView(self.session.pack.article, id="beside")
        yield KeyBar()

    def on_mount(self) -> None:
        if not self.query("#question"):
            # The game quit as this screen was starting: Textual mounts nothing then, so there
            # is no question to show (without this, quitting mid-switch ended in a traceback).
            return
        # What the start screen said ("Type your name first") is over once the game begins.
        self.app.clear_notifications()
        self.show_question()
        if self.timed:
            # The interval only redraws; how much time is left is read from the session's clock.
            self.set_interval(self.TICK_SECONDS, self.tick_clock)

    async def tick_clock(self) -> None:
        """Redraw the countdown; when it reaches zero the question counts as missed."""
        if self.session.finished:
            return
        if not self.answered and self.session.expired:
            record = self.session.expire()
            if record is not None:
                self._settle_until = self._now() + self.SETTLE_SECONDS
                await verdict_written(self.app)
                self.show_answer(record)
                return
        self.query_one(Countdown).show(self.session)

    @property
    def answered(self) -> bool:
        return self.session.answered_current

    def show_question(self) -> None:
        question = self.session.current
        if question is None:
            return
        self.query_one(StatusBar).show(self.session, self.player, self.mode_label)
        self.query_one("#question", Static).update(Text(question.question, style="bold"))
        choices = self.query_one("#choices", Static)
        options = choice_lines(question)
        choices.update(options)
        choices.display = bool(options)
        answer = self.query_one("#answer", AnswerInput)
        answer.value = ""
        answer.placeholder = answer_hint(question)
        answer.display = True
        self.query_one(FeedbackPanel).display = False
        self.query_one("#round-note", Static).display = False
        self.query_one(Countdown).show(self.session)
        if self.mode.article_beside:
            self.query_one("#beside", ArticleView).mark(())
        self.query_one("#play", VerticalScroll).scroll_home(animate=False)
        answer.focus()
        self.refresh_bindings()

    def on_key(self, event: events.Key) -> None:
        # Open book: Tab reaches the article pane (its arrows scroll it), but what the player
        # types is still the answer, not keys lost in the pane.
        answer = self.query_one("#answer", AnswerInput)
        if self.answered or not event.is_printable or answer.has_focus or not answer.display:
            return
        event.stop()
        event.prevent_default()
        answer.focus()
        answer.insert_text_at_cursor(event.character or "")

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.answered:
            return
        if not event.value.strip():
            self.notify("Type an answer first, or press Ctrl+G if you don't know.", timeout=3)
            return
        await self.answer(event.value)

    async def answer(self, typed: str) -> None:
        record = self.session.submit(typed)
        await verdict_written(self.app)
        self.show_answer(record)

    def show_answer(self, record: AnswerRecord) -> None:
        last = self.session.position == self.session.total
        feedback = self.query_one(FeedbackPanel)
        feedback.show(record, last=last, article_beside=self.mode.article_beside)
        feedback.display = True
        self.query_one("#answer", AnswerInput).display = False
        self.query_one(StatusBar).show(self.session, self.player, self.mode_label)
        self.query_one(Countdown).show(self.session)
        self.show_note(round_note(self.session, record))
        if self.mode.article_beside:
            self.query_one("#beside", ArticleView).mark(record.question.citations)
        # Focus the scrolling column so Enter goes on and arrow keys scroll the proof.
        self.query_one("#play", VerticalScroll).focus()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self.answered
        if action == "give_up":
            return not self.answered
        if action == "dispute":
            return self.can_dispute
        return True

    @property
    def can_dispute(self) -> bool:
        """Only a verdict just given on an answer (not "I don't know", not time up), only one
        not counted right, only once, only if recorded."""
        host = host_of(self.app)
        if not self.answered or host is None or not host.recording:
            return False
        record = self.session.records[-1]
        if not record.typed.strip() or record.timed_out:
            return False  # no answer to stand by
        return not record.verdict.correct and not any(r is record for r in self.disputed)

    def show_note(self, text: Text) -> None:
        note = self.query_one("#round-note", Static)
        note.update(text)
        note.display = bool(text)

    def action_dispute(self) -> None:
        if not self.can_dispute or self.settling:
            return
        record = self.session.records[-1]

        def send(note: str | None) -> None:
            if note is not None:  # None: the player cancelled
                self.post_message(DisputeRequested(record, note, self.dispute_answered))

        self.app.push_screen(DisputeScreen(), send)

    def dispute_answered(self, message: str, sent: bool) -> None:
        """The app's reply to a dispute: shown under the verdict, and the key is spent."""
        if sent:
            self.disputed.append(self.session.records[-1])
        if not self.query("#round-note"):
            # The round went on before the store replied (the last question's `Next`): the
            # screen is gone, so the player reads the reply where they are now.
            self.app.notify(message, severity="information" if sent else "error")
            return
        text = round_note(self.session, self.session.records[-1])
        if text:
            text.append("\n")
        text.append(message, style="bold" if sent else "bold red")
        self.show_note(text)
        self.refresh_bindings()

    def _now(self) -> float:
        host = host_of(self.app)
        return host.clock() if host is not None else time.monotonic()

    @property
    def settling(self) -> bool:
        """The time ran out a moment ago: keys still being typed must not act."""
        return self._now() < self._settle_until

    def action_next(self) -> None:
        if not self.answered or self.settling:
            return
        if self.session.advance() is None:
            self.post_message(RoundFinished(self.session))
        else:
            self.show_question()

    async def action_give_up(self) -> None:
        if not self.answered:
            await self.answer("")

    def action_article(self) -> None:
        from newsquiz.tui.screens.article import ArticleScreen

        # Cited lines only once the question is answered: no spoilers.
        question = self.session.current
        cited = question.citations if question is not None and self.answered else ()
        self.app.push_screen(ArticleScreen(self.session.pack.article, cited))


def round_note(session: Session, record: AnswerRecord) -> Text:
    """What the verdict means for the rest of the game: time up, comes back, retired."""
    text = Text()
    if record.timed_out:
        text.append("⏱ Time is up: this question counts as missed.", style="bold")
    if isinstance(session, DrillSession):
        line = ""
        if session.comes_back(record):
            line = (
                f"This one comes back later: that was attempt {record.attempt} of "
                f"{session.tries} at this question."
            )
        elif session.retires(record):
            line = f"Retired after {session.tries} misses: learn it from the proof below."
        elif record.attempt > 1:
            line = f"Got it on attempt {record.attempt} of {session.tries} at this question."
        if line:
            if text:
                text.append("\n")
            text.append(line, style="italic")
    return text
