"""Posts, answers and quotations written as an author would: a post abbreviated before a
name is written out (`State Sen.` is a State Senator), a post two people hold is not one
answer, an answer carries no full stop (`Botswana.`), and a quoted fragment is asked with
the words that make it a statement (`Who said her client was “…”?`), or not at all."""

from __future__ import annotations

from newsquiz.authoring.draft import Candidate, draft_candidates


def _draft(*paragraphs: str) -> list[Candidate]:
    return draft_candidates(["Harbour vote in Lakeby", *paragraphs])


def _posts(drafted: list[Candidate]) -> dict[str, str]:
    return {c.question: c.answer_text for c in drafted if c.what == "post"}


def test_an_abbreviated_post_is_written_out() -> None:
    drafted = _draft(
        "State Sen. Ulla Marken said the harbour vote would be held on May 9, 2025.",
        "Gov. Pia Lund signed the harbour bill on June 2, 2025.",
    )
    posts = _posts(drafted)
    assert posts.get("Who is the State Senator, according to the article?") == "Ulla Marken", posts
    assert posts.get("Who is the governor, according to the article?") == "Pia Lund", posts
    assert not any(q.rstrip("?").split(",")[0].endswith((" Sen", " Gov")) for q in posts), posts


def test_a_post_after_a_body_named_with_of_keeps_the_whole_name() -> None:
    drafted = _draft(
        "The appeal will be heard by a panel chaired by retired Harbour Court of Appeal judge "
        "Per-Erik Lund on Tuesday, March 24, 2026.",
    )
    posts = _posts(drafted)
    asked = "Who is the Harbour Court of Appeal judge, according to the article?"
    assert posts.get(asked) == "Per-Erik Lund", posts
    assert not any(q.startswith("Who is the Appeal judge") for q in posts), posts


def test_a_post_two_people_hold_ranks_low() -> None:
    drafted = _draft(
        "Councillor Ebba Holm voted for the new harbour on May 9, 2025.",
        "Councillor Nils Rask voted against it and resigned in June 2025.",
        "The harbour will cost $40 million and open on March 1, 2027.",
    )
    clean = [c for c in drafted if c.answer_text in ("$40 million", "March 1, 2027")]
    vague = [c for c in drafted if c.what == "post" and "Councillor" in c.question]
    assert clean
    assert all(v.score < min(c.score for c in clean) - 1 for v in vague), [
        (c.question, c.score) for c in drafted
    ]


def test_no_full_stop_in_a_list_answer() -> None:
    drafted = _draft(
        "The ferry crews of Lakeby finished first in the regatta, ahead of Norway and Denmark."
    )
    lists = [c for c in drafted if c.kind == "list"]
    assert lists and lists[0].answer == ("Norway", "Denmark"), [c.answer for c in lists]
    assert "Which countries are missing" in lists[0].question


def test_a_quoted_fragment_is_asked_with_what_makes_it_a_statement() -> None:
    drafted = _draft(
        "Harbour master Ivar Sund said the old pier was "
        '"unsafe for any boat larger than a dinghy."',
        'Mayor Elin Borg said the vote should "end twenty years of arguing" about the port.',
    )
    said = {c.question: c.answer_text for c in drafted if c.question.startswith("Who said")}
    assert said.get("Who said the old pier was “unsafe for any boat larger than a dinghy”?") == (
        "Ivar Sund"
    ), said
    assert said.get("Who said the vote should “end twenty years of arguing”?") == "Elin Borg", said
    assert not any(q.startswith("Who said “") and q[10:11].islower() for q in said), said


def test_a_name_written_after_in_is_a_place_not_a_person() -> None:
    drafted = _draft(
        "The water works serve 9,000 residents of West Holby and North Holby.",
        "The plant in West Holby opened in 2019, and the one in North Holby in 2021.",
    )
    assert not [c for c in drafted if c.kind == "list" and c.question.startswith("Who")]


def test_a_length_of_time_written_in_thousands_is_asked_whole() -> None:
    """`about 4,200 hours` is one length of time: the blank never cuts it to `4,____`."""
    drafted = _draft(
        "Harbour master Ines Varga said the pump at Lakeby had run for about 4,200 hours "
        "since it was overhauled on March 3, 2024.",
        "The council will vote on a new pump on May 9, 2025, Varga said, after 11 years of "
        "service.",
    )
    lengths = {c.answer_text for c in drafted if c.fact[0] == "duration"}
    assert "4,200 hours" in lengths, lengths
    assert "200 hours" not in lengths, lengths
    assert not any("4,____" in c.question for c in drafted)
