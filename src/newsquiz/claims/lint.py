"""Warnings for `newsquiz check`: questions a fact-check round cannot use."""

from __future__ import annotations

from newsquiz.claims.generate import ClaimBank
from newsquiz.pack.model import Pack
from newsquiz.pack.problems import Problem, Severity


def lint(pack: Pack, bank: ClaimBank | None = None) -> list[Problem]:
    """A warning for each question no plausible false claim can be made for.

    Fact-check rounds leave such a question out (a claim that is always true
    teaches players to answer "true"), so the author may want to give it a
    `claim:` template or an answer with something to change.
    """
    bank = bank or ClaimBank(pack, max_false=1)  # one false claim shows it can be played
    problems: list[Problem] = []
    for claims in bank.by_question:
        if claims.problem is None:
            continue
        question = claims.question
        where = question.field_positions.get("answer") or question.position
        problems.append(
            Problem(
                file=where.file if where else pack.path,
                line=where.line if where else 0,
                column=where.column if where else 0,
                message=f"{claims.problem}; fact-check rounds leave this question out",
                question_id=question.id,
                field="answer",
                severity=Severity.WARNING,
            )
        )
    return problems
