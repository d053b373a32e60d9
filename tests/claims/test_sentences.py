"""Claim sentences: template, cited sentence, question turned into a statement."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims.model import ClaimPath
from newsquiz.claims.sentences import (
    Frame,
    _statement,
    cited_frame,
    frame_for,
    question_frame,
    split_sentences,
)
from newsquiz.claims.values import find_people
from newsquiz.facts.written import worded_like
from newsquiz.pack import Pack, load_pack
from newsquiz.pack.model import Citation, Kind, Question


def test_sentences_split_at_full_stops_but_not_after_abbreviations() -> None:
    text = "Gen. Mark Milley spoke on Feb. 11. The line was tested. It works."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Gen. Mark Milley spoke on Feb. 11.",
        "The line was tested.",
        "It works.",
    ]


def test_people_are_found_without_their_titles() -> None:
    text = "US Secretary of Defense Lloyd Austin spoke with Defense Secretary Sergei Shoigu and Gen. Mark Milley."
    assert [p.name for p in find_people(text)] == ["Lloyd Austin", "Sergei Shoigu", "Mark Milley"]


def test_questions_become_statements() -> None:
    cases = {
        "How long did the call between Austin and Shoigu last?": "The call between Austin and Shoigu lasted VALUE.",
        "When did the two last speak?": "The two last spoke on VALUE.",
        "Who asked for the call?": "VALUE asked for the call.",
        "What did the United States and Russia establish on March 1?": "The United States and Russia established VALUE on March 1.",
        "Who is the Pentagon press secretary?": "The Pentagon press secretary is VALUE.",
        "Which two countries are moving closer to NATO?": "VALUE are moving closer to NATO.",
        "Following the call, who should also contact his counterpart?": "Following the call, VALUE should also contact his counterpart.",
        "Some strikes took place near the border with which country, where US troops operate?": "Some strikes took place near the border with VALUE, where US troops operate.",
        "Where did the Russian strikes take place?": "The Russian strikes took place in VALUE.",
        "What was Ona Varga of Upper Kessel worried about?": "Ona Varga of Upper Kessel was worried about VALUE.",
        "Who was the ferry captain married to?": "The ferry captain was married to VALUE.",
        "What is the bakery known for?": "The bakery is known for VALUE.",
        "What was the treasurer responsible for?": "The treasurer was responsible for VALUE.",
    }
    for question, statement in cases.items():
        frame = _statement(question.rstrip("?").split())
        assert frame is not None, question
        sentence = (frame[0] + "VALUE" + frame[1]).strip() + "."
        assert sentence[:1].upper() + sentence[1:] == statement


def test_the_cited_sentence_frames_the_answer_where_the_article_states_it(seed_pack: Pack) -> None:
    question = seed_pack.question("days-since-last-call")
    found = cited_frame(question)
    assert found is not None
    frame, citation, _ = found
    sentence, span = frame.fill("48")
    assert "the first call between the two in 48 days" in sentence
    assert sentence[span[0] : span[1]] == "48"
    assert frame.original == "84" and citation.line == 2


def test_a_template_wins_over_the_cited_sentence(write_pack: WritePack) -> None:
    folder = write_pack(
        "format: newsquiz/1\nid: t\ntitle: T\narticle: {file: article.txt, published: 2022-05-13}\n"
        "questions:\n"
        "  - id: length\n    question: How long was the call?\n    answer: about an hour\n"
        "    kind: duration\n    cite: The call lasted about an hour\n"
        '    claim: "The two men talked for {answer}."\n'
    )
    question = load_pack(folder).question("length")
    frame, citation, _ = frame_for(question)
    assert frame.path is ClaimPath.TEMPLATE
    assert frame.fill("two hours")[0] == "The two men talked for two hours."
    assert citation is not None and citation.line == 2


def test_numbers_in_words_keep_their_wording() -> None:
    assert worded_like("third", "4") == "fourth"
    assert worded_like("twice", "3") == "three times"
    assert worded_like("twice", "1") == "once"
    assert worded_like("84", "48") == "48"
    assert worded_like("third", "40") is None


def test_a_sentence_keeps_its_closing_quote_and_a_cut_leaves_a_statement() -> None:
    text = (
        'Dr. Ann Roe, 44, who led the sites, said protection was "strongest in June." '
        "In Nanoro, children were vaccinated."
    )
    first, second = (text[a:b] for a, b in split_sentences(text))
    assert first.endswith('June."') and second == "In Nanoro, children were vaccinated."
    question = Question(
        id="lead", question="Who led the sites?", answer="Ann Roe", kind=Kind.PERSON,
        citations=(Citation("Dr. Ann Roe", 1, text, 0, len("Dr. Ann Roe")),),
    )  # fmt: skip
    found = cited_frame(question)
    assert found is not None
    frame = found[0]
    claim = frame.before + "Ann Roe" + frame.after
    assert "said protection was" in claim and claim.endswith('June."')  # never "Dr. Ann Roe, 44."


def test_a_value_that_ends_a_sentence_keeps_one_full_stop() -> None:
    frame = Frame("The peak was recorded at ", ".", ClaimPath.TEMPLATE)
    assert frame.fill("6 a.m.")[0] == "The peak was recorded at 6 a.m."
    assert frame.fill("dawn")[0] == "The peak was recorded at dawn."


def test_a_plural_name_takes_the_apostrophe_alone() -> None:
    frame = Frame("Anna Berg, the ", "'s group leader, objected.", ClaimPath.CITED)
    assert frame.fill("Social Democrats")[0] == (
        "Anna Berg, the Social Democrats' group leader, objected."
    )
    assert frame.fill("Left Party")[0] == "Anna Berg, the Left Party's group leader, objected."


def test_a_template_s_qualifier_is_not_said_twice() -> None:
    from newsquiz.claims.generate import _undoubled

    template = Frame("The project cost about ", ".", ClaimPath.TEMPLATE)
    assert _undoubled(template, "about €42 million") == "€42 million"
    assert _undoubled(template, "€42 million") == "€42 million"
    hours = Frame("The strike lasted ", " hours.", ClaimPath.TEMPLATE)
    assert _undoubled(hours, "48 hours") == "48"
    cited = Frame("Prices rose by just over ", " this year.", ClaimPath.CITED)
    assert _undoubled(cited, "just over 20.7 million") == "20.7 million"


def test_a_template_that_repeats_its_answer_s_qualifier_still_makes_claims(
    write_pack: WritePack,
) -> None:
    article = "Camp built\nThe camp is about 1,100 km inland and cost about €42 million.\n"
    yaml = (
        "format: newsquiz/1\nid: camp\ntitle: Camp\n"
        "article: {file: article.txt, published: 2025-01-23}\nquestions:\n"
        "  - id: inland\n    question: How far inland is the camp?\n"
        "    answer: about 1,100 km\n    kind: number\n    cite: about 1,100 km inland\n"
        "    claim: The camp is about {answer} inland.\n"
    )
    from newsquiz.claims import ClaimBank

    (inland,) = ClaimBank(load_pack(write_pack(yaml, article))).by_question
    assert inland.true_claim is not None
    assert inland.true_claim.sentence == "The camp is about 1,100 km inland."
    assert inland.false_claims
    assert all("about about" not in c.sentence for c in inland.claims)


def test_a_cut_never_leaves_the_value_s_own_clause_without_its_verb() -> None:
    # The value stands in a `while` clause; cut at its `, who`, the claim would end on the
    # name ("…, while Lena Dorn.") and say nothing of her (held-out 18a #3).
    text = (
        'The mayor said the plan would "bring the river back", while Lena Dorn, who chairs '
        "the residents' group, called on the council to delay the vote."
    )
    start = text.index("Lena Dorn")
    question = Question(
        id="delay", question="Who called on the council to delay the vote?", answer="Lena Dorn",
        kind=Kind.PERSON, citations=(Citation("Lena Dorn", 1, text, start, start + 9),),
    )  # fmt: skip
    found = cited_frame(question)
    assert found is not None
    frame = found[0]
    claim = frame.before + "Lena Dorn" + frame.after
    assert "called on the council to delay the vote" in claim


def test_a_value_ending_on_an_abbreviation_takes_its_stop_with_it(write_pack: WritePack) -> None:
    folder = write_pack(
        "format: newsquiz/1\nid: t\ntitle: T\narticle: {file: article.txt, published: 2019-10-16}\n"
        "questions:\n"
        "  - id: late\n    question: Whose bid came late?\n    answer: Harbour Boats Ltd.\n"
        "    kind: choice\n    choices: [Harbour Boats Ltd., Cape Marine]\n"
        "    cite: Three firms bid, among them Harbour Boats Ltd. of Digby.\n"
        "  - id: last\n    question: Whose bid came last?\n    answer: Bay Craft Inc.\n"
        "    kind: choice\n    choices: [Bay Craft Inc., Cape Marine]\n"
        "    cite: The last bid came from Bay Craft Inc.\n",
        article="Bids\nThree firms bid, among them Harbour Boats Ltd. of Digby.\n"
        "The last bid came from Bay Craft Inc.\n",
    )
    pack = load_pack(folder)
    middle, _, _ = frame_for(pack.question("late"))
    assert middle.fill("Cape Marine")[0] == "Three firms bid, among them Cape Marine of Digby."
    assert middle.fill("Harbour Boats Ltd.")[0].endswith("Harbour Boats Ltd. of Digby.")
    end, _, _ = frame_for(pack.question("last"))
    assert end.fill("Cape Marine")[0] == "The last bid came from Cape Marine."
    assert end.fill("Bay Craft Inc.")[0] == "The last bid came from Bay Craft Inc."


def _why_question(asked: str, answer: str) -> Question:
    return Question(id="why", question=asked, answer=answer, kind=Kind.TEXT, citations=())


def test_a_why_question_is_stated_as_the_question_then_its_answer() -> None:
    """A cause is a clause: `The answer to “Why…?” is It was…` read as no sentence, and
    turning the question needs its verb, which a question's words do not say (`the
    north gate close`). The claim asks the question and gives the answer after it, as a
    sentence of its own, capitalised whatever the author's case."""
    question = _why_question(
        "Why did the north gate close early, according to the warden?",
        "a storm was forecast for the evening",
    )
    frame = question_frame(question)
    assert frame.path is ClaimPath.QUESTION
    sentence, (start, end) = frame.fill("a storm was forecast for the evening")
    assert sentence == (
        "Why did the north gate close early, according to the warden? "
        "A storm was forecast for the evening."
    )
    assert sentence[start:end] == "A storm was forecast for the evening"
    assert frame.fill("It was dragged open by the wind")[0].endswith(
        "warden? It was dragged open by the wind."
    )


def test_a_claim_is_asked_about_in_its_own_words_less_a_capital_its_sentence_gave_it() -> None:
    """`Why…? To meet the new rules.` opens the answer's sentence with a capital; the prompt
    for a correction and the feedback quote it as the author wrote it (`instead of to meet
    the new rules?`), and any other wording as the claim words it."""
    from newsquiz.claims.model import Claim, Family, Source

    question = _why_question(
        "Why did the ferry company lengthen the pier?", "to meet the new rules"
    )
    frame = question_frame(question)
    sentence, span = frame.fill("to meet the new rules")
    source = Source(1, "The pier was lengthened to meet the new rules.", 23, 45)
    claim = Claim(
        question, sentence, True, "to meet the new rules", span, frame.path, Family.ANSWER, source
    )
    assert claim.stated == "To meet the new rules"
    assert claim.quoted == "to meet the new rules"
    reworded = Claim(question, "It took three weeks.", False, "3 weeks", (8, 19), frame.path,
                     Family.ARTICLE, source)  # fmt: skip
    assert reworded.quoted == "three weeks"


def test_the_asked_object_of_an_infinitive_follows_that_infinitive() -> None:
    """`What did both sides sign an agreement to accept before the vote?` asks for what they
    agreed to accept, not what they signed: the claim states it after `to accept`, not
    wedged between `signed` and its object. A verb that takes the value itself keeps it."""

    def frame_of(text: str) -> str:
        question = Question(id="q", question=text, answer="x", kind=Kind.TEXT, citations=())
        frame = question_frame(question)
        return frame.fill("a recount")[0]

    assert (
        frame_of("What did both sides sign an agreement to accept before the vote?")
        == "Both sides signed an agreement to accept a recount before the vote."
    )
    assert (
        frame_of("What did the council vote to order on Monday?")
        == "The council voted to order a recount on Monday."
    )
    assert (
        frame_of("What did the board propose to use on the route?")
        == "The board proposed to use a recount on the route."
    )
    assert frame_of("What did the losing side demand?") == "The losing side demanded a recount."
    assert (
        frame_of("What did the clerk use to settle the tie?")
        == "The clerk used a recount to settle the tie."
    )
