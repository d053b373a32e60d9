"""A date that bounds a time on one side is never changed to one the article's words make
true as well: where no rain is expected before June 24, `no rain before June 23` is true
(judged accidentally true, held-out 19a #12). On small articles written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.perturb import bound_keeps_true, side_of_date_keeps_true
from newsquiz.pack import load_pack

SMOG = """\
Santiago keeps its driving ban as smog lingers
Forecasters said no rain is expected before June 24, and the ban on older cars stays.
The city first banned older cars on smoggy days before 2015, officials said.
Buses have run extra services since March 3, the operator said.
"""


def test_the_side_a_bound_date_may_move_to() -> None:
    # Denied `before`: an earlier date is implied, a later one is another fact.
    assert side_of_date_keeps_true("no rain is expected before ", "June 24", "June 23")
    assert not side_of_date_keeps_true("no rain is expected before ", "June 24", "June 26")
    # Plain `before`: a later date is implied.
    assert side_of_date_keeps_true("the city banned cars before ", "2015", "2016")
    assert not side_of_date_keeps_true("the city banned cars before ", "2015", "2013")
    # `since`: what has held since March 3 has held since any later day.
    assert side_of_date_keeps_true("buses have run extra services since ", "March 3", "March 5")
    assert not side_of_date_keeps_true("buses have run extra services since ", "March 3", "March 1")
    # `until`: open until June 24 is open until any earlier day; `not until` names the day.
    assert side_of_date_keeps_true("the road stays closed until ", "June 24", "June 20")
    assert not side_of_date_keeps_true("the road stays closed until ", "June 24", "June 28")
    assert not side_of_date_keeps_true("rain is not expected until ", "June 24", "June 20")
    # `after`: an event after 2015 is after any earlier year.
    assert side_of_date_keeps_true("the rules changed after ", "2015", "2012")
    assert not side_of_date_keeps_true("the rules changed after ", "2015", "2018")
    # No side at all: the rule says nothing.
    assert not side_of_date_keeps_true("the ban began on ", "June 24", "June 23")


def test_no_false_claim_is_implied_by_the_article(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: smog\ntitle: Smog\n"
        "article: {file: article.txt, published: 2025-06-19}\nquestions:\n"
        "  - id: rain\n    question: Before what date is no rain expected?\n"
        "    answer: June 24\n    kind: date\n    cite: no rain is expected before June 24\n"
        "    claim: No rain is expected before {answer}.\n"
    )
    (rain,) = ClaimBank(load_pack(write_pack(yaml, SMOG)), max_false=40).by_question
    assert rain.false_claims, rain.problem
    for claim in rain.false_claims:
        assert claim.value not in ("June 23", "June 22", "June 21", "June 20"), claim.sentence


def test_a_bound_after_the_side_word_keeps_its_side() -> None:
    # `heavy rain until at least March 16`: until any earlier day too (22a #19).
    before = "Forecasters warned of heavy rain until at least "
    assert side_of_date_keeps_true(before, "March 16", "March 11")
    assert not side_of_date_keeps_true(before, "March 16", "March 19")


def test_a_figure_on_one_side_the_clause_speaks_of() -> None:
    # `could not sell below Rs 5,000` holds below Rs 4,000 too (22a #2); a plain `below`
    # holds for any larger figure.
    denied = "the chairman said his members could not sell below "
    assert bound_keeps_true(denied, "Rs 5,000", "Rs 4,000")
    assert not bound_keeps_true(denied, "Rs 5,000", "Rs 6,000")
    plain = "the price fell below "
    assert bound_keeps_true(plain, "Rs 5,000", "Rs 6,000")
    assert not bound_keeps_true(plain, "Rs 5,000", "Rs 4,000")
    assert bound_keeps_true("temperatures rose above ", "40 degrees", "38 degrees")
    assert not bound_keeps_true("temperatures rose above ", "40 degrees", "43 degrees")
