"""Fact-check claims generated from a pack's question bank; no user interface here."""

from newsquiz.claims.factcheck import FactCheckRecord, FactCheckSession, Phase
from newsquiz.claims.generate import ClaimBank, QuestionClaims, generate_round
from newsquiz.claims.lint import lint
from newsquiz.claims.model import Claim, ClaimPath, Family, Source

__all__ = [
    "Claim",
    "ClaimBank",
    "ClaimPath",
    "FactCheckRecord",
    "FactCheckSession",
    "Family",
    "Phase",
    "QuestionClaims",
    "Source",
    "generate_round",
    "lint",
]
