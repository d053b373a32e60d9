"""The input line answers and names are typed into."""

from __future__ import annotations

from textual.widgets import Input


class AnswerInput(Input):
    """An Input that follows the app's cursor-blink setting (off in tests, for stable snapshots)."""

    def on_mount(self) -> None:
        self.cursor_blink = bool(getattr(self.app, "cursor_blink_enabled", True))
