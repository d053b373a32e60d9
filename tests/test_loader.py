"""Loading packs: good ones keep what the author wrote, bad ones say exactly what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsquiz.cli import main
from newsquiz.pack import Kind, Pack, PackError, Problem, answer_text, load_pack

# The `write_pack` fixture (tests/conftest.py): writes pack.yaml and an article, returns the folder.
WritePack = Callable[..., Path]

HEAD = """\
format: newsquiz/1
id: demo
title: Demo
article:
  file: article.txt
  outlet: CNN
  published: 2022-05-13
questions:
"""
# Line 9 onwards: one good question.
CALL_LENGTH = """\
  - id: call-length
    question: How long did the call last?
    answer: about an hour
    kind: duration
    cite: The call lasted about an hour
"""


def load_problems(folder: Path) -> list[Problem]:
    with pytest.raises(PackError) as raised:
        load_pack(folder)
    assert raised.value.problems, "a PackError must carry its problems"
    return raised.value.problems


def only_problem(folder: Path) -> tuple[Problem, str]:
    problems = load_problems(folder)
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0], problems[0].format()


# -- good packs ---------------------------------------------------------------


def test_a_small_pack_loads_with_positions(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + CALL_LENGTH)
    pack = load_pack(folder)
    assert isinstance(pack, Pack)
    assert (pack.id, pack.title, pack.article.outlet) == ("demo", "Demo", "CNN")
    assert pack.article.published is not None and pack.article.published.year == 2022
    question = pack.question("call-length")
    assert question.kind is Kind.DURATION
    assert question.position is not None and question.position.line == 9
    assert question.field_positions["cite"].line == 13
    citation = question.citations[0]
    assert citation.line == 2
    assert citation.text[citation.start : citation.end] == "The call lasted about an hour"
    # pack.yaml itself or its folder both name the pack
    assert load_pack(folder / "pack.yaml") == pack


@pytest.mark.parametrize(
    ("yaml_value", "expected"),
    [
        ("2022-03-01", "2022-03-01"),  # YAML 1.1 would read a date
        ("84", "84"),  # an int
        ("1.50", "1.50"),  # a float, losing its trailing zero
        ("0084", "0084"),  # an octal-looking int
        ("1_000", "1_000"),  # an int with an underscore
        ("no", "no"),  # a boolean
        ("off", "off"),
        ("~ tilde", "~ tilde"),
        ("'null'", "null"),  # quoted: the word, not nothing
    ],
)
def test_answers_keep_the_authors_text(
    write_pack: WritePack, yaml_value: str, expected: str
) -> None:
    folder = write_pack(
        HEAD
        + f"""\
  - id: q
    question: What?
    answer: {yaml_value}
    kind: text
    cite: the request of Austin
"""
    )
    assert load_pack(folder).question("q").answer == expected


def test_accept_and_reject_keep_yes_no_on_off_as_typed(write_pack: WritePack) -> None:
    folder = write_pack(
        HEAD
        + """\
  - id: q
    question: What?
    answer: 2022-03-01
    accept: [no, on, 84, 1.50]
    reject: [yes, off, 2022-03-02]
    kind: text
    cite: the request of Austin
"""
    )
    question = load_pack(folder).question("q")
    assert question.answer == "2022-03-01"
    assert question.accept == ("no", "on", "84", "1.50")
    assert question.reject == ("yes", "off", "2022-03-02")


def test_unquoted_date_and_number_answers_infer_their_kind(write_pack: WritePack) -> None:
    folder = write_pack(
        HEAD
        + """\
  - id: when
    question: When was the line set up?
    answer: 2022-03-01
    cite: On March 1
  - id: truth
    question: True or false?
    answer: no
    cite: On March 1
"""
    )
    pack = load_pack(folder)
    assert pack.question("when").kind is Kind.DATE
    assert pack.question("when").kind_inferred
    assert pack.question("truth").kind is Kind.CLAIM
    assert pack.question("truth").answer == "false"  # `no` to a claim means false


def test_list_choice_and_claim_answers(write_pack: WritePack) -> None:
    folder = write_pack(
        HEAD
        + """\
  - id: who
    question: Who spoke?
    answer: [Austin, Shoigu]
    accept: ["Shoigu and Austin"]
    cite: Austin and Shoigu spoke
  - id: pick
    question: Who asked for the call?
    answer: austin
    kind: choice
    choices: [Shoigu, Austin]
    cite: at the request of Austin
  - id: claim
    question: The call lasted an hour.
    answer: yes
    kind: claim
    cite: [The call lasted about an hour, at the request of Austin]
    claim: The call lasted an hour.
  - id: hours
    question: How long?
    answer: "1"
    kind: number
    tolerance: 0.5
    claim: The call lasted {answer} hour.
    cite: about an hour
"""
    )
    pack = load_pack(folder)
    assert pack.question("who").kind is Kind.LIST
    assert pack.question("who").answer == ("Austin", "Shoigu")
    assert pack.question("who").accept == (("Shoigu", "Austin"),)
    # a choice answer is stored as the choice spells it
    assert pack.question("pick").answer == "Austin"
    assert pack.question("pick").choices == ("Shoigu", "Austin")
    assert pack.question("claim").answer == "true"
    assert pack.question("claim").cited_lines == (2,)
    assert pack.question("hours").tolerance == 0.5
    assert pack.question("hours").claim == "The call lasted {answer} hour."


# -- bad packs: one test a case, each checking the whole message ---------------


def test_invalid_utf8_in_pack_yaml(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + CALL_LENGTH)
    path = folder / "pack.yaml"
    path.write_bytes(path.read_bytes().replace(b"How long", b"H\xe9 long"))
    problem, message = only_problem(folder)
    assert (problem.file, problem.line, problem.column) == (path, 10, 16)
    assert message.startswith(f"{path}:10:16: error: ")
    assert (
        "not valid UTF-8" in message and "0xe9" in message and "save the file as UTF-8" in message
    )


def test_invalid_utf8_in_the_article(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + CALL_LENGTH, article=b"First line\nSecond \xc3\x28 line\n")
    _, message = only_problem(folder)
    assert message.startswith(f"{folder / 'article.txt'}:2:8: error: ")
    assert "article.txt is not valid UTF-8" in message and "expected UTF-8 text" in message


def test_a_missing_article_file_points_at_article_file(write_pack: WritePack) -> None:
    folder = write_pack(HEAD.replace("article.txt", "story.txt") + CALL_LENGTH)
    problem, message = only_problem(folder)
    assert problem.field == "file"
    assert message.startswith(f"{folder / 'pack.yaml'}:5:9: error: ")
    assert "article `story.txt` not found" in message
    assert str(folder / "story.txt") in message
    assert "`article.file` must name a UTF-8 text file" in message


def test_an_article_that_is_a_folder(write_pack: WritePack) -> None:
    folder = write_pack(HEAD.replace("article.txt", "sub") + CALL_LENGTH)
    (folder / "sub").mkdir()
    _, message = only_problem(folder)
    assert ":5:9: error: article `sub` is a folder, expected a file" in message


def test_duplicate_question_ids(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + CALL_LENGTH + CALL_LENGTH)
    problem, message = only_problem(folder)
    assert problem.field == "id" and problem.question_id == "call-length"
    assert message == (
        f"{folder / 'pack.yaml'}:14:5: error: duplicate question `id` `call-length` "
        "(first used at line 9); each question needs an id of its own [call-length]"
    )


def test_unknown_kind_suggests_the_nearest(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + CALL_LENGTH.replace("kind: duration", "kind: durtion"))
    problem, message = only_problem(folder)
    assert problem.field == "kind"
    assert message.startswith(f"{folder / 'pack.yaml'}:12:11: error: unknown `kind` `durtion`")
    assert "did you mean `duration`?" in message
    assert "expected one of: text, person, number, money, date, duration, list, claim, choice" in (
        message
    )
    assert message.endswith("[call-length]")


def test_unknown_field_suggests_the_nearest(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + CALL_LENGTH + "    explian: Because.\n")
    problem, message = only_problem(folder)
    assert problem.field == "explian"
    assert message.startswith(f"{folder / 'pack.yaml'}:14:5: error: unknown field `explian`")
    assert "did you mean `explain`?" in message and "expected one of: id, question" in message
    assert message.endswith("[call-length]")


def test_unknown_top_level_field(write_pack: WritePack) -> None:
    folder = write_pack("titel: x\n" + HEAD + CALL_LENGTH)
    _, message = only_problem(folder)
    assert message.startswith(f"{folder / 'pack.yaml'}:1:1: error: unknown field `titel`")
    assert "did you mean `title`?" in message


@pytest.mark.parametrize(
    ("questions", "found"),
    [("  []\n", "`questions` is empty"), ("", "found nothing"), ("  text\n", "found text")],
)
def test_an_empty_or_missing_question_list(
    write_pack: WritePack, questions: str, found: str
) -> None:
    folder = write_pack(HEAD + questions)
    problem, message = only_problem(folder)
    assert message.startswith(f"{folder / 'pack.yaml'}:")
    assert problem.line in (8, 9)
    assert found in message and "at least one question" in message


def test_a_choice_answer_not_among_its_choices(write_pack: WritePack) -> None:
    folder = write_pack(
        HEAD
        + """\
  - id: pick
    question: Who asked?
    answer: Putin
    kind: choice
    choices: [Shoigu, Austin]
    cite: the request of Austin
"""
    )
    problem, message = only_problem(folder)
    assert problem.field == "answer"
    assert message == (
        f"{folder / 'pack.yaml'}:11:13: error: `answer` `Putin` is not one of the `choices` "
        "(Shoigu; Austin); expected one of them, spelt the same way [pick]"
    )


@pytest.mark.parametrize(
    ("field", "written", "entry"),
    [
        ("accept", "[60 minutes, 3,600 seconds]", "3,600 seconds"),
        ("reject", "[$1,500, two hours]", "$1,500"),
        ("accept", "[60 minutes, about 3,600 seconds]", "about 3,600 seconds"),
        # a currency written before the figure: letters and a sign, or a sign of its own
        ("accept", "[an hour, about US$650,000]", "about US$650,000"),
        ("reject", "[₱5,000, two hours]", "₱5,000"),
        ("reject", "[C$420,000, two hours]", "C$420,000"),
        ("choices", "[about an hour, 1,000 minutes]", "1,000 minutes"),
        # words after the figure (`€8,400 in cash`)
        ("reject", "[two hours, about 8,400 seconds in all]", "about 8,400 seconds in all"),
    ],
)
def test_a_thousands_comma_in_a_bracket_list_is_one_entry_to_quote(
    write_pack: WritePack, field: str, written: str, entry: str
) -> None:
    kind = "choice" if field == "choices" else "duration"
    folder = write_pack(
        HEAD
        + f"""\
  - id: call-length
    question: How long did the call last?
    answer: about an hour
    kind: {kind}
    {field}: {written}
    cite: The call lasted about an hour
"""
    )
    problem, message = only_problem(folder)
    assert problem.field == field and problem.line == 13
    left, right = entry.split(",")
    assert f"`{entry}` in a [ ] list reads as two entries, `{left}` and `{right}`" in message
    assert f'quote it: "{entry}"' in message


def test_figures_apart_in_a_bracket_list_are_two_entries(write_pack: WritePack) -> None:
    folder = write_pack(
        HEAD
        + """\
  - id: counts
    question: Which two counts?
    answer: [4, 218]
    kind: list
    cite: The call lasted about an hour
    accept: [[4, 218]]
"""
    )
    assert load_pack(folder).question("counts").answer == ("4", "218")


def test_a_cite_not_in_the_article_hints_at_the_closest_line(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + CALL_LENGTH.replace("about an hour\n", "about two hours\n"))
    problem, message = only_problem(folder)
    assert problem.field == "cite"
    assert message.startswith(f"{folder / 'pack.yaml'}:13:11: error: `cite` quote not found")
    assert "“The call lasted about two hours”" in message
    assert "closest is line 2: “The call lasted about an hour”" in message
    assert "must be verbatim" in message and message.endswith("[call-length]")


def test_each_missing_quote_of_a_cite_list_is_reported_where_it_stands(
    write_pack: WritePack,
) -> None:
    folder = write_pack(
        HEAD
        + """\
  - id: q
    question: How long?
    answer: about an hour
    cite:
      - The call lasted about an hour
      - the call lasted, about an hour
      - set up a line
"""
    )
    problems = load_problems(folder)
    assert [(p.line, p.column, p.field, p.question_id) for p in problems] == [
        (14, 9, "cite", "q"),
        (15, 9, "cite", "q"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "where", "says"),
    [
        ("id: demo", "id: Demo Pack", ":2:5:", "pack `id` `Demo Pack` is not a slug"),
        ("id: call-length", "id: Call_Length", ":9:9:", "question `id` `Call_Length`"),
        ("id: call-length", "id: call--length", ":9:9:", "question `id` `call--length`"),
        ("id: call-length", "id: " + "a" * 101, ":9:9:", "question `id` `" + "a" * 101),
    ],
)
def test_ids_must_be_slugs(
    write_pack: WritePack, old: str, new: str, where: str, says: str
) -> None:
    folder = write_pack((HEAD + CALL_LENGTH).replace(old, new, 1))
    problem, message = only_problem(folder)
    assert problem.field == "id"
    assert where in message and says in message
    assert "expected up to 100 lowercase letters, digits and single hyphens" in message


def test_malformed_yaml_gives_line_and_column(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + CALL_LENGTH + "    accept: [an hour, 60 minutes\n")
    _, message = only_problem(folder)
    assert message.startswith(f"{folder / 'pack.yaml'}:15:1: error: invalid YAML: ")
    assert "did not find expected ',' or ']'" in message
    assert "starts at line 14, column 13" in message


def test_a_tab_in_indentation_is_malformed_yaml(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + CALL_LENGTH.replace("    kind", "\tkind"))
    problem, message = only_problem(folder)
    assert problem.line == 12 and "invalid YAML" in message


@pytest.mark.parametrize(
    ("text", "found"),
    [("- format: newsquiz/1\n", "found a list"), ("just words\n", "found text"), ("", "empty")],
)
def test_a_pack_file_that_is_not_a_mapping(write_pack: WritePack, text: str, found: str) -> None:
    folder = write_pack(text)
    _, message = only_problem(folder)
    assert message.startswith(f"{folder / 'pack.yaml'}:")
    assert "pack.yaml must be a mapping with `format`, `id`, `title`, `article`" in message
    assert found in message


def test_a_wrong_format_string(write_pack: WritePack) -> None:
    folder = write_pack(HEAD.replace("newsquiz/1", "newsquiz/2") + CALL_LENGTH)
    problem, message = only_problem(folder)
    assert problem.field == "format"
    assert message == (
        f"{folder / 'pack.yaml'}:1:9: error: unsupported `format` `newsquiz/2`; "
        "expected `newsquiz/1`"
    )


def test_missing_required_question_fields(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + "  - id: bare\n    question: Anything?\n")
    problems = load_problems(folder)
    messages = [p.format() for p in problems]
    assert {p.field for p in problems} == {"answer", "cite"}
    assert all(":9:5: error: missing required field" in m for m in messages)
    assert all(m.endswith("[bare]") for m in messages)


@pytest.mark.parametrize(
    ("kind", "extra", "field", "says"),
    [
        (
            "number",
            "    tolerance: lots\n",
            "tolerance",
            "a finite number of at least 0, found `lots`",
        ),
        ("number", "    tolerance: -1\n", "tolerance", "a finite number of at least 0, found `-1`"),
        (
            "duration",
            "    tolerance: 1\n",
            "tolerance",
            "only for `number` questions, not `duration`",
        ),
        ("duration", "    claim: The call was long.\n", "claim", "needs `{answer}`"),
        ("duration", "    claim: It lasted {anwser}.\n", "claim", "unknown placeholder `{anwser}`"),
        ("duration", "    claim: It lasted {answer.\n", "claim", "template is malformed"),
        ("duration", "    reject: [About an hour]\n", "reject", "also the answer"),
        ("duration", "    choices: [a, b]\n", "choices", "only for `kind: choice`"),
        ("duration", "    explain: [a, b]\n", "explain", "must be text"),
    ],
)
def test_bad_optional_fields(
    write_pack: WritePack, kind: str, extra: str, field: str, says: str
) -> None:
    question = CALL_LENGTH.replace("kind: duration", f"kind: {kind}")
    if kind == "number":
        question = question.replace("answer: about an hour", "answer: '1'")
    folder = write_pack(HEAD + question + extra)
    problem, message = only_problem(folder)
    assert problem.field == field
    assert f"{folder / 'pack.yaml'}:14:" in message
    assert says in message and message.endswith("[call-length]")


def test_a_list_answer_needs_kind_list(write_pack: WritePack) -> None:
    folder = write_pack(
        HEAD + CALL_LENGTH.replace("answer: about an hour", "answer: [an hour, 60 minutes]")
    )
    _, message = only_problem(folder)
    assert ":11:13: error: a list answer needs `kind: list`, not `duration`" in message


def test_a_claim_answer_must_be_true_or_false(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + CALL_LENGTH.replace("kind: duration", "kind: claim"))
    _, message = only_problem(folder)
    assert ":11:13: error: a claim's answer must be true or false, found `about an hour`" in (
        message
    )


def test_a_bad_published_date(write_pack: WritePack) -> None:
    folder = write_pack(HEAD.replace("2022-05-13", "13 May 2022") + CALL_LENGTH)
    problem, message = only_problem(folder)
    assert problem.field == "published"
    assert ":7:14: error: `published` must be an ISO date like 2022-05-13" in message


def test_every_problem_is_reported_at_once_in_file_order(write_pack: WritePack) -> None:
    folder = write_pack(
        HEAD.replace("newsquiz/1", "newsquiz/9")
        + CALL_LENGTH.replace("kind: duration", "kind: dutarion")
        + CALL_LENGTH
    )
    lines = [p.line for p in load_problems(folder)]
    assert lines == [1, 12, 14]


def test_a_missing_pack_file(tmp_path: Path) -> None:
    problem, message = only_problem(tmp_path)
    assert problem.file == tmp_path / "pack.yaml"
    assert message == f"{tmp_path / 'pack.yaml'}: error: pack file not found"


# -- the CLI prints problems, never a traceback -----------------------------------

BROKEN = {
    "bad-utf8": (HEAD + CALL_LENGTH).encode().replace(b"How", b"\xffHow"),
    "duplicate": HEAD + CALL_LENGTH + CALL_LENGTH,
    "unknown-kind": HEAD + CALL_LENGTH.replace("duration", "durtion"),
    "empty": HEAD + "  []\n",
    "malformed": HEAD + "  - id: [oops\n",
    "a-list": "- 1\n- 2\n",
    "missing-article": HEAD.replace("article.txt", "nope.txt") + CALL_LENGTH,
    "bad-cite": HEAD + CALL_LENGTH.replace("an hour", "a day"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_check_prints_problems_and_exits_1(
    write_pack: WritePack, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    content = BROKEN[case]
    folder = write_pack(content if isinstance(content, str) else "")
    if isinstance(content, bytes):
        (folder / "pack.yaml").write_bytes(content)
    expected = load_problems(folder)

    status = main(["check", str(folder)])

    out, err = capsys.readouterr()
    assert status == 1
    printed = out + err
    assert "Traceback" not in printed
    for problem in expected:
        assert problem.format() in printed


def test_check_passes_a_good_pack(
    write_pack: WritePack, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pack(HEAD + CALL_LENGTH)
    assert main(["check", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert "error:" not in out + err


# -- the documented example is a real, working pack ------------------------------

DOCS = Path(__file__).resolve().parents[1] / "docs" / "format.md"


def _fenced(language: str, after: str) -> str:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index(f"```{language}\n", text.index(after)) + len(language) + 4
    return text[start : text.index("```", start)]


def test_the_example_in_docs_format_loads_and_grades(write_pack: WritePack) -> None:
    from newsquiz.grading import grade

    after = "## A complete small example"
    folder = write_pack(_fenced("yaml", after), article=_fenced("text", after))
    pack = load_pack(folder)
    assert len(pack.questions) == 6
    assert {q.kind for q in pack.questions} == {
        Kind.DURATION,
        Kind.NUMBER,
        Kind.DATE,
        Kind.LIST,
        Kind.CHOICE,
        Kind.CLAIM,
    }
    for question in pack.questions:
        for right in (question.answer, *question.accept):
            assert grade(question, answer_text(right)).correct, (question.id, right)
        for wrong in question.reject:
            assert not grade(question, answer_text(wrong)).correct, (question.id, wrong)


# -- no input, however broken, escapes as anything but a PackError ----------------

_GOOD = (HEAD + CALL_LENGTH).replace("kind: duration", "accept: [60 minutes]\n    kind: duration")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, len(_GOOD)),
            st.integers(0, 6),
            st.text(
                alphabet=st.sampled_from(list(":-[]{}&*!|>'\"#%@` \n\t\\,?~a1\u2019\x00")),
                max_size=4,
            ),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_mangled_pack_loads_or_raises_pack_error(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[int, int, str]]
) -> None:
    text = _GOOD
    for at, cut, insert in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + cut :]
    folder = tmp_path_factory.mktemp("mangled")
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    (folder / "article.txt").write_text(
        "Austin and Shoigu spoke.\nThe call lasted about an hour.\n", encoding="utf-8"
    )
    try:
        load_pack(folder)
    except PackError as err:
        for problem in err.problems:
            assert problem.format().startswith(str(folder))
            assert problem.line >= 0 and problem.column >= 0


def test_the_article_licence_and_credit_are_kept(write_pack: WritePack) -> None:
    head = HEAD.replace(
        "  published: 2022-05-13\n",
        "  published: 2022-05-13\n  license: CC BY 2.5\n"
        "  credit: '\"A story\", Wikinews, 2011-04-13 — by Wikinews contributors, CC BY 2.5'\n",
    )
    pack = load_pack(write_pack(head + CALL_LENGTH))
    assert pack.article.license == "CC BY 2.5"
    assert (
        pack.article.credit
        == '"A story", Wikinews, 2011-04-13 — by Wikinews contributors, CC BY 2.5'
    )


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ("    question: Who said: no?\n", "must be quoted"),
        ('    question: "Who said no?\n', "never closed"),
        ("\tquestion: Who said no?\n", "not tabs"),
    ],
)
def test_common_yaml_mistakes_get_a_hint(write_pack: WritePack, line: str, hint: str) -> None:
    folder = write_pack(HEAD + "  - id: q\n" + line + "    answer: x\n    cite: x\n")
    message = "\n".join(p.format() for p in load_problems(folder))
    assert "invalid YAML" in message and hint in message


def test_a_pack_saved_with_windows_line_endings_loads_as_written(tmp_path: Path) -> None:
    """An author on Windows saves CR LF: the pack loads, with the same questions, citations
    and positions as the same pack saved with LF; a lone CR is still refused."""
    from tests.conftest import SEED_PACK

    unix = load_pack(SEED_PACK)
    folder = tmp_path / "windows"
    folder.mkdir()
    for source in SEED_PACK.iterdir():
        if source.is_file():
            (folder / source.name).write_bytes(source.read_bytes().replace(b"\n", b"\r\n"))
    windows = load_pack(folder)
    assert [q.answer for q in windows.questions] == [q.answer for q in unix.questions]
    assert [[(c.line, c.start, c.end) for c in q.citations] for q in windows.questions] == [
        [(c.line, c.start, c.end) for c in q.citations] for q in unix.questions
    ]
    assert windows.article.paragraphs == unix.article.paragraphs
    assert [q.position for q in windows.questions] != []
    assert [(q.position.line, q.position.column) for q in windows.questions if q.position] == [
        (q.position.line, q.position.column) for q in unix.questions if q.position
    ]

    article = folder / unix.article.file.name
    article.write_bytes(article.read_bytes().replace(b"\r\n", b"\n", 1).replace(b"\n", b"\r", 1))
    problems = load_problems(folder)
    assert any("U+000D" in p.message for p in problems)


def test_a_list_answer_or_accepted_form_that_names_no_item_is_one_clear_error(
    write_pack: WritePack,
) -> None:
    folder = write_pack(
        HEAD
        + """\
  - id: who
    question: Who spoke?
    kind: list
    answer: Austin, Shoigu
    accept: [",", "Shoigu and Austin"]
    cite: The call lasted about an hour
"""
    )
    problem, text = only_problem(folder)
    assert problem.line == 13
    assert "`accept` entry `,` names no item of the list" in text


def test_an_empty_accepted_entry_is_called_empty(write_pack: WritePack) -> None:
    folder = write_pack(
        HEAD
        + """\
  - id: who
    question: Who spoke?
    answer: Austin
    accept: ["", "Lloyd Austin"]
    cite: The call lasted about an hour
"""
    )
    problem, text = only_problem(folder)
    assert problem.line == 12
    assert "`accept` must be text or a list of text, found empty text" in text
