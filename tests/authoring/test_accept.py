"""`newsquiz accept`: one answer added to pack.yaml, the author's comments and layout kept."""

from __future__ import annotations

import difflib
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.authoring.conftest import RunCli
from tests.conftest import ARTICLE, WritePack

from newsquiz.authoring.accept import AcceptRefused, accept_answer, added_accept
from newsquiz.grading import Outcome, grade
from newsquiz.pack import PackError, load_pack

# An author's pack: comments everywhere, blank lines, keys in an order of the author's own,
# and `accept` written every way the format allows.
PACK = """\
# yaml-language-server: $schema=../schema.json
format: newsquiz/1
id: accept-test   # the pack's id
title: Austin and Shoigu

article: article.txt

questions:
  # The length of the call: flow lists.
  - id: call-length
    question: How long did the call last?
    kind: duration
    answer: about an hour          # as the article says
    accept: [60 minutes, one hour] # short forms
    reject: [two hours]
    cite: The call lasted about an hour

  - question: Who asked for the call?   # the question before the id
    id: who-asked
    answer: Austin
    kind: person
    accept:
      - Lloyd Austin     # his full name
      # - Secretary Austin   (kept for later)
      - {answer: The Pentagon, score: 0.5}

    cite: at the request of Austin

  - id: line-date
    answer: March 1    # no accept at all yet
    # when the line was set up
    question: When was the deconfliction line set up?
    cite: On March 1

  - id: armies
    question: Who set up the line?
    answer: the two armies
    accept: both armies   # one answer, not a list
    cite: the two armies set up a deconfliction line
"""


def lines_added(before: str, after: str) -> list[str]:
    """The lines `after` adds to `before`, failing if it removes or changes any."""
    diff = list(difflib.ndiff(before.splitlines(keepends=True), after.splitlines(keepends=True)))
    assert not [d for d in diff if d.startswith("- ")], "".join(diff)
    return [d[2:] for d in diff if d.startswith("+ ")]


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines removed from `before` and those added in `after`."""
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    return [d[2:] for d in diff if d.startswith("- ")], [d[2:] for d in diff if d.startswith("+ ")]


def only_line_changed(before: str, after: str) -> tuple[str, str]:
    """The one line that differs, before and after; every other line is the same."""
    old, new = before.splitlines(), after.splitlines()
    assert len(old) == len(new)
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    assert len(changed) == 1, changed
    return changed[0]


@pytest.fixture
def pack_folder(write_pack: WritePack) -> Path:
    return write_pack(PACK)


def test_a_flow_list_gets_one_more_entry_and_nothing_else_moves(pack_folder: Path) -> None:
    path = pack_folder / "pack.yaml"
    accepted = accept_answer(pack_folder, "call-length", "most of an hour")
    after = path.read_text(encoding="utf-8")
    old, new = only_line_changed(PACK, after)
    assert old == "    accept: [60 minutes, one hour] # short forms"
    assert new == '    accept: [60 minutes, one hour, "most of an hour"] # short forms'
    assert accepted.line == 14 and accepted.path == path
    assert load_pack(pack_folder).question("call-length").accept == (
        "60 minutes",
        "one hour",
        "most of an hour",
    )
    assert grade(accepted.question, "most of an hour").outcome is Outcome.CORRECT


def test_a_block_list_gets_a_line_lined_up_under_the_others(pack_folder: Path) -> None:
    accept_answer(pack_folder, "who-asked", "Secretary of Defense")
    after = (pack_folder / "pack.yaml").read_text(encoding="utf-8")
    assert lines_added(PACK, after) == ['      - "Secretary of Defense"\n']
    # After the last entry, before the blank line and the `cite` that follow it.
    assert (
        "      - {answer: The Pentagon, score: 0.5}\n"
        '      - "Secretary of Defense"\n'
        "\n"
        "    cite: at the request of Austin\n"
    ) in after
    question = load_pack(pack_folder).question("who-asked")
    assert question.accept == ("Lloyd Austin", "Secretary of Defense")
    assert [p.answer for p in question.partial] == ["The Pentagon"]


def test_a_question_without_accept_gets_it_right_after_its_answer(pack_folder: Path) -> None:
    accept_answer(pack_folder, "line-date", "early March: the 1st")
    after = (pack_folder / "pack.yaml").read_text(encoding="utf-8")
    assert lines_added(PACK, after) == ['    accept: ["early March: the 1st"]\n']
    assert (
        "    answer: March 1    # no accept at all yet\n"
        '    accept: ["early March: the 1st"]\n'
        "    # when the line was set up\n"
    ) in after
    assert load_pack(pack_folder).question("line-date").accept == ("early March: the 1st",)


def test_one_accepted_answer_becomes_a_list_of_two(pack_folder: Path) -> None:
    accept_answer(pack_folder, "armies", "the militaries")
    after = (pack_folder / "pack.yaml").read_text(encoding="utf-8")
    old, new = only_line_changed(PACK, after)
    assert new == old.replace("both armies", '[both armies, "the militaries"]')
    assert load_pack(pack_folder).question("armies").accept == ("both armies", "the militaries")


def test_answers_are_added_one_after_another(pack_folder: Path) -> None:
    accept_answer(pack_folder, "line-date", "early March")
    accept_answer(pack_folder, "line-date", "spring")
    accept_answer(pack_folder, "who-asked", "the US defense secretary")
    accept_answer(pack_folder, "who-asked", "Pentagon chief")
    pack = load_pack(pack_folder)
    assert pack.question("line-date").accept == ("early March", "spring")
    assert pack.question("who-asked").accept[-2:] == ("the US defense secretary", "Pentagon chief")
    after = (pack_folder / "pack.yaml").read_text(encoding="utf-8")
    assert len(lines_added(PACK, after)) == 3  # the second date went into the new flow list


def test_a_flow_mapping_question_and_an_empty_list(write_pack: WritePack) -> None:
    text = (
        "format: newsquiz/1\nid: t\ntitle: T\narticle: article.txt\nquestions:\n"
        "  - {id: a, question: How long?, answer: about an hour, "
        "cite: The call lasted about an hour}\n"
        "  - {id: b, question: When?, answer: March 1, accept: [], cite: On March 1}\n"
    )
    folder = write_pack(text)
    accept_answer(folder, "a", "hour")
    accept_answer(folder, "b", "spring")
    pack = load_pack(folder)
    assert pack.question("a").accept == ("hour",)
    assert pack.question("b").accept == ("spring",)
    after = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert "cite: The call lasted about an hour" in after
    assert 'answer: about an hour, accept: ["hour"], cite:' in after


def test_the_command_says_where_and_offers_the_regrade_dry_run(
    pack_folder: Path, cli: RunCli
) -> None:
    ran = cli("accept", pack_folder, "call-length", "most of an hour")
    assert ran.status == 0, ran.err
    first, second = ran.out.splitlines()
    assert (
        first
        == f"Accepted “most of an hour” for `call-length`: {pack_folder}/pack.yaml:14 (comments and layout kept)."
    )
    assert second.endswith(f"newsquiz regrade {pack_folder} --dry-run")


# -- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "message"),
    [
        ("no-such", "x", "no question `no-such` in pack `accept-test`"),
        ("line-dat", "x", "did you mean `line-date`?"),
        ("call-length", "   ", "the answer is empty"),
        ("call-length", "", "the answer is empty"),
        (
            "call-length",
            "One Hour.",
            "“One Hour.” is already accepted for `call-length` (as “one hour”)",
        ),
        ("call-length", "About an hour", "already accepted"),
        ("call-length", "two hours", "“two hours” is in the `reject` list of `call-length`"),
        ("call-length", "1 hour", "“1 hour” is already graded right for `call-length`"),
        ("who-asked", "the pentagon", "with a score of 0.5"),
        ("call-length", "an\x1b[2Jhour", "control character U+001B"),
    ],
)
def test_refusals_are_one_clear_message_and_leave_the_file_alone(
    pack_folder: Path, cli: RunCli, question: str, answer: str, message: str
) -> None:
    path = pack_folder / "pack.yaml"
    before = path.read_bytes()
    with pytest.raises(AcceptRefused, match=None) as refused:
        accept_answer(pack_folder, question, answer)
    assert message in str(refused.value)
    ran = cli("accept", pack_folder, question, answer)
    assert ran.status == 1 and ran.out == ""
    assert ran.err.startswith("newsquiz accept: ") and len(ran.err.splitlines()) == 1
    assert "Traceback" not in ran.err and "\x1b" not in ran.err
    assert path.read_bytes() == before


def test_a_pack_that_does_not_load_is_refused_with_its_first_problem(
    write_pack: WritePack, cli: RunCli
) -> None:
    folder = write_pack(PACK.replace("    cite: On March 1\n", "    cite: On March 2\n"))
    before = (folder / "pack.yaml").read_bytes()
    ran = cli("accept", folder, "call-length", "most of an hour")
    assert ran.status == 1 and len(ran.err.splitlines()) == 1
    assert "the pack does not load, so nothing was changed" in ran.err
    assert f"{folder / 'pack.yaml'}:33:11: error: `cite` quote not found" in ran.err
    assert (folder / "pack.yaml").read_bytes() == before
    missing = cli("accept", folder / "nowhere", "q", "a")
    assert missing.status == 2 and "no pack at" in missing.err


def test_a_failed_check_leaves_the_file_byte_for_byte_and_no_stray_file(pack_folder: Path) -> None:
    path = pack_folder / "pack.yaml"
    before = path.read_bytes()
    # A dash alone: written into `accept` it still reads as no answer at all.
    with pytest.raises(AcceptRefused) as refused:
        accept_answer(pack_folder, "line-date", "—")
    assert "even in `accept`, “—” would grade incorrect: no answer" in str(refused.value)
    assert "pack.yaml was left as it was" in str(refused.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in pack_folder.iterdir()) == ["article.txt", "pack.yaml"]


def test_an_accept_shared_through_an_alias_is_left_to_the_author(write_pack: WritePack) -> None:
    text = (
        "format: newsquiz/1\nid: t\ntitle: T\narticle: article.txt\nquestions:\n"
        "  - id: a\n    question: How long?\n    answer: about an hour\n"
        "    accept: &hour [one hour]\n    cite: The call lasted about an hour\n"
        "  - id: b\n    question: How long, again?\n    answer: about an hour\n"
        "    accept: *hour\n    cite: The call lasted about an hour\n"
    )
    folder = write_pack(text)
    with pytest.raises(AcceptRefused, match="shared with another through a YAML alias"):
        accept_answer(folder, "b", "most of an hour")
    assert (folder / "pack.yaml").read_text(encoding="utf-8") == text


def test_a_byte_order_mark_is_kept(write_pack: WritePack) -> None:
    folder = write_pack(PACK)
    path = folder / "pack.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + PACK.encode())
    accept_answer(folder, "armies", "the militaries")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1


@pytest.mark.parametrize("question", ["call-length", "who-asked", "line-date", "armies"])
def test_a_pack_saved_with_windows_line_endings_keeps_them(
    write_pack: WritePack, question: str
) -> None:
    folder = write_pack(PACK)
    path = folder / "pack.yaml"
    path.write_bytes(PACK.replace("\n", "\r\n").encode())
    accepted = accept_answer(folder, question, "a new answer")
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n"), "every line ends in CR LF"
    lines = data.decode().split("\r\n")
    assert "a new answer" in lines[accepted.line - 1]
    assert "a new answer" in load_pack(path).question(question).accept


# -- hostile answers -------------------------------------------------------------------------

HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\"'\\:#-[]{},&*!|>%@`?\n\t ")),
        st.sampled_from(["\u2028", "\u2029", "\ufeff", "\u00a0", "é", "名", "🦊", "ß", "\u0301"]),
        st.characters(
            blacklist_categories=("Cs", "Cc"),
            blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
        ),
    ),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")

LAYOUTS = ["call-length", "who-asked", "line-date", "armies"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=HOSTILE, question=st.sampled_from(LAYOUTS))
def test_any_answer_text_is_written_so_the_pack_reads_it_back_exactly(
    answer: str, question: str
) -> None:
    edited, at = added_accept(PACK, question, answer.strip())
    removed, added = changed_lines(PACK, edited)
    assert len(added) == 1 and len(removed) <= 1
    assert added[0] == edited[edited.rfind("\n", 0, at) + 1 :].split("\n")[0]
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "article.txt").write_text(ARTICLE, encoding="utf-8")
        (Path(folder) / "pack.yaml").write_text(edited, encoding="utf-8")
        try:
            pack = load_pack(folder)
        except PackError as err:  # only a rule of the format may refuse it, never the YAML
            messages = " ".join(p.message for p in err.problems)
            assert "`reject` lists" in messages or "`accept` gives" in messages, messages
            return
    before = load_pack_text(PACK, question)
    assert pack.question(question).accept == (*before, answer.strip())


def load_pack_text(text: str, question: str) -> tuple[str | tuple[str, ...], ...]:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "article.txt").write_text(ARTICLE, encoding="utf-8")
        (Path(folder) / "pack.yaml").write_text(text, encoding="utf-8")
        return load_pack(folder).question(question).accept


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=HOSTILE)
def test_accepting_any_answer_either_works_exactly_or_leaves_the_file_alone(answer: str) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
        path = folder / "pack.yaml"
        path.write_text(PACK, encoding="utf-8")
        try:
            accepted = accept_answer(folder, "line-date", answer)
        except AcceptRefused:
            assert path.read_text(encoding="utf-8") == PACK
            assert sorted(p.name for p in folder.iterdir()) == ["article.txt", "pack.yaml"]
            return
        question = load_pack(folder).question("line-date")
        assert question.accept == (answer.strip(),) == (accepted.answer,)
        assert grade(question, answer).outcome is Outcome.CORRECT
        assert len(lines_added(PACK, path.read_text(encoding="utf-8"))) == 1


def test_a_pack_given_by_a_relative_path_is_edited(
    pack_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsquiz accept my-pack …` from the folder above it, as the help's example does."""
    monkeypatch.chdir(pack_folder.parent)
    for target, typed in (
        (pack_folder.name, "most of the hour"),
        (f"./{pack_folder.name}/pack.yaml", "a good hour"),
    ):
        accept_answer(target, "call-length", typed)
    accepted = load_pack(pack_folder).question("call-length").accept
    assert accepted[-2:] == ("most of the hour", "a good hour")


def test_a_bundled_pack_is_never_edited(tmp_path: Path) -> None:
    """A bundled pack is part of the installed program: the teacher is told to copy it."""
    from newsquiz.library import bundled_dir

    pack = bundled_dir() / "chile-four-aftershocks" / "pack.yaml"
    before = pack.read_bytes()
    with pytest.raises(AcceptRefused, match=r"bundled pack.*copy its folder into your pack folder"):
        accept_answer(pack.parent, "aftershock-count", "quatro")
    assert pack.read_bytes() == before
