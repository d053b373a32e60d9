"""The one-line bar above a question: where the player is and how it goes."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from newsquiz.session import Session
from newsquiz.tui.render import format_score


class StatusBar(Static):
    def show(self, session: Session, player: str, mode_label: str) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f"Question {session.position} of {session.total}", style="bold")
        text.append(f"   Score {format_score(session.score)}")
        text.append(f"   {mode_label}", style="italic")
        if player:
            text.append("   ")
            text.append(player)  # untrusted: appended as plain text
        self.update(text)
