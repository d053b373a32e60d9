"""The one-line bar above a question: where the player is and how it goes."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from newsquiz.drill import DrillSession
from newsquiz.progress import current_streak
from newsquiz.session import Session
from newsquiz.tui.render import format_score

BAR_CELLS = 10
BAR_DONE, BAR_TO_GO = "━", "╌"
STREAK_SHOWN_FROM = 2  # one right answer is no streak yet


def progress_text(session: Session) -> str:
    """ "Question 3 of 5"; in a drill, whose queue grows as missed questions come back, the
    count of questions asked so far and how the drill's fixed set of facts stands:
    "Question 7 · attempt 2 of 3 · learnt 3 of 5, 1 retired".
    """
    if not isinstance(session, DrillSession):
        return f"Question {session.position} of {session.total}"
    parts = [f"Question {session.position}"]
    question = session.current
    if question is not None:
        attempts = session.attempts(question)
        attempt = attempts if session.answered_current else attempts + 1
        if attempt > 1:
            parts.append(f"attempt {attempt} of {session.tries}")
    # Learnt (right on any attempt) apart from the score, which counts first attempts only.
    learnt = f"learnt {len(session.mastered)} of {len(session.drilled)}"
    if session.retired:
        learnt += f", {len(session.retired)} retired"
    parts.append(learnt)
    return " · ".join(parts)


def share_done(session: Session) -> float:
    """How far through the round the player is: questions answered (a drill: facts settled,
    right or retired, since its missed questions come back)."""
    if isinstance(session, DrillSession):
        facts = len(session.drilled)
        return (len(session.mastered) + len(session.retired)) / facts if facts else 1.0
    return len(session.records) / session.total if session.total else 1.0


def progress_bar(share: float, cells: int = BAR_CELLS) -> Text:
    """A bar `cells` wide, drawn solid as far as `share` (0 to 1) and dashed beyond."""
    done = round(min(1.0, max(0.0, share)) * cells)
    bar = Text(BAR_DONE * done, style="bold")
    bar.append(BAR_TO_GO * (cells - done), style="dim")
    return bar


def streak_text(session: Session) -> str:
    """ "3 right in a row" once there are two; "" before."""
    streak = current_streak([record.verdict.correct for record in session.records])
    return f"{streak} right in a row" if streak >= STREAK_SHOWN_FROM else ""


class StatusBar(Static):
    def show(self, session: Session, player: str, mode_label: str) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(progress_text(session), style="bold")
        text.append(" ")
        text.append_text(progress_bar(share_done(session)))
        score = "First-try score" if isinstance(session, DrillSession) else "Score"
        text.append(f"  {score} {format_score(session.score)}")
        streak = streak_text(session)
        if streak:
            text.append(f"  {streak}")
        text.append(f"  {mode_label}", style="italic")
        if player:
            text.append("  ")
            text.append(player)  # untrusted: appended as plain text
        self.update(text)
