"""The results of a fact-check round: score, time, and every claim with the call made on it."""

from __future__ import annotations

from rich.text import Text

from newsquiz.claims import FactCheckRecord, FactCheckSession
from newsquiz.claims.generate import stated_answer
from newsquiz.session import Graded
from newsquiz.tui.messages import ReplayRequested
from newsquiz.tui.modes import GameMode
from newsquiz.tui.render import format_duration, format_score
from newsquiz.tui.screens.results import ResultsScreen
from newsquiz.tui.widgets.claim_card import claim_text
from newsquiz.tui.widgets.claim_feedback import call_summary, corrected_source


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


class FactCheckEndScreen(ResultsScreen):
    HEADING = "Fact-check results"

    def __init__(self, session: FactCheckSession, mode: GameMode, *, player: str = "") -> None:
        super().__init__(session.pack, list(session.records))
        self.session = session
        self.mode = mode
        self.player = player

    def summary(self) -> Text:
        return summary_text(self.session, self.player)

    def review(self, record: Graded) -> Text:
        assert isinstance(record, FactCheckRecord)
        return review_text(record)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "replay":
            # Shown but greyed out when nothing was missed.
            return True if self.session.missed() else None
        return True

    def action_replay(self) -> None:
        if not self.session.missed():
            self.notify("Nothing to replay: every call was right.")
            return
        self.post_message(ReplayRequested(self.session.replay_missed()))
