"""Claims faults the blind judging of group 329 (146a) found, fixed in general; with an
invented article."""

from __future__ import annotations

import re

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

FESTIVAL = """\
Lantern night tickets
Visitors will need a ticket for one of three entry slots, starting at 5 p.m., 7 p.m. and 9 p.m., each lasting two hours, officials said on Monday.
The town is 30 km from the airport and has 300 boats; the crush began at 8:30 p.m. and 14 people were hurt.
The pier opens at 6 o'clock each evening.
"""

QUESTIONS = (
    "  - id: slots\n"
    "    question: At what times will the three entry slots start?\n"
    "    answer: [5 p.m., 7 p.m., 9 p.m.]\n"
    "    kind: list\n"
    "    cite: starting at 5 p.m., 7 p.m. and 9 p.m.\n"
    "    claim: The three entry slots start at {answer}.\n"
    "  - id: pier\n"
    "    question: When does the pier open each evening?\n"
    "    answer: 6 o'clock\n"
    "    kind: text\n"
    "    cite: The pier opens at 6 o'clock each evening.\n"
    "    claim: The pier opens at {answer} each evening.\n"
)
_HOUR = re.compile(r"\b(\d+) (?:p\.m\.|o'clock)")


def test_a_changed_hour_is_an_hour_of_the_clock(write_pack: WritePack) -> None:
    """146a #6: the list swap changed `9 p.m.` to `30 p.m.`, from the article's 30 km. A
    bare hour before `p.m.`, `a.m.` or `o'clock` takes only another hour of the clock."""
    bank = small_bank(write_pack, FESTIVAL, QUESTIONS)
    false_claims = [c.sentence for q in bank.by_question for c in q.false_claims]
    assert any("entry slots" in sentence for sentence in false_claims), false_claims
    hours = [int(h) for sentence in false_claims for h in _HOUR.findall(sentence)]
    assert hours and all(1 <= h <= 12 for h in hours), false_claims
