"""A pack reads nothing outside its own folder: its article is a regular file inside the
pack's folder (symbolic links resolved), read with a bound, or one clear error that quotes
nothing of the file it refused."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.pack import PackError, load_pack

WritePack = Callable[..., Path]

HEAD = """\
format: newsquiz/1
id: demo
title: Demo
article:
  file: {file}
questions:
  - id: q
    question: What does it say?
    answer: root
    kind: text
    cite: "root"
"""
SECRET = "root:x:0:0:SECRET-LINE"


def problem(folder: Path) -> str:
    with pytest.raises(PackError) as raised:
        load_pack(folder)
    message = "\n".join(p.format() for p in raised.value.problems)
    assert SECRET not in message and "SECRET" not in message
    return message


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "elsewhere" / "passwd"
    secret.parent.mkdir()
    secret.write_text(SECRET + "\n", encoding="utf-8")
    return secret


def test_an_article_outside_the_pack_folder_is_refused(
    write_pack: WritePack, outside: Path
) -> None:
    folder = write_pack(HEAD.format(file="../elsewhere/passwd"), article=None)
    assert "outside the pack's folder" in problem(folder)
    folder = write_pack(HEAD.format(file=str(outside)), article=None, name="absolute")
    assert "outside the pack's folder" in problem(folder)


def test_a_symbolic_link_out_of_the_pack_folder_is_refused(
    write_pack: WritePack, outside: Path
) -> None:
    folder = write_pack(HEAD.format(file="article.txt"), article=None)
    (folder / "article.txt").symlink_to(outside)
    assert "outside the pack's folder" in problem(folder)


def test_special_files_are_refused_without_reading_them(write_pack: WritePack) -> None:
    folder = write_pack(HEAD.format(file="fifo"), article=None)
    os.mkfifo(folder / "fifo")  # reading it would wait forever
    assert "not a regular file" in problem(folder)
    if Path("/dev/zero").exists():
        folder = write_pack(HEAD.format(file="zero"), article=None, name="zero")
        (folder / "zero").symlink_to("/dev/zero")
        assert "outside the pack's folder" in problem(folder)


def test_an_article_in_a_subfolder_of_the_pack_is_fine(write_pack: WritePack) -> None:
    folder = write_pack(HEAD.format(file="text/article.txt"), article=None)
    (folder / "text").mkdir()
    (folder / "text" / "article.txt").write_text("Title\nroot access\n", encoding="utf-8")
    assert load_pack(folder).article.paragraphs[1] == "root access"


def test_grade_and_check_print_nothing_of_a_refused_file(
    write_pack: WritePack, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pack(HEAD.format(file=str(outside)), article=None)
    answers = folder / "answers.jsonl"
    answers.write_text('{"question": "q", "answer": "root"}\n', encoding="utf-8")
    assert main(["grade", str(folder), str(answers)]) != 0
    assert main(["check", str(folder)]) != 0
    printed = capsys.readouterr()
    assert "SECRET" not in printed.out + printed.err
    assert "outside the pack's folder" in printed.out + printed.err
    assert "Traceback" not in printed.out + printed.err


NUMBERS = """\
format: newsquiz/1
id: numbers
title: Numbers
article: article.txt
questions:
  - id: dots
    question: Who?
    answer: "..."
    kind: person
    cite: The call
  - id: big
    question: How many?
    answer: "{big}"
    kind: number
    cite: The call
"""


def test_huge_numbers_and_a_person_of_dots_never_crash_nor_grade_correct(
    write_pack: WritePack, capsys: pytest.CaptureFixture[str]
) -> None:
    big = "1" + "0" * 400
    folder = write_pack(NUMBERS.format(big=big))
    pack = load_pack(folder)
    from newsquiz.grading import grade

    assert grade(pack.question("big"), "9" * 309).outcome.value == "incorrect"  # not infinity
    assert grade(pack.question("big"), "1e400").outcome.value == "incorrect"
    assert grade(pack.question("dots"), "...").outcome.value == "incorrect"
    main(["check", str(folder)])
    main(["claims", str(folder)])
    printed = capsys.readouterr()
    assert "Traceback" not in printed.out + printed.err


@pytest.mark.parametrize("tolerance", ["inf", "nan", "-1", "1e400"])
def test_a_tolerance_must_be_a_finite_number(write_pack: WritePack, tolerance: str) -> None:
    folder = write_pack(
        "format: newsquiz/1\nid: t\ntitle: T\narticle: article.txt\nquestions:\n"
        "  - id: n\n    question: How many?\n    answer: '84'\n    kind: number\n"
        f"    tolerance: {tolerance}\n    cite: the first call between the two in 84 days\n"
    )
    assert "finite number of at least 0" in problem(folder)


@pytest.mark.parametrize(
    ("title", "article"),
    [
        ('"News \\e]0;pwned\\a"', "Title\nThe call lasted about an hour.\n"),  # a YAML escape
        ("News", "Title\x1b[2J\nThe call lasted about an hour.\n"),  # raw in the article
        ('"News \\u202e reversed"', "Title\nThe call lasted about an hour.\n"),
    ],
)
def test_terminal_control_characters_in_a_pack_are_refused_where_they_stand(
    write_pack: WritePack, capsys: pytest.CaptureFixture[str], title: str, article: str
) -> None:
    folder = write_pack(
        f"format: newsquiz/1\nid: esc\ntitle: {title}\narticle: article.txt\nquestions:\n"
        "  - id: q\n    question: How long?\n    answer: about an hour\n    kind: duration\n"
        "    cite: The call lasted about an hour\n",
        article=article,
    )
    assert "control character" in problem(folder)
    for command in (["check"], ["key"], ["claims"], ["export", "--gift"]):
        main([*command, str(folder)])
        printed = capsys.readouterr()
        assert "\x1b" not in printed.out + printed.err and "\u202e" not in printed.out
        assert "Traceback" not in printed.err
