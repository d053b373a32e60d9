"""A question stands alone: a pronoun or back-reference (`it`, `its`, `Both men`, `Most of
the money`) whose referent is outside the question, or a quotation with no speaker, is
resolved where the sentence before says what it is, and otherwise ranked below every
question that stands alone (or left out)."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.conftest import RunCli

from newsquiz.authoring.draft import Candidate, draft_candidates

_CLEAN = [
    "The Kestrel Bay desalination plant opened on April 3, 2021 at a cost of $18 million.",
    "Mayor Helga Brandvik cut the ribbon in front of 2,000 residents.",
    "The regional court fined the builder $250,000 on October 14, 2023.",
]


def _draft(*flawed: str) -> list[Candidate]:
    return draft_candidates(["Desalination plant fined", *_CLEAN, *flawed])


def _clean(candidate: Candidate) -> bool:
    return candidate.line <= 1 + len(_CLEAN)


def _ranked_below_the_clean(drafted: list[Candidate], answer: str) -> None:
    flawed = [i for i, c in enumerate(drafted) if c.answer_text == answer]
    clean = [i for i, c in enumerate(drafted) if _clean(c) and c.kind != "claim"]
    assert clean, drafted
    for at in flawed:
        assert at > max(clean), [c.question for c in drafted]


def test_an_it_inside_the_sentence_with_nothing_before_it_ranks_low() -> None:
    drafted = _draft(
        "Weeks after it opened, a fault in its pumps left the town without water for 9 days."
    )
    _ranked_below_the_clean(drafted, "9 days")


def test_both_men_and_most_of_the_money_rank_low() -> None:
    drafted = _draft(
        "Both men were charged in June 2022.",
        "Most of the money, about $90,000, went to a firm in Oslo.",
        "The other fine, $12,000, was paid in 2019.",
    )
    _ranked_below_the_clean(drafted, "June 2022")
    _ranked_below_the_clean(drafted, "$90,000")
    _ranked_below_the_clean(drafted, "$12,000")


def test_a_quotation_without_its_speaker_ranks_low() -> None:
    drafted = _draft('"What we see now is the result of the drought of the past 30 years."')
    _ranked_below_the_clean(drafted, "30 years")


def test_a_pronoun_inside_a_sentence_with_its_name_before_it_is_fine() -> None:
    drafted = _draft("Engineer Tove Lund said her team tested the pumps for 14 days in May.")
    pumps = [c for c in drafted if c.answer_text == "14 days"]
    assert pumps and pumps[0].score >= 2.0, [(c.question, c.score) for c in drafted]


def test_an_it_whose_sentence_before_names_the_thing_is_written_out() -> None:
    drafted = _draft(
        "The new pumping station was built in 2019. It cost $4 million and serves 900 homes."
    )
    cost = next(c for c in drafted if c.answer_text == "$4 million")
    assert "[The new pumping station] cost ____" in cost.question


def test_a_he_said_is_cited_with_the_sentence_that_names_the_speaker() -> None:
    drafted = _draft(
        'Skipper Arne Vik said the crew would rest for a week. "We sailed through the worst '
        'storm any of us has seen," he said.'
    )
    quote = next(c for c in drafted if c.question.startswith("Who said"))
    assert quote.answer == "Arne Vik"
    assert isinstance(quote.cite, str) and quote.cite.startswith("Skipper Arne Vik said")
    assert quote.cite.endswith("he said.")


def test_a_he_said_named_in_the_paragraph_before_cites_both(tmp_path: Path, cli: RunCli) -> None:
    article = [
        "Lakeby skipper rests his crew",
        "Skipper Arne Vik said the crew would rest for a week in the harbour.",
        '"We sailed through the worst storm any of us has seen in thirty years," he said.',
    ]
    quote = next(c for c in draft_candidates(article) if c.question.startswith("Who said"))
    assert quote.answer == "Arne Vik"
    assert quote.cite == (article[1], article[2])
    # the drafted pack checks with no warning about the quotation's cite
    (tmp_path / "article.txt").write_text("\n".join(article) + "\n", encoding="utf-8")
    drafted = cli("draft", tmp_path / "article.txt")
    (tmp_path / "pack.yaml").write_text(drafted.out, encoding="utf-8")
    checked = cli("check", tmp_path)
    assert checked.status == 0 and "does not contain the answer" not in checked.out, checked.out
