"""Trivial candidates rank below the rest or are left out: a figure the headline gives,
the later years of a schedule starting `this year`, a false claim changing only an age,
a false claim whose value is impossible on its face (below absolute zero), and the date of
a wire report's dateline (`TANA BRU, Norway, ____ –`)."""

from __future__ import annotations

from newsquiz.authoring.draft import Candidate, draft_candidates

_BODY = [
    "The Harrowgate textile fair closed on March 8, 2026 with 41,000 visitors.",
    "Organiser Pia Lindqvist said exhibitors sold goods worth $3.1 million.",
    "Tickets cost $18 for adults, up from $15 in 2024.",
]


def _draft(headline: str, *more: str) -> list[Candidate]:
    return draft_candidates([headline, *_BODY, *more])


def _below_the_body(drafted: list[Candidate], answer: str) -> None:
    body = [i for i, c in enumerate(drafted) if 1 < c.line <= 1 + len(_BODY)]
    for at, candidate in enumerate(drafted):
        if candidate.answer_text == answer:
            assert at > max(body), [c.question for c in drafted]


def test_an_amount_and_a_length_the_headline_gives_rank_low() -> None:
    drafted = _draft(
        "Nine-day Harrowgate fair takes £2.7 million",
        "The fair, which ran for nine days, took £2.7 million in stall fees.",
    )
    _below_the_body(drafted, "£2.7 million")
    _below_the_body(drafted, "nine days")


def test_the_later_years_of_a_schedule_are_not_asked() -> None:
    drafted = _draft(
        "Harrowgate fair closes",
        "Stall fees rise by 5.5% this year, 4.1% in 2027 and 3.2% in 2028.",
    )
    answers = [c.answer_text for c in drafted]
    assert "5.5%" in answers
    assert "2027" not in answers and "2028" not in answers
    assert not any("in 2025" in c.question or "in 2026 and" in c.question for c in drafted)


def test_no_false_claim_changes_only_an_age_written_after_now() -> None:
    drafted = _draft(
        "Harrowgate fair closes",
        "The first fair, in 1961, was opened by weaver Ada Kett, now 88.",
    )
    assert not any(c.kind == "claim" and "Kett, now" in c.question and "88" not in c.question
                   for c in drafted)  # fmt: skip
    assert "88" not in [c.answer_text for c in drafted]


def test_a_false_claim_below_zero_stays_above_absolute_zero() -> None:
    drafted = _draft(
        "Harrowgate fair closes",
        "The ice hall was kept at 4 °C, while the liquid nitrogen display stood at −196 °C.",
        "The ice sculptures are kept at −150 °C, the organisers said.",
    )
    for candidate in drafted:
        if candidate.kind == "claim":
            for figure in (int(m) for m in __import__("re").findall(r"−(\d+)", candidate.question)):
                assert figure < 273, candidate.question


def test_a_false_claim_moves_a_decimal_on_a_scale_a_little() -> None:
    drafted = _draft(
        "Harrowgate fair closes",
        "A tremor felt during the fair at 14:05 local time had a magnitude of 3.8, "
        "the survey said, and a second had a magnitude of 2.9 at 16:40.",
    )
    claims = [c.question for c in drafted if c.kind == "claim" and c.answer == "false"]
    for claim in claims:
        for figure in __import__("re").findall(r"magnitude of (\d+(?:\.\d+)?)", claim):
            assert "." in figure and float(figure) < 7, claim


def test_a_datelines_date_is_no_question() -> None:
    drafted = draft_candidates(
        [
            "Musher disqualified near the finish",
            "TANA BRU, Norway, March 13 – Nils Eira, first across the line on Thursday, was "
            "disqualified for crossing a closed lake, and on Friday he lodged an appeal.",
            "Eira reached Tana Bru at 04:17 on Thursday, March 12, with 11 of his 14 dogs.",
        ]
    )
    asked = [c.question for c in drafted]
    dateline = [i for i, q in enumerate(asked) if "TANA BRU, Norway, ____" in q]
    ordinary = [i for i, c in enumerate(drafted) if c.answer_text == "March 12"]
    assert ordinary, asked
    assert all(i > ordinary[0] for i in dateline), asked
