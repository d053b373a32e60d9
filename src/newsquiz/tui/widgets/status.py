"""The one-line bar above a question: where the player is and how it goes."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from newsquiz.drill import DrillSession
from newsquiz.session import Session
from newsquiz.tui.render import format_score


def progress_text(session: Session) -> str:
    """ "Question 3 of 5"; in a drill, whose queue grows as missed questions come back, the
    count of questions asked so far and how the drill's fixed set of facts stands:
    "Question 7 · try 2 of 3 · 3 right, 1 retired, 1 to go".
    """
    if not isinstance(session, DrillSession):
        return f"Question {session.position} of {session.total}"
    parts = [f"Question {session.position}"]
    question = session.current
    if question is not None:
        attempts = session.attempts(question)
        attempt = attempts if session.answered_current else attempts + 1
        if attempt > 1:
            parts.append(f"try {attempt} of {session.tries}")
    parts.append(
        f"{len(session.mastered)} right, {len(session.retired)} retired, "
        f"{session.remaining_facts} to go"
    )
    return " · ".join(parts)


class StatusBar(Static):
    def show(self, session: Session, player: str, mode_label: str) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(progress_text(session), style="bold")
        text.append(f"   Score {format_score(session.score)}")
        text.append(f"   {mode_label}", style="italic")
        if player:
            text.append("   ")
            text.append(player)  # untrusted: appended as plain text
        self.update(text)
