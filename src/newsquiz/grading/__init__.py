"""Grading typed answers; imports nothing from the user interface."""

from newsquiz.grading.grader import grade
from newsquiz.grading.verdict import Outcome, Verdict

__all__ = ["Outcome", "Verdict", "grade"]
