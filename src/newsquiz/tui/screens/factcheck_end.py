"""The results of a fact-check round: score, time, and every claim with the call made on it."""

from __future__ import annotations

from rich.text import Text

from newsquiz.claims import FactCheckRecord, FactCheckSession
from newsquiz.claims.generate import stated_answer
from newsquiz.session import Graded
from newsquiz.tui.screens.results import ResultsScreen, summary_line
from newsquiz.tui.widgets.claim_card import claim_text
from newsquiz.tui.widgets.claim_feedback import call_summary, corrected_source


def summary_text(session: FactCheckSession, player: str) -> Text:
    right, total = session.correct_count, session.total
    return summary_line(player, right, total, "claims right", session.score, session.elapsed)


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
    """The results of a fact-check round."""

    HEADING = "Fact-check results"
    ITEMS = "claims"
    session: FactCheckSession

    def summary(self) -> Text:
        return summary_text(self.session, self.player)

    def review(self, record: Graded) -> Text:
        assert isinstance(record, FactCheckRecord)
        return review_text(record)
