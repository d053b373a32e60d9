"""Grading typed answers; imports nothing from the user interface.

The names below load on first use (PEP 562), so that reading a pack — which
only needs `newsquiz.grading.infer` — does not pay for every kind's matcher
before the game's first screen is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsquiz.grading.grader import compile_question, grade, grader_for
    from newsquiz.grading.verdict import Outcome, Verdict

__all__ = ["Outcome", "Verdict", "compile_question", "grade", "grader_for"]

_HOMES = {
    "compile_question": "newsquiz.grading.grader",
    "grade": "newsquiz.grading.grader",
    "grader_for": "newsquiz.grading.grader",
    "Outcome": "newsquiz.grading.verdict",
    "Verdict": "newsquiz.grading.verdict",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
