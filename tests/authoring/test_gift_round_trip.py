"""GIFT export then import gives back the pack: its article's metadata and credit, every
question's kind, answers, rejects, citations and claim template, and the same grades."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsquiz.authoring.gift import export_gift
from newsquiz.authoring.gift_import import import_gift
from newsquiz.grading import grade
from newsquiz.library import bundled_dir
from newsquiz.pack import Pack, load_pack
from newsquiz.pack.model import answer_text

PACKS = sorted(p for p in bundled_dir().iterdir() if (p / "pack.yaml").is_file())
# Answers a class types: right, close, wrong, another value; graded alike before and after.
TRIES = ("", "true", "false", "a", "b", "2022", "June 18", "about an hour", "Smith", "10")


@pytest.mark.parametrize("folder", PACKS, ids=lambda p: p.name)
def test_export_then_import_gives_back_the_pack(folder: Path, tmp_path: Path) -> None:
    original = load_pack(folder)
    gift = tmp_path / "pack.gift"
    gift.write_text(export_gift(original), encoding="utf-8")
    made = import_gift(gift, folder / "article.txt", tmp_path, original.id)
    assert made.skipped == () and made.uncited == ()
    again = load_pack(made.folder)
    _same_pack(original, again)


def _same_pack(original: Pack, again: Pack) -> None:
    assert again.title == original.title
    for field in ("outlet", "url", "published", "license", "credit"):
        assert getattr(again.article, field) == getattr(original.article, field), field
    assert [q.id for q in again.questions] == [q.id for q in original.questions]
    for before, after in zip(original.questions, again.questions, strict=True):
        assert after.kind == before.kind, before.id
        assert after.answer == before.answer, before.id
        assert set(after.accept) == set(before.accept), before.id
        assert set(after.reject) == set(before.reject), before.id
        assert after.claim == before.claim, before.id
        assert [c.quote for c in after.citations] == [c.quote for c in before.citations]
        keys = [answer_text(k) for k in (before.answer, *before.accept, *before.reject)]
        for typed in (*keys, *TRIES):
            assert grade(after, typed).outcome == grade(before, typed).outcome, (
                before.id,
                typed,
            )
