"""A blank takes a whole value or is not made: a race or clock time with its fraction
(`8:51.07`, `2:11:45`), a time in parts (`2 minutes 31.40 seconds`), a decimal, a range
whose unit follows its end (`between 4 and 7 per cent`), `a week and a half`, a range of
days (`from July 9 to 14, 2026`) and a fraction (`2/3`) are never cut in half."""

from __future__ import annotations

from newsquiz.authoring.draft import Candidate, draft_candidates

_ARTICLE = [
    "Rowing and running week in Lakeby",
    "Anna Berg won the women's 3,000 metres in 8:51.07 on Saturday, ahead of Lea Kors.",
    "The marathon winner, Tomas Ek, crossed the line in 2:11:45 after a late sprint.",
    "The swimmer Ida Holm finished in 2 minutes 31.40 seconds, a national record.",
    "Rents in the town rose by between 4 and 7 per cent in 2023, the council said.",
    "The old stadium went without power for a week and a half in January 2024.",
    "The next regatta will run from July 9 to 14, 2026 on the northern lake.",
    "The motion on the new track needed a 2/3 majority of the 61 councillors.",
    "The river below the course rose 3.75 metres during the storm on March 2, 2024.",
]


def _draft() -> list[Candidate]:
    return draft_candidates(_ARTICLE)


def _gap_answers(drafted: list[Candidate]) -> set[str]:
    return {c.answer_text for c in drafted if c.kind != "claim"}


def test_race_and_clock_times_are_asked_whole_or_not_at_all() -> None:
    answers = _gap_answers(_draft())
    assert not answers & {"8:51", "2:11", "51.07", "45", "07"}, answers
    # checked like any answer: the cited sentence holds it whole
    for candidate in _draft():
        if candidate.kind != "claim":
            assert candidate.answer_text in candidate.cite, candidate.answer_text


def test_a_time_in_minutes_and_seconds_is_not_cut() -> None:
    answers = _gap_answers(_draft())
    assert not answers & {"2 minutes", "31.40 seconds", "31.40", "2"}, answers


def test_a_range_sharing_its_unit_is_not_split() -> None:
    answers = _gap_answers(_draft())
    assert not answers & {"4", "7 per cent", "7"}, answers
    claims = [c.question for c in _draft() if c.kind == "claim"]
    assert not any("between 4 and" in q and "7 per cent" not in q for q in claims), claims
    assert not any("and 7 per cent" in q and "between 4 " not in q for q in claims), claims


def test_a_week_and_a_half_is_not_asked_as_a_week() -> None:
    answers = _gap_answers(_draft())
    assert not answers & {"a week", "week"}, answers


def test_a_range_of_days_is_not_split() -> None:
    drafted = _draft()
    answers = _gap_answers(drafted)
    assert not answers & {"July 9", "14", "2026", "July 9, 2026"}, answers
    # no claim changes one end of it either
    for claim in (c for c in drafted if c.kind == "claim"):
        assert "July 9 to 14, 2026" in claim.question or "July" not in claim.question


def test_a_fraction_is_not_cut() -> None:
    answers = _gap_answers(_draft())
    assert not answers & {"2", "3", "2/3"} - {"2/3"}, answers
    assert not any("/" in c.question and c.kind == "claim" for c in _draft())


def test_a_decimal_is_asked_whole() -> None:
    answers = _gap_answers(_draft())
    assert "3.75" in answers
    assert not answers & {"3", "75"}, answers
