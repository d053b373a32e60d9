"""The results of a fact-check round: score, time, and every claim with the call made on it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from newsquiz.claims import FactCheckRecord, FactCheckSession
from newsquiz.claims.generate import stated_answer
from newsquiz.tui.messages import NewGameRequested
from newsquiz.tui.modes import GameMode
from newsquiz.tui.render import format_duration, format_score
from newsquiz.tui.widgets.claim_card import claim_text
from newsquiz.tui.widgets.claim_feedback import call_summary, corrected_source
from newsquiz.tui.widgets.review_item import ReviewItem


def summary_text(session: FactCheckSession, player: str) -> Text:
    text = Text()
    if player:
        text.append(player, style="bold")  # untrusted: plain text
        text.append(", you")
    else:
        text.append("You")
    text.append(f" got {session.correct_count} of {session.total} claims right")
    text.append(f"   Score {format_score(session.score)} / {session.total}", style="bold")
    text.append(f"   Time {format_duration(session.elapsed)}")
    return text


def review_text(record: FactCheckRecord) -> Text:
    """One claim in review: the claim, the call and correction, the truth, the source line."""
    claim = record.claim
    text = claim_text(claim)
    text.append("\nYou: ")
    text.append(record.typed)  # untrusted: plain text
    text.append(f"  ({call_summary(record)})", style="italic")
    text.append("\nClaim: ")
    if claim.truth:
        text.append("true", style="bold")
    else:
        text.append("false", style="bold")
        text.append(" — the article says ")
        text.append(stated_answer(claim.question))
    text.append(f"\nLine {claim.source.line}: ", style="bold")
    text.append_text(corrected_source(claim))
    return text


class FactCheckEndScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "replay", "Replay missed", id="replay-missed"),
        Binding("n", "new_game", "New game", id="new-game"),
        Binding("f2,ctrl+o", "article", "Article", id="article"),
        Binding("q", "app.quit", "Quit", id="quit-results", show=False),
    ]

    def __init__(self, session: FactCheckSession, mode: GameMode, *, player: str = "") -> None:
        super().__init__()
        self.session = session
        self.mode = mode
        self.player = player

    def compose(self) -> ComposeResult:
        heading = Text("Fact-check results", style="bold")
        heading.append(f"  {self.session.pack.title}", style="not bold")
        heading.no_wrap = True
        heading.overflow = "ellipsis"
        yield Static(heading, id="results-heading")
        yield Static(summary_text(self.session, self.player), id="summary")
        with VerticalScroll(id="review"):
            for number, record in enumerate(self.session.records, start=1):
                yield ReviewItem(number, record, review_text(record))
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#review", VerticalScroll).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "replay":
            # Shown but greyed out when nothing was missed.
            return True if self.session.missed() else None
        return True

    def action_replay(self) -> None:
        from newsquiz.tui.screens.factcheck import FactCheckScreen

        if not self.session.missed():
            self.notify("Nothing to replay: every call was right.")
            return
        replay = self.session.replay_missed()
        self.app.switch_screen(FactCheckScreen(replay, self.mode, player=self.player))

    def action_new_game(self) -> None:
        self.post_message(NewGameRequested())

    def action_article(self) -> None:
        from newsquiz.tui.screens.article import ArticleScreen

        self.app.push_screen(ArticleScreen(self.session.pack.article))
