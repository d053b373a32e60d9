"""`check` keeps each question's findings: re-checking a long pack after an edit re-reads
only the questions the edit could change, and always reports what a fresh check would."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import WritePack

from newsquiz.authoring import kept_findings
from newsquiz.authoring import lint as lint_module
from newsquiz.authoring.lint import check_pack, lint
from newsquiz.claims import ClaimBank
from newsquiz.pack import Pack, load_pack
from newsquiz.pack import cache as pack_cache
from newsquiz.pack.problems import Finding, Problem

HEAD = (
    "format: newsquiz/1\nid: t\ntitle: T\narticle:\n  file: article.txt\n"
    "  published: 2022-05-13\nquestions:\n"
)
QUESTIONS = (
    "  - id: length\n    question: How long did the call last?\n    answer: about an hour\n"
    "    reject: [60 minutes]\n    cite: The call lasted about an hour\n"
    "  - id: when\n    question: When was the line set up?\n    answer: March 1\n"
    "    cite: On March 1\n"
    "  - id: who\n    question: Who asked for the call?\n    answer: Austin\n"
    "    accept: [March 1]\n    cite: at the request of Austin\n"
)


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSQUIZ_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the questions worked out afresh (not taken from what was kept)."""
    worked: list[str] = []
    fresh = lint_module._findings_of

    def counted(pack: Pack, bank: ClaimBank, index: int) -> list[Finding]:
        worked.append(pack.questions[index].id)
        return fresh(pack, bank, index)

    monkeypatch.setattr(lint_module, "_findings_of", counted)
    return worked


def checked_once(write_pack: WritePack, checked: list[str]) -> tuple[Path, list[str]]:
    """The test pack, checked once (its findings kept), and what that check printed."""
    folder = write_pack(HEAD + QUESTIONS)
    first = formatted(folder)
    checked.clear()
    return folder, first


def formatted(folder: Path) -> list[str]:
    return [p.format() for p in check_pack(folder).problems]


def fresh(folder: Path) -> list[str]:
    """What a check with nothing kept prints, in the order `check` prints it."""
    return [p.format() for p in sorted(lint(load_pack(folder)), key=Problem.sort_key)]


def test_an_unchanged_pack_is_not_checked_again(write_pack: WritePack, checked: list[str]) -> None:
    folder = write_pack(HEAD + QUESTIONS)
    first = formatted(folder)
    assert checked == ["length", "when", "who"]
    assert any("rejected answer `60 minutes`" in line for line in first)
    assert any("is the answer to question `when`" in line for line in first)
    checked.clear()
    assert formatted(folder) == first
    assert checked == []


def test_an_edit_rechecks_only_that_question_and_moves_the_others_findings(
    write_pack: WritePack, checked: list[str]
) -> None:
    folder, _ = checked_once(write_pack, checked)
    # A question added first moves every other question five lines down.
    added = (
        "  - id: spoke\n    question: Who spoke for the first time?\n"
        "    answer: Austin and Shoigu\n    kind: list\n    cite: Austin and Shoigu spoke\n"
    )
    write_pack(HEAD + added + QUESTIONS)
    again = formatted(folder)
    assert checked == ["spoke"]
    assert again == fresh(folder)
    rejected = next(line for line in again if "rejected answer `60 minutes`" in line)
    assert rejected.split(":")[1] == "16"  # line 11 before the edit


def test_the_other_answers_warning_follows_the_other_question(
    write_pack: WritePack, checked: list[str]
) -> None:
    folder, first = checked_once(write_pack, checked)
    assert any("is the answer to question `when`" in line for line in first)
    # `who` itself is unchanged, but `March 1` is no longer another question's answer.
    write_pack(HEAD + QUESTIONS.replace("answer: March 1\n", "answer: On March 1\n", 1))
    again = formatted(folder)
    assert checked == ["when"]
    assert not any("is the answer to question" in line for line in again)
    assert again == fresh(folder)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda yaml, article: (yaml, article + "A fourth line.\n"), id="article"),
        pytest.param(
            lambda yaml, article: (yaml.replace("2022-05-13", "2021-05-13"), article),
            id="published",
        ),
    ],
)
def test_a_changed_article_or_metadata_checks_every_question(
    write_pack: WritePack,
    checked: list[str],
    change: Callable[[str, str], tuple[str, str]],
) -> None:
    from tests.conftest import ARTICLE

    folder, _ = checked_once(write_pack, checked)
    yaml, article = change(HEAD + QUESTIONS, ARTICLE)
    write_pack(yaml, article)
    again = formatted(folder)
    assert checked == ["length", "when", "who"]
    assert again == fresh(folder)


def test_a_newer_newsquiz_checks_every_question(
    write_pack: WritePack, checked: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = checked_once(write_pack, checked)
    monkeypatch.setattr(pack_cache, "code_fingerprint", lambda packages: ("a newer newsquiz",))
    monkeypatch.setattr(kept_findings, "code_fingerprint", lambda packages: ("newer",))
    again = formatted(folder)
    assert checked == ["length", "when", "who"]
    assert again == fresh(folder)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda record: "{not json", id="not-json"),
        pytest.param(lambda record: json.dumps([1, 2]), id="not-a-record"),
        pytest.param(
            lambda record: json.dumps(
                {**record, "findings": {k: "nonsense" for k in record["findings"]}}
            ),
            id="findings-not-a-list",
        ),
        pytest.param(
            lambda record: json.dumps(
                {
                    **record,
                    "findings": {
                        k: [["answer", "\x1b]0;owned\x07 look", "warning"]]
                        for k in record["findings"]
                    },
                }
            ),
            id="control-characters",
        ),
        pytest.param(
            lambda record: json.dumps(
                {**record, "findings": {k: [["answer", "x", "fatal"]] for k in record["findings"]}}
            ),
            id="unknown-severity",
        ),
    ],
)
def test_a_damaged_or_forged_entry_is_only_a_miss(
    write_pack: WritePack,
    checked: list[str],
    damage: Callable[[dict[str, Any]], str],
    cache: Path,
) -> None:
    folder, first = checked_once(write_pack, checked)
    (entry,) = (cache / "findings").glob("*.json")
    entry.write_text(damage(json.loads(entry.read_text(encoding="utf-8"))), encoding="utf-8")
    assert formatted(folder) == first
    assert checked == ["length", "when", "who"]


def test_with_the_cache_turned_off_nothing_is_kept(
    write_pack: WritePack, checked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSQUIZ_CACHE_DIR", "")
    folder, first = checked_once(write_pack, checked)
    assert formatted(folder) == first
    assert checked == ["length", "when", "who"]
    assert first == fresh(folder)


def test_a_check_holds_the_collector_from_the_load_on(
    write_pack: WritePack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsquiz check a b c` loads each pack while everything the checks before it kept is
    alive: a full collection during that load walked all of it, for nothing freed. The
    collector is held over the load as over the lint, and given back after."""
    import gc

    held_while_loading: list[bool] = []
    load = pack_cache.load_pack_cached

    def loading(target: Path | str, folder: Path | None = None) -> Pack:
        held_while_loading.append(not gc.isenabled())
        return load(target, folder)

    monkeypatch.setattr(pack_cache, "load_pack_cached", loading)
    assert gc.isenabled()
    result = check_pack(write_pack(HEAD + QUESTIONS))
    assert result.pack is not None
    assert held_while_loading == [True]
    assert gc.isenabled()
