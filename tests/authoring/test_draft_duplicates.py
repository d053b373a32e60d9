"""No two candidates ask the same fact: a true claim restating a sentence another candidate
asks from, the weekday or year of a date already asked, the headline's year, and one
quantity written in two forms (`six days` and `the six-day fair`)."""

from __future__ import annotations

from newsquiz.authoring.draft import Candidate, draft_candidates

_ARTICLE = [
    "Book fair in Valmora ends after 2023 record",
    "The Valmora book fair opened on Tuesday, June 17, 2025, with 4,000 visitors at the gates.",
    "Organisers said 52,000 tickets were sold over the six days of the fair.",
    "The largest crowd of the six-day fair came on its last afternoon, when 11,000 people came.",
    "Publisher Marta Quist, 58, sold 1,200 copies of her first novel at the fair.",
    "The fair closed on June 22, 2025. In 2025, the fair paid its authors $90,000 in fees, up from "
    "$70,000 in 2023.",
    "The bookshop owner Ivo Renn, 41, said sales rose by a third in the three days after it.",
]


def _draft() -> list[Candidate]:
    return draft_candidates(_ARTICLE)


def test_a_true_claim_never_restates_a_sentence_another_candidate_asks_from() -> None:
    drafted = _draft()
    asked_from = {c.cite for c in drafted if c.kind != "claim"}
    restated = [c.question for c in drafted if c.answer == "true" and c.cite in asked_from]
    assert not restated, restated


def test_the_weekday_of_a_date_already_asked_is_not_asked() -> None:
    answers = [c.answer_text for c in _draft()]
    assert "June 17, 2025" in answers
    assert "Tuesday" not in answers


def test_the_year_of_a_date_already_asked_or_the_headline_ranks_low() -> None:
    drafted = _draft()
    years = [c for c in drafted if c.answer_text in ("2025", "2023")]
    clean = [c for c in drafted if c.answer_text in ("June 17, 2025", "52,000", "$90,000")]
    assert clean
    assert all(y.score < min(c.score for c in clean) for y in years), [
        (c.answer_text, c.score) for c in drafted
    ]


def test_one_quantity_in_two_forms_is_asked_once() -> None:
    lengths = [c for c in _draft() if c.kind == "duration" and "six" in c.answer_text]
    assert len(lengths) == 1, [c.question for c in lengths]
    assert lengths[0].answer_text == "six days"
