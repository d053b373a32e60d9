"""Grading a typed answer against a question's key."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from newsquiz.grading.normalize import fold_text
from newsquiz.grading.readers import (
    read_date,
    read_duration,
    read_money,
    read_number,
    split_items,
)
from newsquiz.grading.verdict import Verdict, correct, incorrect, partial
from newsquiz.pack.model import Answer, Kind, Question, answer_text

_YES = {"true", "t", "yes", "y", "correct", "right"}
_NO = {"false", "f", "no", "n", "incorrect", "wrong", "untrue", "not true"}


def grade(question: Question, typed: str) -> Verdict:
    """The verdict on one typed answer to a question."""
    if not typed.strip():
        return incorrect("no answer")
    folded = fold_text(typed)
    for rejected in question.reject:
        if folded == fold_text(answer_text(rejected)):
            return incorrect()
    keys: tuple[Answer, ...] = (question.answer, *question.accept)
    for key in keys:
        if folded == fold_text(answer_text(key)):
            return correct()
    verdicts = [_grade_kind(question, key, typed) for key in keys]
    return max(verdicts, key=lambda v: v.score)


def _grade_kind(question: Question, key: Answer, typed: str) -> Verdict:
    kind = question.kind
    text_key = answer_text(key)
    if kind == Kind.CLAIM:
        return _claim(text_key, typed)
    if kind == Kind.CHOICE:
        return _choice(question, text_key, typed)
    if kind == Kind.LIST:
        return _list(key if isinstance(key, tuple) else split_items(key), typed)
    if kind == Kind.NUMBER:
        return _same(read_number(text_key), read_number(typed), question.tolerance)
    if kind == Kind.MONEY:
        return _same(
            read_money(text_key) or read_number(text_key), read_money(typed) or read_number(typed)
        )
    if kind == Kind.DURATION:
        return _same(read_duration(text_key), read_duration(typed))
    if kind == Kind.DATE:
        expected = read_date(text_key, question.default_year)
        got = read_date(typed, expected.year if expected else question.default_year)
        return correct() if expected and got == expected else incorrect()
    return _words(text_key, typed)


def _same(expected: float | None, got: float | None, tolerance: float | None = None) -> Verdict:
    if expected is None or got is None:
        return incorrect()
    return correct() if abs(expected - got) <= (tolerance or 0) + 1e-9 else incorrect()


def _claim(key: str, typed: str) -> Verdict:
    first = fold_text(typed.split(",")[0])
    if first in _YES:
        said = "true"
    elif first in _NO:
        said = "false"
    else:
        return incorrect("answer true or false")
    return correct() if said == key else incorrect()


def _choice(question: Question, key: str, typed: str) -> Verdict:
    letter = re.fullmatch(r"\s*\(?([a-zA-Z])[).]?\s*", typed)
    if letter:
        index = ord(letter.group(1).lower()) - ord("a")
        if 0 <= index < len(question.choices):
            return correct() if question.choices[index] == key else incorrect()
    return _words(key, typed)


def _list(items: tuple[str, ...], typed: str) -> Verdict:
    given = [fold_text(i) for i in split_items(typed)]
    wanted = [fold_text(i) for i in items]
    hits = sum(1 for w in wanted if any(fuzz.ratio(w, g) >= 85 for g in given))
    extras = sum(1 for g in given if not any(fuzz.ratio(w, g) >= 85 for w in wanted))
    if extras:
        return incorrect("an item is not in the article")
    if hits == len(wanted):
        return correct()
    if hits:
        return partial(hits / len(wanted), f"{hits} of {len(wanted)} items")
    return incorrect()


def _words(key: str, typed: str) -> Verdict:
    a, b = fold_text(key), fold_text(typed)
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return incorrect()
    if fuzz.ratio(a, b) >= 85:
        return correct(close=a != b)
    return incorrect()
