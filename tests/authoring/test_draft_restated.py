"""One quantity, one fact: a confidence range beside a blank (`(range 61–70%)`) is cut
from the question as a conversion is; a figure its own sentence restates (`, or roughly
…`, `, or $9 for the full course`) is asked once, with the restatement cut from the
blank's question; a length of time whose end date the sentence asks is that date's fact."""

from __future__ import annotations

from newsquiz.authoring.draft import Candidate, draft_candidates


def _draft(*sentences: str) -> list[Candidate]:
    return draft_candidates(["Clinic study reports", *sentences])


def test_a_confidence_range_beside_the_blank_is_cut() -> None:
    drafted = _draft(
        "Over the first year, protection was 66% (range 61–70%) in adults "
        "and 58% (range 52–63%) in children."
    )
    adults = next(c for c in drafted if c.answer_text == "66%")
    assert "61–70" not in adults.question
    assert "52–63" in adults.question  # the other value's range stays: it gives nothing away
    children = next(c for c in drafted if c.answer_text == "58%")
    assert "52–63" not in children.question
    assert not {"61", "70", "52", "63", "61–70%", "52–63%"} & {c.answer_text for c in drafted}


def test_a_figure_restated_in_its_sentence_is_one_fact() -> None:
    drafted = _draft(
        "Traders put the cost of the closure at 2.4 billion rupees, or roughly "
        "160 million rupees a day, the chamber said.",
        "The maker offers the drug at $2.25 a tablet (about 30 rand), or $9 for the full "
        "four-tablet course, in poorer countries.",
    )
    answers = [c.answer_text for c in drafted]
    assert "160 million" not in answers and "$9" not in answers
    cost = next(c for c in drafted if c.answer_text in ("2.4 billion", "2.4 billion rupees"))
    assert "160 million" not in cost.question
    tablet = next(c for c in drafted if c.answer_text == "$2.25")
    assert "$9" not in tablet.question and "30 rand" not in tablet.question
    assert not any(c.kind == "claim" and "$9" in c.question for c in drafted)


def test_a_length_ending_at_an_asked_date_is_that_dates_fact() -> None:
    drafted = _draft(
        "Patients joined from May 2, 2023 to June 30, 2023, and were followed for "
        "18 months, until December 2024."
    )
    answers = [c.answer_text for c in drafted]
    assert "December 2024" in answers
    assert "18 months" not in answers
