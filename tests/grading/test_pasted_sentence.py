"""A whole sentence of the article pasted as the answer is wrong, even when the key is
nearly all of it: the sentence brings one word of its own that the answer leaves out."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PARAGRAPH = (
    "The court heard the case on Friday. She was fined for driving without a valid licence. "
    "Her lawyer said she would appeal."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("driving without a valid licence", C),
        ("for driving without a valid licence", C),
        ("She was fined for driving without a valid licence.", X),  # the sentence, pasted
        ("she was fined for driving without a valid licence", X),
    ],
)
def test_a_whole_sentence_is_pasted(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "driving without a valid licence",
        question="What was she fined for?",
        citations=(cite("fined for driving without a valid licence", PARAGRAPH),),
        article=(PARAGRAPH,),
    )
    assert grade(question, typed).outcome is expected
