"""Lengths of time written `three and a half hours`, `an hour and a half`, `a fortnight`
or `two decades` are read, and changed, as lengths of time; authors of held-out groups
227 and 228 found such answers had no false claim at all. With invented articles."""

from __future__ import annotations

import pytest
from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.facts.written import Duration, find_durations

DEBATE = """\
Debate ends
The final debate lasted three and a half hours, the speaker said.
The clinic will close for a fortnight in August.
"""


@pytest.mark.parametrize(
    ("text", "amount", "unit", "rendered"),
    [
        ("three and a half hours", 3.5, "hour", "three and a half hours"),
        ("an hour and a half", 1.5, "hour", "an hour and a half"),
        ("a week and a half", 1.5, "week", "a week and a half"),
        ("two decades", 2.0, "decade", "two decades"),
        ("a fortnight", 2.0, "week", "two weeks"),  # changed in weeks
    ],
)
def test_a_length_of_time_with_a_half_or_an_unusual_unit_is_read(
    text: str, amount: float, unit: str, rendered: str
) -> None:
    (found,) = find_durations(text)
    assert isinstance(found.value, Duration)
    assert (found.value.amount, found.value.unit) == (amount, unit)
    assert found.text == text
    assert found.value.render() == rendered


def test_half_an_hour_and_a_half_is_no_length() -> None:
    assert [f.text for f in find_durations("half an hour and a half")] != [
        "half an hour and a half"
    ]


def test_a_half_and_a_fortnight_get_false_claims(write_pack: WritePack) -> None:
    debate, closure = small_bank(
        write_pack,
        DEBATE,
        "  - id: debate\n    question: How long did the final debate last?\n"
        "    answer: three and a half hours\n    kind: duration\n"
        "    cite: lasted three and a half hours\n"
        "    claim: The final debate lasted {answer}.\n"
        "  - id: closure\n    question: For how long will the clinic close?\n"
        "    answer: a fortnight\n    kind: duration\n"
        "    cite: close for a fortnight\n"
        "    claim: The clinic will close for {answer} in August.\n",
    ).by_question
    for question in (debate, closure):
        sentences = [c.sentence for c in question.false_claims]
        assert sentences, question.question.id
        # no `and a half` left dangling after another length, no count of fortnights
        assert not [s for s in sentences if "hour and a half and" in s or "fortnights" in s]
        assert not [s for s in sentences if "1 fortnight" in s or "one fortnight" in s]
