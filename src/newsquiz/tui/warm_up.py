"""What the first question and the first verdict need, loaded in a thread once the start
screen is up: the game starts before they are imported, and Start and the first verdict do
not wait for them, since nobody answers before they have read the start screen.

A module of its own so that the list is tuned in one place as the start-up is measured.
"""

from __future__ import annotations

from importlib import import_module

WARM_UP_MODULES = (
    "newsquiz.grading.grader",
    "newsquiz.store.recorder",
    "newsquiz.tui.screens.question",
    "newsquiz.tui.screens.end",
)


def warm_up() -> None:
    """Import what a game in progress needs (call it off the UI thread)."""
    for name in WARM_UP_MODULES:
        import_module(name)
