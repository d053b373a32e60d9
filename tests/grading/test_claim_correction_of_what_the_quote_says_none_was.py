"""A correction that affirms what the quote denies is wrong: `false, it was a case of fraud`
where the quote says it was not a case of fraud; `false, only the otters were seen` where
it says no herons or otters were seen. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, the records were sloppy", C),
        ("false, it was not a case of fraud", C),
        ("false, it was a case of fraud", X),
    ],
)
def test_a_correction_saying_what_the_quote_denies_something_is(
    typed: str, expected: Outcome
) -> None:
    claim = "True or false: the auditor said the grant had been stolen."
    quote = '"This was not a case of fraud but of sloppy records," the auditor wrote.'
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, they are on leave", X),
        ("false, the crane drivers are on leave as well", X),
        ("false, they are not on leave", C),
        ("false, they work their normal shifts", C),
    ],
)
def test_a_correction_saying_they_are_where_the_quote_says_they_are_not(
    typed: str, expected: Outcome
) -> None:
    claim = "True or false: the crane drivers are among the staff sent home on leave."
    quote = "The crane drivers are not on leave and work their normal shifts."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, none were seen", C),
        ("false, no herons or otters were seen", C),
        ("false, only otters were seen", X),
        ("false, but two otters were seen", X),
    ],
)
def test_a_correction_naming_one_of_what_the_quote_says_none_of(
    typed: str, expected: Outcome
) -> None:
    claim = "True or false: the wardens saw herons on the marsh."
    quote = "No herons or otters were seen on the marsh that week."
    assert graded_claim(claim, quote, typed) is expected


def test_what_the_claim_names_itself_may_be_said_of_something_else() -> None:
    # The quote denies it of large villages; the claim said small ones; the correction says
    # which villages the quote means.
    claim = "True or false: the operator said no small village will lose its bus."
    quote = "No large village will lose its bus, the operator said."
    assert graded_claim(claim, quote, "false, it said large villages") is C


_LOST = "Not a single painting was lost, the curator said, although 14 crates of frames had to be dried out after a leak."
_STOLEN = "Nothing was stolen from the chapel safe, which held 2 chalices and a paten."


@pytest.mark.parametrize(
    ("claim", "quote", "paragraph", "typed", "expected"),
    [
        ("some paintings were lost in the move", "Not a single painting was lost", _LOST,
         "false, 14 crates were lost", X),
        ("some paintings were lost in the move", "Not a single painting was lost", _LOST,
         "false, 14 crates had to be dried out", C),
        ("some paintings were lost in the move", "Not a single painting was lost", _LOST,
         "false, nothing was lost", C),
        ("thieves took items from the chapel safe", "Nothing was stolen from the chapel safe",
         _STOLEN, "false, 2 chalices were stolen", X),
        ("thieves took items from the chapel safe", "Nothing was stolen from the chapel safe",
         _STOLEN, "false, it held 2 chalices and nothing was stolen", C),
    ],
)  # fmt: skip
def test_a_correction_counting_what_the_quote_says_befell_none(
    claim: str, quote: str, paragraph: str, typed: str, expected: Outcome
) -> None:
    """`not a single … was lost`, `nothing was stolen`: the act the quote says befell none
    (past participles that do not end in `-ed` too); a correction that counts some it
    befell is wrong, with a figure the paragraph gives to something else."""
    claim = f"True or false: {claim}."
    assert graded_claim(claim, quote, typed, paragraph=paragraph) is expected
