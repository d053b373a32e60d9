"""How scores, marks, choices and spellings are written for the player."""

from __future__ import annotations

import re
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from newsquiz.grading.verdict import correct, incorrect, partial
from newsquiz.pack import Pack
from newsquiz.pack.model import Kind, Question
from newsquiz.tui.render import (
    FRACTION_SLACK,
    FRACTIONS,
    format_score,
    lettered,
    right_spelling,
    verdict_mark,
)

GLYPHS = {glyph: Fraction(value).limit_denominator(4) for value, glyph in FRACTIONS.items()}
WRITTEN = re.compile(r"(\d+(?:\.\d+)?)?([½⅓⅔¼¾])?")


def value_of(shown: str) -> float:
    """What a reader takes a written score for: `2⅔` is 2.666…, `2.4` is 2.4."""
    match = WRITTEN.fullmatch(shown)
    assert match is not None and shown, f"{shown!r} is no score"
    number, glyph = match.groups()
    assert not (glyph and number and "." in number), f"{shown!r} mixes decimals and a fraction"
    return float(number or 0) + float(GLYPHS[glyph] if glyph else 0)


def test_scores_are_written_as_a_teacher_would() -> None:
    assert format_score(3) == "3"
    assert format_score(0) == "0"
    assert format_score(2.5) == "2½"
    assert format_score(0.5) == "½"
    assert format_score(0.667) == "⅔"  # a partial score is kept to three decimals
    assert format_score(2 + 0.667 + 0.667) == "3⅓"
    assert format_score(1.75) == "1¾"
    assert format_score(2.4) == "2.4"
    assert format_score(0.6) == "0.6"
    assert format_score(0.999) == "1"


@given(st.floats(min_value=0, max_value=10_000, allow_nan=False, allow_infinity=False))
def test_a_written_score_is_never_further_from_the_score_than_rounding(score: float) -> None:
    shown = format_score(score)
    assert abs(value_of(shown) - score) <= 0.005 + 1e-9, f"{score} written {shown}"


@given(
    st.integers(min_value=0, max_value=500),
    st.sampled_from([Fraction(1, 2), Fraction(1, 3), Fraction(2, 3), Fraction(1, 4)]),
)
def test_halves_thirds_and_quarters_are_written_as_fractions(whole: int, part: Fraction) -> None:
    shown = format_score(whole + round(float(part), 3))
    assert shown.endswith(FRACTIONS[float(part)])
    assert value_of(shown) == whole + float(part)


@given(st.floats(min_value=0.01, max_value=0.99))
def test_a_partial_mark_is_its_fraction_or_no_fraction(score: float) -> None:
    mark = verdict_mark(partial(score))
    if mark == "½":
        assert abs(score - 0.5) <= FRACTION_SLACK + 0.0005  # (kept to three decimals)
    assert mark == "◐" or abs(value_of(mark) - score) <= 0.005


def test_marks_of_whole_verdicts() -> None:
    assert verdict_mark(correct()) == "✓"
    assert verdict_mark(incorrect()) == "✗"
    assert verdict_mark(partial(0.5)) == "½"
    assert verdict_mark(partial(2 / 3)) == "⅔"
    assert verdict_mark(partial(0.4)) == "◐"


def choice_question() -> Question:
    choices = ("Lloyd Austin", "Mark Milley", "John Kirby")
    return Question("q", "Who?", "Mark Milley", Kind.CHOICE, (), choices=choices)


def test_a_choice_is_written_with_its_letter_and_text() -> None:
    question = choice_question()
    assert lettered(question, "b") == "b) Mark Milley"
    assert lettered(question, " A) ") == "a) Lloyd Austin"
    assert lettered(question, "(c)") == "c) John Kirby"
    assert lettered(question, "option a") == "a) Lloyd Austin"
    assert lettered(question, "Mark Milley") == "b) Mark Milley"  # the key itself
    assert lettered(question, "milley i think") == "milley i think"  # typed text, as typed
    assert lettered(question, "z") == "z"  # no such choice


def test_other_kinds_are_written_as_they_are() -> None:
    question = Question("q", "Which?", "b", Kind.TEXT, ())
    assert lettered(question, "b") == "b"


def question_of(pack: Pack, question_id: str) -> Question:
    return next(q for q in pack.questions if q.id == question_id)


def test_right_spelling_only_for_what_was_misspelt(seed_pack: Pack) -> None:
    from newsquiz.grading import grade

    who = question_of(seed_pack, "who-calls-next")  # a choice of people: Mark Milley
    assert right_spelling(who, grade(who, "Milly")) == "Milley"
    assert right_spelling(who, grade(who, "Milley")) is None  # spelt right

    why = question_of(seed_pack, "deconfliction-why")  # a choice picked by a paraphrase
    verdict = grade(why, "they operate so close")
    assert verdict.correct and verdict.close
    assert right_spelling(why, verdict) is None

    nato = question_of(seed_pack, "korhonen-post")  # NATO, or the name spelt out
    assert right_spelling(nato, grade(nato, "NATO")) is None
    assert right_spelling(nato, grade(nato, "the North Atlantic Treaty Organization")) is None
    spelt = right_spelling(nato, grade(nato, "North Atlantic Treaty Organisation"))
    assert spelt == "the North Atlantic Treaty Organization"  # not `NATO`


def test_words_cut_from_a_quotation_close_it() -> None:
    from newsquiz.tui.widgets.claim_feedback import closed_quotes

    assert closed_quotes("a “very drastic change") == "a “very drastic change”"
    assert closed_quotes("a “very drastic” change") == "a “very drastic” change"
    assert closed_quotes("7 to 2") == "7 to 2"
