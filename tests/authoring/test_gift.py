from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.authoring.conftest import RunCli
from tests.conftest import SEED_PACK, WritePack

from newsquiz.authoring.gift import GiftError, export_gift, parse_gift
from newsquiz.pack import Pack, load_pack
from newsquiz.pack.model import answer_text


def _facts(pack: Pack) -> list[tuple[object, ...]]:
    return [
        (
            q.id,
            q.question,
            q.kind,
            answer_text(q.answer),
            tuple(answer_text(a) for a in q.accept),
            tuple(answer_text(r) for r in q.reject),
            q.choices,
            tuple(c.quote for c in q.citations),
        )
        for q in pack.questions
    ]


def test_seed_pack_round_trips_through_gift(tmp_path: Path, cli: RunCli) -> None:
    gift = tmp_path / "seed.gift"
    assert cli("export", "austin-shoigu-call", "--gift", "-o", gift).status == 0
    ran = cli("import", gift, "--article", SEED_PACK / "article.txt", "--dir", tmp_path)
    assert ran.status == 0, ran.err
    original = load_pack(SEED_PACK)
    back = load_pack(tmp_path / "seed")
    assert _facts(back) == _facts(original)
    assert cli("check", tmp_path / "seed").status == 0


def test_export_writes_moodle_question_types(seed_pack: Pack, write_pack: WritePack) -> None:
    text = export_gift(seed_pack)
    assert "::call-length::How long did the call between Austin and Shoigu last?{" in text
    assert "\t=about an hour\n" in text and "\t=%0%two hours\n" in text
    assert "{TRUE" in text or "{FALSE" in text
    assert "####Line 2\\: “The call lasted about an hour”" in text
    numeric = load_pack(
        write_pack(
            "format: newsquiz/1\nid: n\ntitle: N\narticle: article.txt\nquestions:\n"
            "  - id: n\n    question: How many armies?\n    answer: 2\n    tolerance: 0.5\n"
            "    kind: number\n    cite: the two armies\n"
        )
    )
    assert "::n::How many armies?{#\n\t=2:0.5\n" in export_gift(numeric)


def test_moodle_gift_without_newsquiz_comments_imports(tmp_path: Path, cli: RunCli) -> None:
    gift = tmp_path / "bank.gift"
    gift.write_text(
        "// a question bank from Moodle\n$CATEGORY: $course$/News\n\n"
        "::Length::How long did the call last?{=about an hour =one hour =%0%two hours}\n\n"
        "::Days::How many days since the last call?{#84:2}\n\n"
        "Austin asked for the call.{T}\n\n"
        "Who asked for the call?{=Austin ~Shoigu ~Kirby}\n\n"
        "Write an essay about the call.{}\n\n"
        "Match the people.{=Austin -> US =Shoigu -> Russia}\n",
        encoding="utf-8",
    )
    article = tmp_path / "story.txt"
    article.write_text(
        "Austin and Shoigu spoke\n\nThe call lasted about an hour and was at the request of "
        "Austin, the first call in 84 days.\n",
        encoding="utf-8",
    )
    ran = cli("import", gift, "--article", article, "--dir", tmp_path)
    assert ran.status == 0, ran.err
    assert f"{gift}:12: not imported: an essay question" in ran.err
    assert f"{gift}:14: not imported: a matching question" in ran.err
    pack = load_pack(tmp_path / "bank")
    kinds = {q.id: q.kind for q in pack.questions}
    assert kinds == {"length": "duration", "days": "number", "austin-asked-for-the-call": "claim",
                     "who-asked-for-the-call": "choice"}  # fmt: skip
    days = pack.question("days")
    assert days.expected == "84" and days.tolerance == 2
    assert pack.question("length").reject == ("two hours",)
    # Questions without a quote cite the first sentence holding their answer.
    assert pack.question("length").citations[0].line == 2
    assert pack.question("austin-asked-for-the-call").citations[0].line == 2
    assert "Not imported" in (tmp_path / "bank" / "pack.yaml").read_text()


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("Q1{=a}\n\nQ2 is open{=b\n=c\n", 3, 11, "not closed by `}`"),
        ("Q1{=a}\n\nQ2} is odd{=b}\n", 3, 3, "without an opening `{`"),
        ("::t1::Q1{=a}\n\n::t2 Q2{=b}\n", 3, 1, "not closed by `::`"),
        ("Q1{=a}\n\nQ2{answer without marker ~b}\n", 3, 4, "expected `=` or `~`"),
        ("Q1{=a}\n\nQ2{one\ntwo}\n", 3, 4, "expected `=` or `~`"),
        ("Q1{#eighty}\n", 1, 3, "not a number"),
        ("Q1{=a}{=b}\n", 1, 7, "only one `{...}`"),
    ],
)
def test_gift_syntax_errors_say_where(
    tmp_path: Path, text: str, line: int, column: int, words: str
) -> None:
    path = tmp_path / "bad.gift"
    with pytest.raises(GiftError) as caught:
        parse_gift(path, text)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert words in caught.value.message
    assert str(caught.value).startswith(f"{path}:{line}:{column}: error: ")


def test_gift_syntax_error_from_the_cli(tmp_path: Path, cli: RunCli) -> None:
    gift = tmp_path / "bad.gift"
    gift.write_text("Q1{=a}\n\nQ2 is open{=b\n", encoding="utf-8")
    ran = cli("import", gift, "--article", SEED_PACK / "article.txt", "--dir", tmp_path)
    assert ran.status == 1
    assert (
        ran.err.strip()
        == f"{gift}:3:11: error: the answers opened with `{{` are not closed by `}}`"
    )
    assert not (tmp_path / "bad").exists()


_TEXT = st.text(alphabet=st.sampled_from(list("ab ~=#{}:\\“”’%-")), min_size=1, max_size=20).filter(
    lambda t: t.strip() and not t.strip().startswith("%") and t == t.strip()
)


@settings(max_examples=60, deadline=None)
@given(question=_TEXT, answer=_TEXT, accept=st.lists(_TEXT, max_size=3))
def test_special_characters_survive_export_and_import(
    question: str, answer: str, accept: list[str]
) -> None:
    from newsquiz.authoring.gift import escape

    body = "".join(f"\n\t={escape(a)}" for a in [answer, *accept])
    text = f"::q::{escape(question)}{{{body}\n}}\n"
    parsed = parse_gift(Path("x.gift"), text)
    assert len(parsed.questions) == 1
    got = parsed.questions[0]
    assert (got.question, got.answer, got.accept) == (question, answer, accept)


def test_a_question_the_article_does_not_answer_is_marked_for_the_author(
    tmp_path: Path, cli: RunCli
) -> None:
    gift = tmp_path / "bank.gift"
    gift.write_text(
        "::Length::How long did the call last?{=about an hour}\n\n"
        "::Venue::Where did the two meet?{=in Geneva}\n",
        encoding="utf-8",
    )
    article = tmp_path / "story.txt"
    article.write_text("The call lasted about an hour.\n", encoding="utf-8")
    ran = cli("import", gift, "--article", article, "--dir", tmp_path)
    assert ran.status == 0, ran.err
    assert "1 need a citation written by hand (marked QUOTE NEEDED): venue" in ran.out + ran.err
    text = (tmp_path / "bank" / "pack.yaml").read_text(encoding="utf-8")
    assert "QUOTE NEEDED" in text
    checked = cli("check", tmp_path / "bank")
    assert checked.status == 1
    assert "quote not found in the article" in checked.out and "[venue]" in checked.out
