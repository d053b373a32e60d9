"""The results: score, time, and a review of every answer with its proof."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from newsquiz.drill import DrillSession
from newsquiz.session import AnswerRecord, Session
from newsquiz.tui.messages import NewGameRequested, ReplayRequested
from newsquiz.tui.render import format_duration, format_score
from newsquiz.tui.widgets.review_item import ReviewItem


def summary_text(session: Session, player: str) -> Text:
    text = Text()
    if player:
        text.append(player, style="bold")  # untrusted: plain text
        text.append(", you")
    else:
        text.append("You")
    if isinstance(session, DrillSession):
        return text.append_text(drill_summary(session))
    text.append(f" got {session.correct_count} of {session.total} right")
    text.append(f"   Score {format_score(session.score)} / {session.total}", style="bold")
    text.append(f"   Time {format_duration(session.elapsed)}")
    return text


def drill_summary(drill: DrillSession) -> Text:
    """First-time right, every attempt, what was retired: a drill scores its first answers."""
    facts = len(drill.drilled)
    text = Text(f" got {drill.right_first_time} of {facts} right first time")
    text.append(f"   Score {format_score(drill.score)} / {facts}", style="bold")
    text.append(f"   Time {format_duration(drill.elapsed)}")
    text.append(f"\nAttempts {len(drill.records)}")
    text.append(f"   Learnt on a later try {len(drill.mastered) - drill.right_first_time}")
    if drill.retired:
        text.append(f"   Retired after {drill.tries} tries {len(drill.retired)}")
    return text


def review_text(record: AnswerRecord) -> Text:
    """One answer in review: the question, what was typed, the right answer, the proof."""
    question = record.question
    text = Text()
    text.append(question.question, style="bold")
    text.append("\nYou: ")
    text.append(record.typed or "(nothing)")
    outcome = "time ran out" if record.timed_out else record.verdict.label.lower()
    text.append(f"  ({outcome})", style="italic")
    if record.attempt > 1:
        text.append(f"  try {record.attempt}", style="italic")
    text.append("\nAnswer: ")
    text.append(question.expected)
    for citation in question.citations:
        text.append(f"\nLine {citation.line}: ", style="bold")
        text.append(f"“{citation.text[citation.start : citation.end]}”", style="italic")
    return text


class EndScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "replay", "Replay missed", id="replay-missed"),
        Binding("n", "new_game", "New game", id="new-game"),
        Binding("f2,ctrl+o", "article", "Article", id="article"),
        Binding("q", "app.quit", "Quit", id="quit-results", show=False),
    ]

    def __init__(self, session: Session, *, player: str = "", recording: str = "") -> None:
        super().__init__()
        self.session = session
        self.player = player
        self.recording = recording  # where the answers went, said discreetly

    def compose(self) -> ComposeResult:
        heading = Text("Results", style="bold")
        heading.append(f"  {self.session.pack.title}", style="not bold")
        heading.no_wrap = True
        heading.overflow = "ellipsis"
        yield Static(heading, id="results-heading")
        yield Static(summary_text(self.session, self.player), id="summary")
        if self.recording:
            yield Static(Text(self.recording), id="recording-note")
        with VerticalScroll(id="review"):
            for number, record in enumerate(self.session.records, start=1):
                yield ReviewItem(number, record, review_text(record))
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#review", VerticalScroll).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "replay":
            if isinstance(self.session, DrillSession):
                return False  # a drill already asked its missed questions again
            # Shown but greyed out when nothing was missed.
            return True if self.session.missed() else None
        return True

    def action_replay(self) -> None:
        if isinstance(self.session, DrillSession):
            return
        if not self.session.missed():
            self.notify("Nothing to replay: every answer was right.")
            return
        self.post_message(ReplayRequested(self.session.replay_missed()))

    def action_new_game(self) -> None:
        self.post_message(NewGameRequested())

    def action_article(self) -> None:
        from newsquiz.tui.screens.article import ArticleScreen

        self.app.push_screen(ArticleScreen(self.session.pack.article))
