"""What a player who quits in the middle of a round is told once the game has closed: how
many answers were recorded, and how to see them. Leaving from the results or the start
screen needs no word: the results said where the answers went."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.app import App

from newsquiz.claims import FactCheckSession
from newsquiz.drill import DrillSession
from newsquiz.facts.text import plural, printable
from newsquiz.session import Session

if TYPE_CHECKING:
    from newsquiz.tui.results_control import ResultsControl


@dataclass(frozen=True)
class LeftRound:
    """A round left before its results: how far it went, and what became of the answers."""

    answered: int
    total: int | None  # None: a drill, whose questions come back until learnt
    claims: bool  # a fact-check round: calls on claims, not answers
    replay: bool  # a replay of what the round before it missed
    recording: bool
    recorded: int
    report: str  # the command that shows them: "newsquiz report" (or with --db)

    def note(self) -> str:
        if self.answered == 0:
            # A replay's round before it was recorded already: it is only this one that is not.
            more = " more" if self.replay else ""
            return f"You quit before answering: nothing{more} was recorded."
        noun = "call" if self.claims else "answer"
        if self.total is not None:
            unit = "claim" if self.claims else "question"
            quit_at = f"You quit after {self.answered} of {self.total} {unit}s"
        else:
            quit_at = f"You quit the drill after {plural(self.answered, noun)}"
        if not self.recording:
            return f"{quit_at}: nothing was recorded (recording was off)."
        them = "it" if self.recorded == 1 else "them"
        note = f"{quit_at}: {plural(self.recorded, noun)} recorded; `{self.report}` shows {them}."
        lost = self.answered - self.recorded
        if lost:
            note += f" {plural(lost, noun)} could not be saved."
        return note


def round_left(app: App[Any]) -> Session | FactCheckSession | None:
    """The round under way when the game closes (under any dialog), or None."""
    from newsquiz.tui.screens.factcheck import FactCheckScreen
    from newsquiz.tui.screens.question import QuestionScreen

    for screen in reversed(app.screen_stack):
        if isinstance(screen, QuestionScreen | FactCheckScreen):
            return None if screen.session.finished else screen.session
    return None


def left_round(app: App[Any], results: ResultsControl) -> LeftRound | None:
    """The round the player is leaving, as the farewell tells it; None if none."""
    session = round_left(app)
    if session is None:
        return None
    recorder = results.recorder
    pending = len(recorder.pending) if recorder is not None else 0
    answered = len(session.records)
    where = results.results
    report = "newsquiz report"
    if where is not None and where.chosen:
        report += f" --db {printable(where.where)}"
    return LeftRound(
        answered=answered,
        total=None if isinstance(session, DrillSession) else session.total,
        claims=isinstance(session, FactCheckSession),
        replay=session.is_replay,
        recording=results.recording and recorder is not None,
        recorded=answered - pending,
        report=report,
    )


def quit_note(app: App[Any], results: ResultsControl) -> str:
    """What to print after the game for a player quitting mid-round ("" otherwise)."""
    left = left_round(app, results)
    return left.note() if left is not None else ""
