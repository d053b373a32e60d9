"""`a fortnight` is read, and changed, as a length of time in weeks; a length written with
`and a half` (`an hour and a half`) is left unchanged rather than read as its first part.
Authors of held-out groups 227 and 228 found `a fortnight` had no false claim; the blind
judging of sample 96a found changed halves and decades read badly. With invented articles."""

from __future__ import annotations

import pytest
from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.facts.written import Duration, find_durations

CLINIC = """\
Clinic closes
The clinic will close for a fortnight in August.
The final debate lasted an hour and a half, the speaker said.
"""


def test_a_fortnight_is_two_weeks() -> None:
    (found,) = find_durations("a fortnight")
    assert isinstance(found.value, Duration)
    assert (found.value.amount, found.value.unit) == (2.0, "week")
    assert found.text == "a fortnight"


@pytest.mark.parametrize(
    "text", ["an hour and a half", "three and a half hours", "half an hour and a half"]
)
def test_a_length_with_a_half_is_not_read_as_its_first_part(text: str) -> None:
    assert find_durations(text) == []


def test_a_fortnight_gets_false_claims_and_a_half_none_that_break_it(
    write_pack: WritePack,
) -> None:
    closure, debate = small_bank(
        write_pack,
        CLINIC,
        "  - id: closure\n    question: For how long will the clinic close?\n"
        "    answer: a fortnight\n    kind: duration\n"
        "    cite: close for a fortnight\n"
        "    claim: The clinic will close for {answer} in August.\n"
        "  - id: debate\n    question: How long did the final debate last?\n"
        "    answer: an hour and a half\n    kind: duration\n"
        "    cite: lasted an hour and a half\n"
        "    claim: The final debate lasted {answer}.\n",
    ).by_question
    closed = [c.sentence for c in closure.false_claims]
    assert closed
    assert not [s for s in closed if "fortnight" in s]  # changed in weeks
    assert not [c.sentence for c in debate.false_claims if "and a half" in c.sentence]
