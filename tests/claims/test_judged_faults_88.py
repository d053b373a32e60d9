"""Claims faults the blind judging of groups 203 and 204 (88a, 88b) found, fixed in
general; with invented articles."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.claims.generate import _the_agrees

EXCHANGES = """\
Exchanges asked for records
Police said they had written to exchanges in three countries: Poland, Latvia and the United States.
"""


def test_a_country_swapped_in_takes_the_the_it_needs(write_pack: WritePack) -> None:
    """88b #7: `Argentina, Estonia and the Canada`: the swapped country keeps no "the"
    that only the true one took."""
    (countries,) = small_bank(
        write_pack,
        EXCHANGES,
        "  - id: countries\n    question: Which three countries were exchanges asked in?\n"
        "    answer: [Poland, Latvia, United States]\n    kind: list\n"
        "    cite: Poland, Latvia and the United States\n",
    ).by_question
    sentences = [c.sentence for c in countries.false_claims]
    assert sentences
    assert not [s for s in sentences if " the " in s.split(":")[1]], sentences


def test_an_institution_of_somewhere_takes_the() -> None:
    """88a #11: `a historian at University of Cape Town`: a university of somewhere is
    `the University of …`; a country that takes no "the" loses it."""
    sentence = "Mr Roe, a historian at University of Leeds, said so."
    start = sentence.index("University")
    fixed, (begin, end) = _the_agrees(sentence, (start, start + len("University of Leeds")))
    assert fixed == "Mr Roe, a historian at the University of Leeds, said so."
    assert fixed[begin:end] == "University of Leeds"
    sentence = "The Canada takes most of the catch."
    fixed, (begin, end) = _the_agrees(sentence, (4, 10))
    assert fixed == "Canada takes most of the catch."
    assert fixed[begin:end] == "Canada"
    kept = "The Sweden Democrats voted against."
    assert _the_agrees(kept, (4, 10))[0] == kept  # a name goes on: a party, not the country
