"""Claims faults the blind judging of group 290 (107a) found, fixed in general; with an
invented article."""

from __future__ import annotations

import re

from tests.claims.helpers import small_bank
from tests.conftest import WritePack
from tests.grading.helpers import make_question

from newsquiz.claims.sentences import question_frame

BAN = """\
Sprinter's ban cut on appeal
GENEVA, March 10 (Newsquiz) - A court on Monday cut Ana Ruel's doping ban to 18 months.
The ban now ends on October 2, 2026, the court said, and Ruel plans to race again in 2027.
Her coach said on February 11 that the team had always believed she was innocent.
"""

QUESTION = (
    "  - id: ban-end\n    question: When does Ruel's ban now end?\n"
    "    answer: October 2, 2026\n    kind: date\n"
    "    cite: The ban now ends on October 2, 2026\n"
    "    claim: Ruel's ban now ends on {answer}.\n"
)


def test_the_articles_own_date_is_not_moved_into_another_year(write_pack: WritePack) -> None:
    """107a #10: the dateline's `March 10`, given the answer's year 2026, is a day the article
    gives to nothing; another event's date (`February 11`) stays a slip a reader may make."""
    (ban_end,) = small_bank(write_pack, BAN, QUESTION, published="2025-03-10").by_question
    values = [c.value for c in ban_end.false_claims]
    assert values
    assert "March 10, 2026" not in values, values
    assert "February 11, 2026" in values, values


def test_the_articles_own_date_stays_in_its_own_year(write_pack: WritePack) -> None:
    """An answer dated in the article's own year may still be slipped to the dateline's day."""
    question = QUESTION.replace("October 2, 2026", "October 2, 2025")
    article = BAN.replace("October 2, 2026", "October 2, 2025")
    (ban_end,) = small_bank(write_pack, article, question, published="2025-03-10").by_question
    assert "March 10, 2025" in [c.value for c in ban_end.false_claims]


def test_a_question_whose_verb_ends_it_turns_into_a_whole_sentence() -> None:
    """107a #20: `Which four things does the relief package cover?` read `package` as the
    verb (`The relief packages … cover.`); the verb is the last word."""
    question = make_question(
        "list",
        ("cash", "seed", "tanks", "canals"),
        question="Which four things does the relief package cover?",
    )
    frame = question_frame(question)
    assert frame.fill("cash, seed, tanks and canals")[0] == (
        "The relief package covers cash, seed, tanks and canals."
    )


def test_a_range_in_words_is_never_turned_around(write_pack: WritePack) -> None:
    """107a #21: `every three or one year` for every three or four years, a range whose first
    end is above its second (or level with it); a changed end keeps the range's order, and
    one that widens it (`every three or five years`) still holds the article's."""
    article = (
        "Floods are coming more often\n"
        "The hydrologist said the delta should now plan for such floods every three or four "
        "years, not once a decade.\n"
        "The last one came one year ago, and the one before it eleven years ago.\n"
    )
    (often,) = small_bank(
        write_pack,
        article,
        "  - id: often\n    question: How often should the delta plan for such floods?\n"
        "    answer: every three or four years\n    kind: text\n"
        "    cite: every three or four years\n"
        "    claim: The delta should now plan for such floods {answer}.\n",
    ).by_question
    counts = {
        w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven"])
    }
    for claim in often.false_claims:
        ends = re.search(r"every (\w+) or (\w+) years?", claim.sentence)
        assert ends is not None, claim.sentence
        first, second = (counts.get(w, 99) for w in ends.groups())
        assert first < second, claim.sentence
