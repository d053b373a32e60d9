"""The line under the status bar in timed games: the time left to answer."""

from __future__ import annotations

import math

from rich.text import Text
from textual.widgets import Static

from newsquiz.session import Session

# Shares of the time limit left from which the countdown turns to a warning colour, then
# to an error colour: a glance tells how pressing it is, whatever the limit.
HURRY_SHARE = 0.3
URGENT_SHARE = 0.1


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


def urgency(session: Session) -> str:
    """ "" while there is time, "-hurry" under 30% of the limit, "-urgent" under 10%."""
    remaining, limit = session.remaining(), session.time_limit
    if remaining is None or limit is None:
        return ""
    if remaining < URGENT_SHARE * limit:
        return "-urgent"
    if remaining < HURRY_SHARE * limit:
        return "-hurry"
    return ""


class Countdown(Static):
    """Shows `countdown_text`; the screen calls `show` on each tick of its interval."""

    def show(self, session: Session) -> None:
        level = urgency(session)
        self.set_class(level == "-hurry", "-hurry")
        self.set_class(level == "-urgent", "-urgent")
        self.update(countdown_text(session))
