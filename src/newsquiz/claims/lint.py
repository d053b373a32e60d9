"""Warnings for `newsquiz check`: questions a fact-check round cannot use."""

from __future__ import annotations

from newsquiz.claims.generate import ClaimBank
from newsquiz.pack.model import Pack
from newsquiz.pack.problems import Finding, Problem, Severity


def lint(pack: Pack, bank: ClaimBank | None = None) -> list[Problem]:
    """A note for each question no plausible false claim can be made for: nothing the
    author wrote is wrong, the question only stays out of fact-check rounds."""
    bank = bank or ClaimBank(pack, max_false=1)  # one false claim shows it can be played
    problems: list[Problem] = []
    for index, question in enumerate(pack.questions):
        finding = unplayable_note(bank, index)
        if finding is not None:
            problems.append(finding.located(pack, question))
    return problems


def unplayable_note(bank: ClaimBank, index: int) -> Finding | None:
    """The note that fact-check rounds leave out the bank's `index`-th question, if they do."""
    message = unplayable(bank, index)
    return None if message is None else Finding("answer", message, Severity.NOTE)


def unplayable(bank: ClaimBank, index: int) -> str | None:
    """Why fact-check rounds leave out the bank's `index`-th question, if they do.

    Such a question is left out because a claim that is always true teaches players to
    answer "true", so the author may want to give it a `claim:` template or an answer
    with something to change.
    """
    problem = bank.problem_of(index)
    return None if problem is None else f"{problem}; fact-check rounds leave this question out"
