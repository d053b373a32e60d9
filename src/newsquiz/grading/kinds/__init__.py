"""One grader per kind. Each `compile_*` turns (question, key) into a matcher:
a function from the typed answer's tokens to a Verdict."""

from __future__ import annotations

from collections.abc import Callable

from newsquiz.grading.verdict import Verdict

Matcher = Callable[[list[str]], Verdict]
