"""`check`'s claim warnings say what the grader actually does."""

from __future__ import annotations

import re

import pytest

from newsquiz.claims.lint import lint
from newsquiz.grading import grade
from newsquiz.library import bundled_dir
from newsquiz.pack import load_pack

PACKS = [
    load_pack(folder)
    for folder in sorted(bundled_dir().iterdir())
    if (folder / "pack.yaml").is_file()
]


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.id)
def test_an_accepted_by_the_grader_warning_names_values_the_grader_accepts(pack: object) -> None:
    for problem in lint(pack):  # type: ignore[arg-type]
        if "accepted by the grader" not in problem.message:
            continue
        question = pack.question(problem.question_id)  # type: ignore[attr-defined]
        values = re.findall(r"`([^`]+)`", problem.message.split("accepted by the grader")[1])
        assert values, problem.message
        for value in values:
            assert grade(question, value).correct, (question.id, value)


def test_a_tolerance_that_takes_every_changed_value_is_warned_with_those_values(
    write_pack: object,
) -> None:
    folder = write_pack(  # type: ignore[operator]
        "format: newsquiz/1\nid: tol\ntitle: T\narticle: article.txt\nquestions:\n"
        "  - id: days\n    question: On what day of March was the line set up?\n"
        "    answer: '1'\n    kind: number\n    tolerance: 1000\n"
        "    cite: On March 1\n"
        "    claim: The line was set up on March {answer}.\n"
    )
    pack = load_pack(folder)
    (problem,) = [p for p in lint(pack) if p.question_id == "days"]
    assert "accepted by the grader" in problem.message
    values = re.findall(r"`([^`]+)`", problem.message.split("accepted by the grader")[1])
    assert values and all(grade(pack.question("days"), v).correct for v in values)


def test_the_explanation_gives_the_value_in_the_articles_words() -> None:
    from newsquiz.claims import ClaimBank
    from newsquiz.tui.widgets.claim_feedback import truth_line

    pack = next(p for p in PACKS if p.id == "austin-shoigu-call")
    claims = next(qc for qc in ClaimBank(pack).by_question if qc.question.id == "war-month")
    assert claims.question.expected == "3"
    for claim in claims.claims:
        assert "the article says third" in truth_line(claim).plain


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.id)
def test_a_round_never_states_the_same_claim_twice(pack: object) -> None:
    from newsquiz.claims import ClaimBank

    bank = ClaimBank(pack)  # type: ignore[arg-type]
    repeated = 0
    for seed in range(25):
        sentences = [c.sentence for c in bank.round(seed)]
        repeated += len(sentences) - len(set(sentences))
    assert repeated == 0


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.id)
def test_every_claim_of_every_pack_grades_as_its_truth(pack: object) -> None:
    # No false claim is accidentally true, and no true one is graded false, on any article.
    from newsquiz.claims import ClaimBank

    for claims in ClaimBank(pack).by_question:  # type: ignore[arg-type]
        for claim in claims.claims:
            assert grade(claim.question, claim.value).correct == claim.truth, (
                claim.question_id,
                claim.value,
            )
            assert claim.stated in claim.sentence
