"""Packs: the article and its questions, loaded with positions."""

from newsquiz.pack.loader import load_pack, resolve_pack_path
from newsquiz.pack.model import Answer, Article, Citation, Kind, Pack, Question, answer_text
from newsquiz.pack.problems import PackError, Problem, Severity

__all__ = [
    "Answer",
    "Article",
    "Citation",
    "Kind",
    "Pack",
    "PackError",
    "Problem",
    "Question",
    "Severity",
    "answer_text",
    "load_pack",
    "resolve_pack_path",
]
