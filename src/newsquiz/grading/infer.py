"""Guessing a question's kind from its answer when the author left it out."""

from __future__ import annotations

import re

from newsquiz.grading.readers import read_date, read_duration, read_money, read_number

_TRUTH_WORDS = {"true", "false", "yes", "no"}


def infer_kind(answer: str | tuple[str, ...]) -> str:
    """The kind a careful author would most likely have written."""
    if isinstance(answer, tuple):
        return "list"
    text = answer.strip()
    if text.lower() in _TRUTH_WORDS:
        return "claim"
    if read_money(text) is not None:
        return "money"
    if read_date(text, default_year=None) is not None:
        return "date"
    if read_duration(text) is not None:
        return "duration"
    if read_number(text) is not None and _is_mostly_number(text):
        return "number"
    return "text"


def _is_mostly_number(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text)
    return len(words) <= 3
