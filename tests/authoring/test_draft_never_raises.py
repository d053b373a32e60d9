"""`draft` and `new` never raise, whatever the article says; `new` leaves nothing behind
when it fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsquiz.authoring.article_text import normalise_article
from newsquiz.authoring.draft import draft_candidates
from newsquiz.authoring.new import first_question
from newsquiz.library import bundled_dir

# Every bundled pack's article: the seed and the ten corpus reports.
ARTICLES = sorted(bundled_dir().glob("*/article.txt"))

# Words and shapes news sentences are made of, so drawn text reaches the drafting rules.
_WORDS = st.sampled_from(
    ["The", "and", "Smith", "Jones", "Tuesday", "Wednesday", "12", "$40", "billion", "on",
     "May", "13,", "2022.", "President", "said", "\u201cWe", "will\u201d", "Finland,",
     "Sweden", "or", "almost", "years", "41,", "Sen.", "Gov.", "(R-Ohio)", "—", "per cent",
     "a", "half", "hour", "of", "Mr.", "Xi", "Jinping", "'", '"', ":", ";", "\t", "",
     "(about", "KSh", "7.5", "miles)", "(", ")", "14:41.05", "2:08:33", "1/2", "between",
     "in all", "Aho,", "34,", "°C", "(81", "°F)", "minutes", "seconds", "to", "Both", "it",
     "its", "him", "he said.", "Rep.", "kroner", "Norwegian", "six-day", "days"]
)  # fmt: skip
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=25).map(" ".join)
_ARTICLE = st.lists(st.one_of(_SENTENCE, st.text(max_size=80)), min_size=1, max_size=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=_ARTICLE)
def test_draft_and_new_never_raise_on_any_article(paragraphs: list[str]) -> None:
    draft_candidates(paragraphs)
    normalised = normalise_article("\n".join(paragraphs))
    if normalised.paragraphs:
        first_question(normalised.paragraphs)


def test_the_repro_of_talks_held_on_tuesday_and_wednesday() -> None:
    draft_candidates(["Talks resume", "The 12 talks were held on Tuesday and Wednesday."])


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.parent.name)
def test_draft_never_raises_on_a_bundled_article(article: Path) -> None:
    assert draft_candidates(article.read_text(encoding="utf-8").splitlines())


def test_new_leaves_nothing_behind_when_it_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsquiz.authoring import new

    article = tmp_path / "story.txt"
    article.write_text("Talks resume\nThe 12 talks were held on Tuesday.\n", encoding="utf-8")

    def broken(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(new, "write_text", broken)
    with pytest.raises(OSError):
        new.create_pack("talks", article, tmp_path, new.ArticleInfo())
    assert not (tmp_path / "talks").exists()


def test_draft_takes_a_bundled_packs_name(cli: object) -> None:
    ran = cli("draft", "nasa-shuttle-retirement-homes")  # type: ignore[operator]
    assert ran.status == 0 and "question:" in ran.out
