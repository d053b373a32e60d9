"""The line under the status bar in timed games: the time left to answer."""

from __future__ import annotations

import math

from rich.text import Text
from textual.widgets import Static

from newsquiz.session import Session

HURRY_SECONDS = 5.0  # from here on the countdown turns to a warning colour


def countdown_text(session: Session) -> Text:
    """ "⏱ 0:12 left", or "⏱ Time is up" once it ran out ("" in an untimed game)."""
    text = Text(no_wrap=True, overflow="ellipsis")
    remaining = session.remaining()
    if remaining is not None:
        # Rounded up, so "0:00" only shows once the time is really over.
        seconds = math.ceil(remaining)
        if session.answered_current and session.records[-1].timed_out:
            text.append("⏱ Time is up", style="bold")
        else:
            text.append(f"⏱ {seconds // 60}:{seconds % 60:02d} left", style="bold")
    return text


class Countdown(Static):
    """Shows `countdown_text`; the screen calls `show` on each tick of its interval."""

    def show(self, session: Session) -> None:
        remaining = session.remaining()
        self.set_class(remaining is not None and remaining <= HURRY_SECONDS, "-hurry")
        self.update(countdown_text(session))
