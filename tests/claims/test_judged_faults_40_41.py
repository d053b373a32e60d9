"""Faults the blind judges found in groups 107 to 110's claims, fixed in general: a person
swapped into a sentence that says they are no relation of someone (40a #20), a template's
own determiner before a value that brings one (`a new the North Stand`, 40b #6), and a
question whose subject comes after its auxiliary turned into `VALUE has the bridge had`
(41b #20). On small articles written here."""

from __future__ import annotations

from tests.conftest import WritePack
from tests.grading.helpers import make_question

from newsquiz.claims import ClaimBank
from newsquiz.claims.sentences import question_frame
from newsquiz.pack import load_pack

TOWN = """\
Freight train derails near Ardmore
Superintendent Helen Voss of the fire service led the response on Saturday.
Kevin Voss, a sheep farmer whose land borders the line and who is no relation of the superintendent, moved 900 sheep.
Dr Alan Pryce, the district's director of public health, said the air was safe by Monday.
Mayor Ruth Okon said the town's new East Stand would open in June.
Councillor Ian Dale asked for a review of the timetable.
"""


def bank(write_pack: WritePack, questions: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: town\ntitle: Town\n"
        "article: {file: article.txt, published: 2025-03-10}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, TOWN)), max_false=40)


def test_no_one_is_swapped_into_a_sentence_that_ties_the_name_to_a_namesake(
    write_pack: WritePack,
) -> None:
    (farmer,) = bank(
        write_pack,
        "  - id: farmer\n    question: Which sheep farmer moved 900 sheep?\n"
        "    answer: Kevin Voss\n    kind: person\n"
        "    cite: Kevin Voss, a sheep farmer whose land borders the line and who is no relation of the superintendent\n",
    ).by_question
    assert not [c for c in farmer.false_claims if "no relation" in c.sentence]


def test_a_templates_own_determiner_takes_a_value_without_one(write_pack: WritePack) -> None:
    (stand,) = bank(
        write_pack,
        "  - id: stand\n    question: Which stand will open in June?\n"
        "    answer: the East Stand\n    choices: [the East Stand, the West Stand]\n"
        "    kind: choice\n    cite: the town's new East Stand would open in June\n"
        "    claim: The town will open a new {answer} in June.\n",
    ).by_question
    sentences = [c.sentence for c in stand.claims]
    assert "The town will open a new East Stand in June." in sentences
    assert not [s for s in sentences if "a new the" in s]


def test_a_question_inverted_round_its_subject_is_no_statement_frame() -> None:
    inverted = make_question(
        "number", "42.5 tonnes", question="What load limit has the Ardmore Bridge had since 2011?"
    )
    frame = question_frame(inverted)
    assert frame.fill("60 tonnes")[0].startswith("The answer to")
    plain = make_question("number", "3", question="Which party has the most seats?")
    assert question_frame(plain).fill("Labour")[0] == "Labour has the most seats."


def test_no_choice_is_swapped_into_a_sentence_that_ties_the_name_to_a_namesake(
    write_pack: WritePack,
) -> None:
    # 58b #12: the namesake the sentence sets apart, offered as a choice, is no other
    # farmer: the sentence would call her no relation of herself.
    (farmer,) = bank(
        write_pack,
        "  - id: which-voss\n    question: Which Voss moved 900 sheep?\n"
        "    answer: Kevin Voss\n    choices: [Helen Voss, Kevin Voss]\n    kind: choice\n"
        "    cite: Kevin Voss, a sheep farmer whose land borders the line and who is no relation of the superintendent\n",
    ).by_question
    assert not [c for c in farmer.false_claims if "no relation" in c.sentence]


def test_a_value_that_brings_its_own_preposition_never_follows_the_frames(
    write_pack: WritePack,
) -> None:
    # 59a #13: "The city wants the ship displayed in on the quay …".
    (where,) = bank(
        write_pack,
        "  - id: where\n    question: Where will the town's new East Stand be built?\n"
        "    answer: the old car park\n"
        "    choices: [the old car park, on the riverside meadow, the school field]\n"
        "    kind: choice\n    cite: the town's new East Stand would open in June\n"
        "    claim: The town will build its new East Stand in {answer}.\n",
    ).by_question
    sentences = [c.sentence for c in where.false_claims]
    assert "The town will build its new East Stand in the school field." in sentences
    assert not [s for s in sentences if " in on " in s]


def test_a_role_set_off_before_who_engaged_it_is_read(write_pack: WritePack) -> None:
    # 59a #2: a hydrologist the objectors engaged, offered as the applicant's chief executive.
    article = (
        "Data centre approved in Dunmore\n"
        "Keld Compute was founded in 2021 by its chief executive, Dr Imogen Vale.\n"
        "Dr Rosa Lind, a Dunmore hydrologist engaged by the residents' group, said the figures "
        "assumed an average summer.\n"
        "Councillor Tom Reid said the plant would bring 40 jobs.\n"
    )
    yaml = (
        "format: newsquiz/1\nid: dc\ntitle: DC\n"
        "article: {file: article.txt, published: 2025-03-10}\nquestions:\n"
        "  - id: ceo\n    question: Who is Keld Compute's chief executive?\n"
        "    answer: Imogen Vale\n    kind: person\n    cite: its chief executive, Dr Imogen Vale\n"
        '    claim: "Keld Compute\'s chief executive is {answer}."\n'
    )
    (ceo,) = ClaimBank(load_pack(write_pack(yaml, article)), max_false=40).by_question
    assert not [c for c in ceo.false_claims if "Rosa Lind" in c.sentence]


def test_a_request_keeps_its_own_stop_in_the_answer_frame() -> None:
    # `Name the four items … confiscated.?` read badly (judged sample 97a, #17).
    request = make_question(
        "list", ("a villa", "a yacht"), question="Name the two items the court confiscated."
    )
    sentence = question_frame(request).fill("a villa and a barge")[0]
    assert sentence == (
        "The answer to “Name the two items the court confiscated.” is a villa and a barge."
    )
