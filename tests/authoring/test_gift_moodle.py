"""GIFT as Moodle itself writes it: a lone answer without `=`, numerical questions with a
catch-all wrong answer, partial credit and multiple answers are imported and graded as
Moodle would; matching and essay questions are refused, each with its line; no input ever
ends in a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.authoring.conftest import DATA, RunCli

from newsquiz.authoring.files import InputError
from newsquiz.authoring.gift import GiftError, parse_gift
from newsquiz.authoring.gift_import import import_gift
from newsquiz.grading import Outcome, grade
from newsquiz.pack import Kind, Question, load_pack
from newsquiz.pack.model import PartialAnswer

GIFT = DATA / "gift"
ARTICLE = (
    "Ministers meet in Geneva\n"
    "Reuters first reported that 40 delegates met in Geneva, Switzerland, in March.\n"
    "Ministers from Norway and Chile attended; the date was set in February.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _imported(name: str, article: Path, cli: RunCli) -> Question:
    folder = article.parent / "packs"
    ran = cli("import", GIFT / name, "--article", article, "--dir", folder, "--id", "p")
    assert ran.status == 0, ran.err
    # Every imported pack passes `newsquiz check` (the quotes are found in the article).
    checked = cli("check", folder / "p")
    assert checked.status == 0, checked.out
    (question,) = load_pack(folder / "p").questions
    return question


def _grades(question: Question, *typed: str) -> list[tuple[Outcome, float]]:
    return [(v.outcome, v.score) for v in (grade(question, t) for t in typed)]


C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


def test_a_single_short_answer_needs_no_equals_sign(article: Path, cli: RunCli) -> None:
    question = _imported("one_answer.gift", article, cli)
    assert question.expected == "Reuters"
    assert _grades(question, "Reuters", "AP") == [(C, 1.0), (X, 0.0)]


def test_the_import_says_how_many_questions_it_made_in_plain_english(
    article: Path, cli: RunCli
) -> None:
    folder = article.parent / "packs"
    ran = cli("import", GIFT / "one_answer.gift", "--article", article, "--dir", folder)
    assert ran.status == 0, ran.err
    assert ran.out.startswith("imported 1 question into "), ran.out


def test_moodles_numerical_export_with_a_catch_all_wrong_answer(article: Path, cli: RunCli) -> None:
    # `=40:2` is 40 give or take 2; `~#...` is feedback for any other number, not an answer.
    question = _imported("numerical_catch_all.gift", article, cli)
    assert (question.kind, question.expected, question.tolerance) == (Kind.NUMBER, "40", 2)
    assert question.reject == ()
    assert _grades(question, "40", "42", "38", "43") == [(C, 1.0)] * 3 + [(X, 0.0)]


def test_a_short_answer_with_partial_credit(article: Path, cli: RunCli) -> None:
    question = _imported("partial_short_answer.gift", article, cli)
    assert question.expected == "Geneva"
    assert question.partial == (PartialAnswer("Switzerland", 0.5),)
    assert question.reject == ()  # `=%0%*` is Moodle's "anything else", not an answer
    assert _grades(question, "Geneva", "Switzerland", "Bern") == [(C, 1.0), (P, 0.5), (X, 0.0)]
    text = (article.parent / "packs" / "p" / "pack.yaml").read_text(encoding="utf-8")
    assert "accept: [{answer: Switzerland, score: 0.5}]" in text


def test_a_multiple_answer_choice_is_a_list_over_the_right_options(
    article: Path, cli: RunCli
) -> None:
    question = _imported("multiple_answers.gift", article, cli)
    assert question.kind == Kind.LIST
    assert question.answer == ("Norway", "Chile")
    # The player is shown the options, as Moodle shows its check boxes.
    for option in ("Norway", "Chile", "Peru", "Japan"):
        assert option in question.question
    assert _grades(question, "Chile and Norway", "Norway")[0] == (C, 1.0)
    assert _grades(question, "Norway")[0][0] is P
    assert _grades(question, "Norway, Peru")[0][0] is X
    assert _grades(question, "Japan")[0][0] is X


def test_a_choice_with_a_partly_right_option(article: Path, cli: RunCli) -> None:
    question = _imported("partial_choice.gift", article, cli)
    assert question.kind == Kind.CHOICE
    assert question.choices == ("March", "February", "April")
    assert _grades(question, "a", "b", "c", "February") == [
        (C, 1.0),
        (P, 0.25),
        (X, 0.0),
        (P, 0.25),
    ]


def test_matching_and_essay_are_refused_each_with_its_line(article: Path, cli: RunCli) -> None:
    gift = GIFT / "matching_and_essay.gift"
    ran = cli("import", gift, "--article", article, "--dir", article.parent, "--id", "p")
    assert ran.status == 0, ran.err
    assert f"{gift}:2: not imported: a matching question" in ran.err
    assert f"{gift}:7: not imported: an essay question" in ran.err
    assert [q.id for q in load_pack(article.parent / "p").questions] == ["outlet"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # each line that holds no playable question, with why
        (
            "::E::Discuss the talks. {}\n\nMatch them. {=a -> b =c -> d}\n",
            ["(line 1: an essay question", "line 3: a matching question"],
        ),
        # no question at all
        ("// exported\n$CATEGORY: $course$/top/Default\n", ["(it holds only comments and"]),
    ],
)
def test_a_file_of_nothing_playable_is_refused_saying_why(
    text: str, said: list[str], tmp_path: Path, article: Path, cli: RunCli
) -> None:
    gift = tmp_path / "bank.gift"
    gift.write_text(text, "utf-8")
    ran = cli("import", gift, "--article", article, "--dir", tmp_path)
    assert ran.status == 1
    assert ran.err.startswith(f"newsquiz import: {gift}: no question newsquiz can play ")
    assert all(part in ran.err for part in said) and "Traceback" not in ran.err


def test_comments_after_text_are_comments_as_gift_editors_write_them(tmp_path: Path) -> None:
    text = (
        "// a whole-line comment\n"
        "::Delegates:: // after the title\n"
        "How many delegates met? // after the stem\n"
        "{ // before the answers\n"
        "    // a line of its own\n"
        "    =40 // after the answer\n"
        "    =forty\n"
        "}\n"
        "\n"
        "Reuters says so. // the claim\n"
        "{\n"
        "    F // after the verdict\n"
        "}\n"
    )
    first, second = parse_gift(tmp_path / "x.gift", text).questions
    assert (first.title, first.question, first.answer, first.accept) == (
        "Delegates",
        "How many delegates met?",
        "40",
        ["forty"],
    )
    assert (second.kind, second.question, second.answer) == ("claim", "Reuters says so.", "false")


def test_two_slashes_inside_a_word_are_the_texts_own(tmp_path: Path) -> None:
    (question,) = parse_gift(tmp_path / "x.gift", "Where? {=http://example.org/a}\n").questions
    assert question.answer == "http://example.org/a"


def test_a_tilde_makes_a_multiple_choice_even_with_arrows(tmp_path: Path) -> None:
    # As Moodle reads it: `->` makes a matching question only without `~`.
    parsed = parse_gift(tmp_path / "x.gift", "Which step?{~boil -> pour =grind -> brew}\n")
    (question,) = parsed.questions
    assert (question.kind, question.answer) == ("choice", "grind -> brew")


_GIFT_TEXT = st.text(
    alphabet=st.sampled_from(list("ab1.%-~=#{}:\\>\n /T$[]*")), min_size=0, max_size=60
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_GIFT_TEXT)
def test_any_text_gives_a_pack_or_one_clear_error(tmp_path: Path, text: str) -> None:
    gift = tmp_path / "any.gift"
    gift.write_text(text, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    try:
        made = import_gift(gift, article, tmp_path / "out", "any", force=True)
    except GiftError as err:
        assert str(err).startswith(f"{gift}:{err.line}:{err.column}: error: ")
        return
    except InputError as err:
        assert str(err)
        return
    pack_text = (made.folder / "pack.yaml").read_text(encoding="utf-8")
    assert "\nformat: newsquiz/1\n" in pack_text
    # The pack loads; at most its quotes are left for the author to write.
    from newsquiz.pack import PackError

    try:
        load_pack(made.folder)
    except PackError as err:
        assert all("quote not found" in p.message for p in err.problems), err
