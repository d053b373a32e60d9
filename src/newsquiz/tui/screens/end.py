"""The results: score, time, and a review of every answer with its proof."""

from __future__ import annotations

from rich.text import Text

from newsquiz.drill import DrillSession
from newsquiz.session import AnswerRecord, Graded, Session
from newsquiz.tui.render import format_duration, format_score, lettered
from newsquiz.tui.screens.results import ResultsScreen, addressed, summary_line


def summary_text(session: Session, player: str) -> Text:
    if isinstance(session, DrillSession):
        return addressed(player).append_text(drill_summary(session))
    right, total = session.correct_count, session.total
    return summary_line(player, right, total, "right", session.score, session.elapsed)


def drill_summary(drill: DrillSession) -> Text:
    """First-time right, every attempt, what was retired: a drill scores its first answers."""
    facts = len(drill.drilled)
    text = Text(f" got {drill.right_first_time} of {facts} right first time")
    text.append(f"   Score {format_score(drill.score)} / {facts}", style="bold")
    text.append(f"   Time {format_duration(drill.elapsed)}")
    later = len(drill.mastered) - drill.right_first_time
    text.append(f"\n{len(drill.records)} attempts in all · {later} learnt on a later attempt")
    if drill.retired:
        text.append(f" · {len(drill.retired)} retired after {drill.tries} misses")
    return text


def review_text(record: AnswerRecord) -> Text:
    """One answer in review: the question, what was typed, the right answer, the proof."""
    question = record.question
    text = Text()
    text.append(question.question, style="bold")
    text.append("\nYou: ")
    text.append(lettered(question, record.typed) if record.typed else "(nothing)")
    outcome = "time ran out" if record.timed_out else record.verdict.label.lower()
    text.append(f"  ({outcome})", style="italic")
    if record.attempt > 1:
        text.append(f"  attempt {record.attempt}", style="italic")
    text.append("\nAnswer: ")
    text.append(lettered(question, question.expected))
    for citation in question.citations:
        text.append(f"\nLine {citation.line}: ", style="bold")
        text.append(f"“{citation.text[citation.start : citation.end]}”", style="italic")
    return text


class EndScreen(ResultsScreen):
    """The results of a question round or a drill."""

    session: Session

    @property
    def replays(self) -> bool:
        return not isinstance(self.session, DrillSession)  # a drill asked them again already

    def summary(self) -> Text:
        return summary_text(self.session, self.player)

    def review(self, record: Graded) -> Text:
        assert isinstance(record, AnswerRecord)
        return review_text(record)
