"""What every control that reads the store off the UI's thread needs of the app."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class ThreadedUI(Protocol):
    def run_in_thread(self, work: Callable[[], None]) -> None: ...

    def hand_back(self, callback: Callable[[Any], None], value: object) -> bool:
        """Call `callback(value)` on the UI's thread, from another; False if the UI is gone."""
        ...
