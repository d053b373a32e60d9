"""Drafting ranks its candidates and avoids the failures judged in bench/drafting/:
stray punctuation, durations asked as numbers, missing lists, quotations and posts,
blanks that hide a needed fact, duplicates, and flawed questions ranked first."""

from __future__ import annotations

from newsquiz.authoring.draft import Candidate, draft_candidates


def _draft(*paragraphs: str) -> list[Candidate]:
    return draft_candidates(["A headline about the town", *paragraphs])


def _answers(candidates: list[Candidate]) -> set[str]:
    return {c.answer_text for c in candidates}


def test_no_stray_punctuation_in_an_answer() -> None:
    drafted = _draft("The council counted 41, 52 and 63 ballots in the three wards.")
    answers = _answers(drafted)
    assert "41" in answers or "41 ballots" in answers or not any("41" in a for a in answers)
    assert not any(a.endswith((",", ".", ";", ":")) for a in answers), answers


def test_a_duration_is_asked_as_a_duration() -> None:
    drafted = _draft("The mayor served for almost 12 years before she retired in 2019.")
    durations = [c for c in drafted if c.kind == "duration"]
    assert [c.answer for c in durations] == ["12 years"]
    assert "almost ____" in durations[0].question
    assert not any(c.kind == "number" and c.answer == "12" for c in drafted)


def test_a_list_of_people_the_article_names() -> None:
    drafted = _draft(
        "The goals came from Maria Lindqvist, Paolo Renzi and Tomas Berger in the first half."
    )
    lists = [c for c in drafted if c.kind == "list"]
    assert lists and lists[0].answer == ("Maria Lindqvist", "Paolo Renzi", "Tomas Berger")


def test_who_said_a_quotation_resolves_the_surname() -> None:
    drafted = _draft(
        "Harbour director Anna Kowalczyk opened the new pier on Monday.",
        '"We have built a pier for the next fifty years," said Kowalczyk to the crowd.',
    )
    quote = next(c for c in drafted if c.question.startswith("Who said"))
    assert "We have built a pier for the next fifty years" in quote.question
    assert quote.answer == "Anna Kowalczyk" and quote.accept == ["Kowalczyk"]


def test_a_person_with_any_post_of_the_table() -> None:
    drafted = _draft("The match referee Joel Okafor sent off two players on Sunday.")
    post = next(c for c in drafted if c.kind == "person")
    assert post.answer == "Joel Okafor" and "match referee" in post.question


def test_the_blank_keeps_the_subject_that_says_which_fact() -> None:
    drafted = _draft(
        "The second tremor struck at dawn, 18 kilometers south of the harbour, "
        "and the third followed an hour later."
    )
    distance = next(c for c in drafted if c.answer_text == "18")
    assert "The second tremor struck at dawn, ____ kilometers" in distance.question


def test_a_pronoun_is_named_from_the_sentence_before() -> None:
    drafted = _draft("Oskar Lindahl founded the company in 1998. He paid 64 workers a bonus.")
    bonus = next(c for c in drafted if c.answer_text == "64")
    assert "[Oskar Lindahl] paid ____ workers" in bonus.question


def test_half_a_clock_time_or_a_score_is_never_asked() -> None:
    drafted = _draft(
        "The polls closed at 22:30 on Sunday.", "The home side won 3 – 1 after extra time."
    )
    assert not _answers(drafted) & {"22", "30", "3", "1"}


def test_no_two_candidates_ask_the_same_fact() -> None:
    drafted = _draft(
        "The bridge opened on March 3, 2021 after four years of work.",
        "Engineers said the bridge opened on March 3, 2021, on schedule.",
    )
    facts = [c.fact for c in drafted]
    assert len(facts) == len(set(facts))
    # stated twice, and restated by a true/false claim: still one question on the date
    assert sum(1 for c in drafted if c.fact[0] == "date") == 1


def test_a_clean_date_ranks_above_a_pronoun_or_a_cut_quotation() -> None:
    drafted = _draft(
        'It had a magnitude of 4.1 and, as one resident put it, "it shook for 12 seconds and',
        "The museum reopened on June 28, 2011 after repairs.",
    )
    assert drafted[0].kind == "date" and drafted[0].answer == "June 28, 2011"
    pronoun = [c for c in drafted if c.answer_text == "4.1"]
    assert not pronoun or drafted.index(pronoun[0]) > 0


def test_a_number_in_a_name_is_not_asked() -> None:
    drafted = _draft("The crew flew aboard Vostok 1 and landed 108 minutes later.")
    assert "1" not in _answers(drafted)


def test_candidates_are_sorted_best_first() -> None:
    drafted = _draft(
        "The festival drew 12,000 visitors, organisers said.",
        "It ended on August 2, 2019.",
        "The town spent $2 million on the festival in 2019.",
    )
    scores = [c.score for c in drafted]
    assert scores == sorted(scores, reverse=True) or len(set(scores)) > 1
    assert drafted[0].kind in ("money", "date", "number")
