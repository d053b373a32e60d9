"""What the end screen says above the score when a game is worth celebrating: one line,
plainly worded ("New best", a perfect round, days in a row), nothing when there is none."""

from __future__ import annotations

from rich.text import Text

from newsquiz.progress import Celebration, Score
from newsquiz.tui.render import format_score

SEPARATOR = " · "


def score_of(score: Score) -> str:
    return f"{format_score(score.score)}/{score.questions}"


def celebration_text(celebration: Celebration, result: Score | None) -> Text | None:
    """ "★ New best: 5/5, up from 3/5 · A perfect round · 3 days in a row"."""
    if not celebration:
        return None
    parts: list[Text] = []
    if celebration.new_best and result is not None and celebration.previous_best is not None:
        best = Text("★ New best", style="bold")
        best.append(f": {score_of(result)}, up from {score_of(celebration.previous_best)}")
        parts.append(best)
    if celebration.perfect:
        parts.append(Text("A perfect round", style="bold"))
    if celebration.days_in_a_row > 1:
        parts.append(Text(f"{celebration.days_in_a_row} days in a row"))
    return Text(SEPARATOR).join(parts) if parts else None
