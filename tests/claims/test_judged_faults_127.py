"""Claims faults the blind judging of group 310 (127a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.claims.generate import QuestionClaims
from newsquiz.facts.text import tokenize
from newsquiz.facts.values import DURATION, scan

WALKOUT = """\
Port workers stay out
Dock workers have stopped 41 ships in the first 12 days of a walkout over night-shift pay, the port authority said.
The union began the walkout 5 days after talks broke down, and said it would last 20 days in all.
Ships have waited up to 3 days to berth, and 9 days of cargo is stacked on the quay.
Fines for late berthing were raised by a third 2 days before the walkout began.
"""


def _lengths(claims: QuestionClaims) -> list[float]:
    """The lengths of time, in seconds, the question's false claims state."""
    return [
        m.value
        for claim in claims.false_claims
        for m in scan(tokenize(claim.value))
        if m.kind == DURATION and m.value is not None
    ]


LENGTH = (
    "  - id: walkout-length\n"
    "    question: How long will the walkout last in all?\n"
    "    answer: 20 days\n"
    "    kind: duration\n"
    "    cite: it would last 20 days in all\n"
)


def test_a_whole_is_no_shorter_than_the_part_of_it_gone(write_pack: WritePack) -> None:
    """127a #20: `The crackdown will run for 8 days in all` where the article tells of the
    first 10 days of it: no claim gives the walkout a length its first 12 days outrun."""
    (walkout,) = small_bank(write_pack, WALKOUT, LENGTH).by_question
    lengths = _lengths(walkout)
    assert lengths, walkout.problem
    assert min(lengths) > 12 * 24 * 3600, [c.value for c in walkout.false_claims]


SEASON = """\
Hunt season to be cut
Hunters took 900 birds in the first 6 days of the season, the association said.
The association proposed a season cut to 4 days, against 12 days before and 9 days in 2019.
Rangers counted birds for 3 days and 8 days on two islands.
"""

PROPOSED = (
    "  - id: proposed-season\n"
    "    question: To how long did the association propose cutting the season?\n"
    "    answer: 4 days\n"
    "    kind: duration\n"
    "    cite: a season cut to 4 days\n"
)


def test_another_season_than_the_one_gone_keeps_its_short_values(write_pack: WritePack) -> None:
    """The answer itself is shorter than `the first 6 days of the season`: the question asks
    of another season, and a length shorter than six days may still be claimed."""
    (season,) = small_bank(write_pack, SEASON, PROPOSED).by_question
    lengths = _lengths(season)
    assert any(length < 6 * 24 * 3600 for length in lengths), [c.value for c in season.false_claims]
