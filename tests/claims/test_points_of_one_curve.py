"""A value the article gives another point of the same share of the same people is no
value to swap in: "More than half of customers were still in the dark 24 hours later" makes
"Power returned to 90 percent of customers after 24 hours" impossible (judged so, held-out
17b #21), and any other point on that curve is bounded by it the same way. On small
articles written here, not the benchmark's."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.grading import grade
from newsquiz.pack import load_pack

STORM = """\
Storm cuts power to island
A storm cut power to 800,000 homes on the island on Sunday, and the grid operator said repairs would take weeks.
Two-thirds of homes were still without power 36 hours later.
Power returned to 95 percent of homes after 80 hours, while some farms in the hills waited nine days.
Crews from three countries worked 12 hours a day to clear fallen lines.
"""


def test_another_point_of_the_same_share_is_not_swapped_in(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: storm\ntitle: Storm\n"
        "article: {file: article.txt, published: 2025-05-28}\nquestions:\n"
        "  - id: restored\n    question: After how long did power return to 95 percent of homes?\n"
        "    answer: 80 hours\n    kind: duration\n"
        "    cite: Power returned to 95 percent of homes after 80 hours\n"
        "    claim: Power returned to 95 percent of homes after {answer}.\n"
    )
    (restored,) = ClaimBank(load_pack(write_pack(yaml, STORM)), max_false=40).by_question
    values = [c.value for c in restored.false_claims]
    assert values, restored.problem
    assert not any(v.startswith("36") for v in values), values
    assert all(not grade(restored.question, v).correct for v in values)
