"""The input line answers and names are typed into."""

from __future__ import annotations

from textual.widgets import Input

from newsquiz.tui.host import host_of


class AnswerInput(Input):
    """An Input that follows the app's cursor-blink setting (off in tests, for stable snapshots)."""

    def on_mount(self) -> None:
        host = host_of(self.app)
        self.cursor_blink = host.cursor_blink_enabled if host is not None else True
