"""Grading typed answers; imports nothing from the user interface."""

from newsquiz.grading.grader import compile_question, grade, grader_for
from newsquiz.grading.verdict import Outcome, Verdict

__all__ = ["Outcome", "Verdict", "compile_question", "grade", "grader_for"]
