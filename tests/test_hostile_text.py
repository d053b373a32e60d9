"""Arbitrary text in a pack's fields: every command answers with its output or one clear
error, never a traceback, and no escape byte reaches the terminal."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsquiz.cli import main

WritePack = Callable[..., Path]

_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=40
)
_KINDS = st.sampled_from(["text", "person", "number", "date", "duration", "money", "list"])


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(title=_TEXT, question=_TEXT, answer=_TEXT, kind=_KINDS, typed=_TEXT)
def test_any_text_in_a_pack_gives_output_or_one_clear_error(
    write_pack: WritePack,
    capsys: pytest.CaptureFixture[str],
    title: str,
    question: str,
    answer: str,
    kind: str,
    typed: str,
) -> None:
    # JSON strings are YAML strings: any text, escapes included, reaches the loader as is.
    folder = write_pack(
        "format: newsquiz/1\nid: any\n"
        f"title: {json.dumps(title)}\narticle: article.txt\nquestions:\n"
        f"  - id: q\n    question: {json.dumps(question)}\n    answer: {json.dumps(answer)}\n"
        f"    kind: {kind}\n    cite: The call lasted about an hour\n"
    )
    answers = folder / "answers.jsonl"
    answers.write_text(json.dumps({"question": "q", "answer": typed}) + "\n", encoding="utf-8")
    for command in (["check"], ["key"], ["claims"], ["export", "--gift"], ["grade"]):
        extra = [str(answers)] if command == ["grade"] else []
        status = main([*command, str(folder), *extra])
        printed = capsys.readouterr()
        assert status in (0, 1, 2), command
        assert "Traceback" not in printed.err, (command, printed.err)
        assert "\x1b" not in printed.out + printed.err, command
