"""An amount written with the name of its currency after it (`300,000 denars`,
`15,000 kwacha each`) is drafted as money, whole, as the grader reads it; a figure before a
word that is no currency (`43 passengers`), or before a currency's name that is also an
English word and has no qualifier (`11 won`), is not money."""

from __future__ import annotations

from newsquiz.authoring.draft import draft_candidates

_ARTICLE = [
    "Ferry operator fined after pier collapse",
    "A court in Struga fined the operator 1.2 million denars after a pier collapsed under "
    "43 passengers on July 14.",
    "The director must pay a further 300,000 denars personally, the judge said.",
    "Each injured passenger has received 15,000 kwacha from the company's insurer.",
    "The town's football club has won 11 times since the pier was built in 1986.",
]


def _gaps() -> dict[str, str]:
    return {c.answer_text: c.kind for c in draft_candidates(_ARTICLE) if c.kind != "claim"}


def test_an_amount_named_after_its_figure_is_money() -> None:
    gaps = _gaps()
    for amount in ("1.2 million denars", "300,000 denars", "15,000 kwacha"):
        assert gaps.get(amount) == "money", gaps
    assert not {"300,000", "15,000", "1.2 million"} & set(gaps), gaps


def test_a_figure_before_no_currency_stays_a_number() -> None:
    gaps = _gaps()
    assert gaps.get("43") == "number", gaps
    assert "11 won" not in gaps, gaps
