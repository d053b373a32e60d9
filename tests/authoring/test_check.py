from __future__ import annotations

import json
from pathlib import Path

from tests.authoring.conftest import RunCli
from tests.conftest import WritePack

HEAD = "format: newsquiz/1\nid: t\ntitle: T\narticle: article.txt\nquestions:\n"


def test_seed_pack_checks_clean_enough(cli: RunCli) -> None:
    ran = cli("check", "austin-shoigu-call")
    assert ran.status == 0
    assert ran.out.splitlines()[-1].startswith("1 pack checked (")


def test_loader_errors_come_out_like_a_compiler_with_did_you_mean(
    write_pack: WritePack, cli: RunCli
) -> None:
    folder = write_pack(
        HEAD + "  - id: q1\n    question: How long?\n    anwser: about an hour\n"
        "    cite: The call lasted about an hour\n"
    )
    ran = cli("check", folder)
    assert ran.status == 1
    lines = ran.out.splitlines()
    assert lines[0].startswith(f"{folder / 'pack.yaml'}:6:5: error: missing required field")
    typo = lines[1]
    assert typo.startswith(f"{folder / 'pack.yaml'}:8:5: error: unknown field `anwser`")
    assert "did you mean `answer`?" in typo and typo.endswith("[q1]")
    assert ran.out.splitlines()[-1].endswith("errors, 0 warnings")


def test_cite_not_found_names_the_closest_line(write_pack: WritePack, cli: RunCli) -> None:
    folder = write_pack(
        HEAD + "  - id: q1\n    question: How long?\n    answer: about an hour\n"
        "    cite: The call took about an hour\n"
    )
    ran = cli("check", folder)
    assert ran.status == 1
    assert "quote not found" in ran.out and "line 2" in ran.out


def test_self_test_through_the_grader(write_pack: WritePack, cli: RunCli) -> None:
    folder = write_pack(
        HEAD
        + "  - id: length\n    question: How long did the call last?\n    answer: about an hour\n"
        "    kind: duration\n    reject: [60 minutes]\n    accept: [March 1]\n"
        "    cite: The call lasted about an hour\n"
        "  - id: when\n    question: When was the line set up?\n    answer: March 1\n"
        "    cite: On March 1\n"
        "  - id: claim\n    question: True or false, Austin asked for the call.\n"
        "    answer: true\n    accept: [yes, false]\n    cite: at the request of Austin\n"
        "  - id: pick\n    question: Who asked?\n    kind: choice\n    answer: Austin\n"
        "    choices: [Austin, Shoigu]\n    accept: [Kirby]\n    cite: at the request of Austin\n"
    )
    ran = cli("check", folder, "--format", "json")
    assert ran.status == 1
    report = json.loads(ran.out)
    by_field = {(p["question"], p["field"], p["severity"]) for p in report["problems"]}
    # The truth accepted as `false` contradicts a true claim; `yes` agrees with it.
    assert ("claim", "accept", "error") in by_field
    assert ("pick", "accept", "error") in by_field
    # `60 minutes` is an hour: the author refuses a right answer.
    assert ("length", "reject", "warning") in by_field
    # `March 1` is the answer to another question.
    assert ("length", "accept", "warning") in by_field
    assert report["errors"] == 2 and report["warnings"] == 2, report
    lines = [p["line"] for p in report["problems"]]
    assert lines == sorted(lines)


def test_answer_not_in_the_cited_text_is_a_warning(write_pack: WritePack, cli: RunCli) -> None:
    folder = write_pack(
        HEAD + "  - id: who\n    question: Who asked for the call?\n    answer: Lloyd Austin\n"
        "    accept: [Secretary Austin]\n    cite: On March 1\n"
    )
    ran = cli("check", folder)
    assert ran.status == 0
    assert ":8:13: warning: the cited text (line 3) does not contain the answer" in ran.out
    assert "0 errors" in ran.out
    assert ran.out.count("does not contain the answer") == 1


def test_each_side_of_a_vote_is_in_the_cited_text(write_pack: WritePack, cli: RunCli) -> None:
    article = "Council votes\nThe council voted 9\u20137 to close the branch on Tuesday.\n"
    folder = write_pack(
        HEAD + "  - id: for\n    question: How many councillors voted for the closure?\n"
        "    answer: 9\n    kind: number\n    cite: voted 9\u20137 to close\n"
        "  - id: against\n    question: How many voted against it?\n"
        "    answer: 7\n    kind: number\n    cite: voted 9\u20137 to close\n",
        article=article,
    )
    ran = cli("check", folder)
    assert ran.status == 0
    assert "does not contain the answer" not in ran.out


def test_kind_taken_from_the_answer_against_the_wording_warns(
    write_pack: WritePack, cli: RunCli
) -> None:
    folder = write_pack(
        HEAD + "  - id: what\n    question: What did the two armies set up?\n"
        "    answer: March 1\n    cite: On March 1, the two armies\n"
        "  - id: when\n    question: On what date did the armies set up a line?\n"
        "    answer: March 1\n    cite: On March 1, the two armies\n"
    )
    ran = cli("check", folder)
    assert ran.status == 0
    warnings = [line for line in ran.out.splitlines() if ": warning: " in line]
    assert len(warnings) == 1 and warnings[0].endswith("[what]")
    assert "`kind: date`" in warnings[0] and "`kind: text`" in warnings[0]


def test_duplicate_choices_are_an_error(write_pack: WritePack, cli: RunCli) -> None:
    folder = write_pack(
        HEAD + "  - id: c\n    question: Who asked?\n    kind: choice\n    answer: Austin\n"
        "    choices: [Austin, Shoigu, shoigu]\n    cite: at the request of Austin\n"
    )
    ran = cli("check", folder)
    assert ran.status == 1
    assert "choice `shoigu` is the same as `Shoigu`" in ran.out


def test_an_accepted_form_of_a_choice_says_whether_the_grader_needs_it(
    write_pack: WritePack, cli: RunCli
) -> None:
    folder = write_pack(
        HEAD + "  - id: c\n    question: Who asked?\n    kind: choice\n    answer: Austin\n"
        "    choices: [Austin, Shoigu]\n    accept: [a, Putin]\n"
        "    cite: at the request of Austin\n"
    )
    ran = cli("check", folder)
    assert ran.status == 1
    letter, other = (line for line in ran.out.splitlines() if "accepted answer" in line)
    # The letter is graded right already; another name is no choice at all.
    assert "accepted answer `a` is not one of the choices; the grader takes it already" in letter
    assert letter.endswith("need no `accept`): remove it [c]")
    assert "accepted answer `Putin` is not one of the choices; a choice question is answered" in (
        other
    )
    assert "list it under `choices` or remove it" in other


def test_usage_errors_exit_2(cli: RunCli, tmp_path: Path) -> None:
    ran = cli("check", tmp_path / "no-such-pack")
    assert ran.status == 2 and "no pack at" in ran.err and ran.out == ""
    assert cli("check").status == 2
    assert cli("check", "austin-shoigu-call", "--format", "xml").status == 2


def test_a_misspelt_pack_name_gets_the_pack_meant_and_no_escape_reaches_the_terminal(
    cli: RunCli,
) -> None:
    ran = cli("check", "austin-shoigu-cal")
    assert ran.status == 2 and "did you mean `austin-shoigu-call`?" in ran.err
    hostile = cli("check", "\x1b[2Jgone")
    assert hostile.status == 2 and "no pack at" in hostile.err and "\x1b" not in hostile.err


def test_several_packs_one_summary(write_pack: WritePack, cli: RunCli) -> None:
    good = write_pack(
        HEAD + "  - id: q\n    question: How long?\n    answer: about an hour\n"
        "    kind: duration\n    cite: The call lasted about an hour\n",
        name="good",
    )
    bad = write_pack(HEAD + "  - id: Bad Id\n    question: Q\n    answer: A\n    cite: On March 1\n",
                     name="bad")  # fmt: skip
    ran = cli("check", good, bad)
    assert ran.status == 1
    assert ran.out.splitlines()[-1] == "2 packs checked (1 question): 1 error, 0 warnings"


def test_a_question_no_false_claim_can_be_made_for_is_a_note_listed_when_asked(
    write_pack: WritePack, cli: RunCli
) -> None:
    folder = write_pack(
        HEAD + "  - id: what\n    question: What did the two armies set up?\n"
        "    answer: a deconfliction line\n    kind: text\n"
        "    cite: the two armies set up a deconfliction line\n"
    )
    ran = cli("check", folder)
    assert ran.status == 0
    assert ": note: " not in ran.out and ": warning: " not in ran.out
    assert ran.out.splitlines()[-1].endswith("0 errors, 0 warnings; 1 note (--notes lists them)"), (
        ran.out
    )
    listed = cli("check", folder, "--notes")
    notes = [line for line in listed.out.splitlines() if ": note: " in line]
    assert len(notes) == 1 and notes[0].endswith("[what]")
    assert "no plausible false claim can be made" in notes[0]
    assert listed.out.splitlines()[-1].endswith("0 errors, 0 warnings; 1 note")
    report = json.loads(cli("check", folder, "--format", "json").out)
    assert report["notes"] == 1 and report["warnings"] == 0
    assert [p["severity"] for p in report["problems"]] == ["note"]


def test_an_answer_worked_out_and_explained_is_a_note_not_a_warning(
    write_pack: WritePack, cli: RunCli
) -> None:
    question = (
        "  - id: when\n    question: On what date was the deconfliction line set up?\n"
        "    answer: March 8\n    kind: date\n"
        "    cite: the two armies set up a deconfliction line\n"
    )
    unexplained = cli("check", write_pack(HEAD + question))
    assert ": warning: the cited text (line" in unexplained.out
    explained = cli(
        "check",
        write_pack(HEAD + question + "    explain: The line came a week before the call.\n"),
        "--notes",
    )
    assert ": warning: " not in explained.out
    assert "note: the answer `March 8` is worked out from the cited text" in explained.out


def test_a_list_whose_items_share_the_noun_after_them_is_in_its_quote(
    write_pack: WritePack, cli: RunCli
) -> None:
    folder = write_pack(
        HEAD + "  - id: seats\n    question: Which seats will the museum receive?\n"
        "    answer: [pilot seats, commander seats]\n    kind: list\n"
        "    cite: the museum will receive pilot and commander seats\n",
        article="Shuttle parts go on show\nOfficials said the museum will receive pilot and "
        "commander seats from the flight deck.\n",
    )
    ran = cli("check", folder)
    assert ": warning: " not in ran.out, ran.out


def test_an_entry_split_at_its_comma_is_a_warning(write_pack: WritePack, cli: RunCli) -> None:
    folder = write_pack(
        HEAD + "  - id: who\n    question: Who asked for the call?\n    answer: Austin\n"
        "    kind: person\n    accept: [Lloyd Austin, 69]\n"
        "    cite: at the request of Austin\n"
        "  - id: when\n    question: When was the line set up?\n    answer: March 1\n"
        "    accept: [March 1, 2022]\n    cite: On March 1\n"
        "  - id: long\n    question: How long was the call?\n    answer: about an hour\n"
        "    accept: [60 minutes, 1 hour]\n    cite: about an hour\n"
    )
    ran = cli("check", folder)
    warned = [line for line in ran.out.splitlines() if "inside [ ] a comma" in line]
    assert len(warned) == 2, ran.out
    assert "`69` reads as a number, but the answer is a person" in warned[0]
    assert "`2022` reads as a number, but the answer is a date" in warned[1]


def test_a_name_with_its_age_in_one_entry_is_no_entry_split_off(
    write_pack: WritePack, cli: RunCli
) -> None:
    """The form the split warning itself asks for (`"Kerr, 67"`), quoted or one entry a
    line, names the answer: it is a whole entry, and it grades as one."""
    folder = write_pack(
        HEAD + "  - id: who\n    question: Who was the pilot?\n    answer: Bikash Gurung\n"
        "    kind: person\n    reject:\n      - Bikash Gurung, 41\n"
        '    accept:\n      - "Bikash Gurung, 29"\n      - Gurung, 29\n'
        "    cite: The pilot, Bikash Gurung, 29\n",
        article="Pilot dies\nThe pilot, Bikash Gurung, 29, died when his glider struck "
        "another; his passenger, Anne Brunel, 41, was rescued.\n",
    )
    ran = cli("check", folder)
    assert "0 errors, 0 warnings" in ran.out, ran.out


def test_an_ordinal_rank_in_a_post_is_no_figure_split_off(
    write_pack: WritePack, cli: RunCli
) -> None:
    folder = write_pack(
        HEAD + "  - id: who\n    question: Who flew the aircraft with the captain?\n"
        "    answer: Liam Petersen\n    kind: person\n"
        "    accept: [First Officer Petersen, Second Officer Petersen]\n"
        "    cite: First Officer Liam Petersen\n",
        article="Captain Anna Whitcombe and First Officer Liam Petersen flew the aircraft.\n",
    )
    ran = cli("check", folder)
    assert "0 errors" in ran.out and "inside [ ] a comma" not in ran.out, ran.out


def test_a_weekday_split_from_its_date_is_a_warning(write_pack: WritePack, cli: RunCli) -> None:
    folder = write_pack(
        HEAD + "  - id: when\n    question: When was the line set up?\n    answer: March 1\n"
        "    kind: date\n    accept: [Tuesday, March 1]\n"
        '    reject: ["Monday, February 28"]\n    cite: On March 1\n'
    )
    ran = cli("check", folder)
    warned = [line for line in ran.out.splitlines() if "is a weekday alone" in line]
    assert len(warned) == 1, ran.out
    assert "`Tuesday`" in warned[0] and "[when]" in warned[0]


def test_other_weekdays_rejected_for_a_weekday_answer_are_no_split(
    write_pack: WritePack, cli: RunCli
) -> None:
    folder = write_pack(
        HEAD + "  - id: day\n    question: On what day of the week was the line set up?\n"
        "    answer: Tuesday\n    kind: text\n    reject: [Monday, Wednesday]\n"
        "    cite: On March 1\n"
    )
    ran = cli("check", folder)
    assert "is a weekday alone" not in ran.out


def test_an_accepted_answer_that_is_another_questions_answer_is_a_warning(
    write_pack: WritePack, cli: RunCli
) -> None:
    folder = write_pack(
        HEAD + "  - id: first\n    question: Who asked for the call?\n    answer: Austin\n"
        "    kind: person\n    accept: [Shoigu]\n    cite: at the request of Austin\n"
        "  - id: second\n    question: Who spoke to Austin?\n    answer: Shoigu\n"
        "    kind: person\n    accept: [Austin, Shoigu]\n    cite: Austin and Shoigu\n"
        "  - id: third\n    question: Who else spoke to Austin?\n    answer: Shoigu\n"
        "    kind: person\n    cite: Austin and Shoigu\n"
    )
    ran = cli("check", folder)
    warned = [line for line in ran.out.splitlines() if "is the answer to question" in line]
    # The first other question with that answer is named, never the question itself.
    assert len(warned) == 3, ran.out
    assert "`Shoigu` is the answer to question `second`" in warned[0] and "[first]" in warned[0]
    assert "`Austin` is the answer to question `first`" in warned[1] and "[second]" in warned[1]
    assert "`Shoigu` is the answer to question `third`" in warned[2] and "[second]" in warned[2]


def test_a_list_entry_split_at_its_commas_is_a_warning(write_pack: WritePack, cli: RunCli) -> None:
    # `accept: [Corvo, Flores and Graciosa]` is two entries to YAML, and `Corvo` alone took
    # full marks for a list of three in ten benchmark packs before `check` said so.
    article = "Flights\nFlores, Corvo and Graciosa were cut off for three days.\n"
    folder = write_pack(
        HEAD + "  - id: islands\n    question: Which three islands were cut off?\n"
        "    answer: [Flores, Corvo, Graciosa]\n    kind: list\n"
        "    accept: [Corvo, Flores and Graciosa]\n"
        "    cite: Flores, Corvo and Graciosa were cut off\n"
        "  - id: quoted\n    question: Which islands were cut off?\n"
        "    answer: [Flores, Corvo, Graciosa]\n    kind: list\n"
        '    accept: ["Corvo, Flores and Graciosa"]\n'
        "    cite: Flores, Corvo and Graciosa were cut off\n",
        article,
    )
    ran = cli("check", folder)
    warned = [line for line in ran.out.splitlines() if "yet takes full marks" in line]
    assert len(warned) == 2, ran.out
    assert all(line.endswith("[islands]") for line in warned)
    assert "`Corvo` names 1 of the 3 items" in warned[0]
    assert "quote an entry that holds one" in warned[0]


def test_a_date_split_from_its_year_is_a_warning(write_pack: WritePack, cli: RunCli) -> None:
    # An accepted year alone is reported as a number where the answer is a date (above).
    folder = write_pack(
        HEAD + "  - id: when\n    question: When was the line set up?\n    answer: March 1\n"
        "    kind: date\n    reject: [Mar. 1st, 2021, 1 March 2021]\n    cite: On March 1\n"
    )
    ran = cli("check", folder)
    warned = [line for line in ran.out.splitlines() if "look like one date split" in line]
    assert len(warned) == 1, ran.out
    assert "rejected answers `Mar. 1st` and `2021`" in warned[0]
    assert '"Mar. 1st, 2021"' in warned[0]


def test_an_accepted_first_name_alone_is_a_warning(write_pack: WritePack, cli: RunCli) -> None:
    folder = write_pack(
        HEAD + "  - id: who\n    question: Who found the dog?\n    answer: Bruce Hallett\n"
        "    kind: person\n    accept: [Bruce, Mr Hallett]\n    cite: Bruce Hallett\n",
        article="The dog was found by Bruce Hallett, the girl's grandfather.\n",
    )
    ran = cli("check", folder)
    warned = [line for line in ran.out.splitlines() if "first name alone" in line]
    assert len(warned) == 1, ran.out
    assert "`Bruce`" in warned[0] and "[who]" in warned[0]


def test_a_first_name_the_article_uses_alone_or_a_family_name_first_is_no_warning(
    write_pack: WritePack, cli: RunCli
) -> None:
    folder = write_pack(
        HEAD + "  - id: who\n    question: Who led the protest?\n    answer: Pichet Wongsa\n"
        "    kind: person\n    accept: [Pichet]\n    cite: Pichet Wongsa\n"
        "  - id: boss\n    question: Who leads the union?\n    answer: Park Min-jun\n"
        "    kind: person\n    accept: [Park]\n    cite: Park Min-jun\n",
        article="The protest was led by Pichet Wongsa. Pichet said it would go on.\n"
        "The union is led by Park Min-jun.\n",
    )
    ran = cli("check", folder)
    assert "first name alone" not in ran.out, ran.out


def test_an_accepted_surname_another_person_of_the_article_bears_is_a_warning(
    write_pack: WritePack, cli: RunCli
) -> None:
    """`accept: [Mamani]` where the article also names Sabina Mamani: a player naming her
    would score (group 275's labellers marked such surnames wrong in all three articles)."""
    folder = write_pack(
        HEAD + "  - id: who\n    question: Who runs the cooperative?\n    answer: Hilario Mamani\n"
        "    kind: person\n    accept: [Mamani, Mr Mamani]\n    cite: Hilario Mamani\n"
        "  - id: lead\n    question: Who leads the union?\n    answer: Teresa Quispe\n"
        "    kind: person\n    accept: [Quispe]\n    cite: Teresa Quispe\n",
        article="The cooperative is run by Hilario Mamani. Mamani said prices were fair.\n"
        "Sabina Mamani, who is no relation, leads the farmers' federation.\n"
        "The union is led by Teresa Quispe.\n",
    )
    ran = cli("check", folder)
    warned = [line for line in ran.out.splitlines() if "also the surname" in line]
    assert len(warned) == 1, ran.out
    assert "`Mamani`" in warned[0] and "Sabina Mamani" in warned[0] and "[who]" in warned[0]


def _split_places(tmp_path: Path, article: str, questions: str) -> list[str]:
    """The warnings of a place split at its comma, for a pack of these questions (YAML)."""
    from newsquiz.authoring.lint import lint
    from newsquiz.pack import load_pack

    (tmp_path / "article.txt").write_text(article, encoding="utf-8")
    (tmp_path / "pack.yaml").write_text(
        "format: newsquiz/1\nid: places\ntitle: Places\n"
        "article: {file: article.txt, published: 2023-09-14}\nquestions:\n" + questions,
        encoding="utf-8",
    )
    return [
        p.message for p in lint(load_pack(tmp_path)) if "look like one place split" in p.message
    ]


def test_a_place_split_from_its_country_in_a_bracket_list_is_a_warning(
    tmp_path: Path,
) -> None:
    """`accept: [Esbjerg, Denmark]` is two entries, and the country alone then takes full
    marks for a town (group 230's labellers overruled it)."""
    split = _split_places(
        tmp_path,
        "Blades\nThe blades are designed at the company's head office in Esbjerg, Denmark.\n",
        "  - id: head-office\n    question: In which town is the head office?\n"
        "    answer: Esbjerg\n    kind: text\n    accept: [Esbjerg, Denmark]\n"
        "    cite: head office in Esbjerg, Denmark\n"
        "  - id: country\n    question: In which country is the head office?\n"
        "    answer: Denmark\n    kind: text\n    accept: [the Netherlands, Netherlands]\n"
        "    cite: head office in Esbjerg, Denmark\n",
    )
    assert len(split) == 1  # not `the Netherlands` and `Netherlands`: one place
    assert "`Esbjerg` and `Denmark`" in split[0] and '"Esbjerg, Denmark"' in split[0]


def test_a_region_split_from_its_country_in_a_bracket_list_is_a_warning(
    tmp_path: Path,
) -> None:
    """`accept: [Gujarat, India]` and `[Hamburg, Germany]` are two entries too, though the
    region or city-state is a place the world's tables know as a region: the country alone
    then takes full marks for the state the question asks (labellers mark it wrong)."""
    split = _split_places(
        tmp_path,
        "Plant\nThe plant is near Ahmedabad, in the Indian state of Gujarat.\n",
        "  - id: plant-state\n    question: In which Indian state is the plant?\n"
        "    answer: Gujarat\n    kind: text\n    accept: [Gujarat, India]\n"
        "    cite: the Indian state of Gujarat\n"
        "  - id: two-states\n    question: Which state is the plant in?\n"
        "    answer: Gujarat\n    kind: text\n    accept: [Gujarat, Maharashtra]\n"
        "    cite: the Indian state of Gujarat\n",
    )
    assert len(split) == 1  # not two states side by side
    assert "`Gujarat` and `India`" in split[0]


def test_a_town_split_from_a_country_written_with_the_is_a_warning(tmp_path: Path) -> None:
    """`accept: [Zwolle, the Netherlands]`: the country's `the` hides it no longer."""
    split = _split_places(
        tmp_path,
        "Glass\nThe buyer is a recycling company based in Zwolle, the Netherlands.\n",
        "  - id: city\n    question: In which Dutch city is the buyer based?\n"
        "    answer: Zwolle\n    kind: text\n    accept: [Zwolle, the Netherlands]\n"
        "    cite: based in Zwolle, the Netherlands\n",
    )
    assert len(split) == 1 and "`Zwolle` and `the Netherlands`" in split[0]


def test_the_bundled_packs_check_without_a_warning(cli: RunCli) -> None:
    from newsquiz.library import bundled_dir

    packs = sorted(str(p) for p in bundled_dir().iterdir() if (p / "pack.yaml").is_file())
    ran = cli("check", *packs)
    assert ran.status == 0
    assert ": warning: " not in ran.out and ": error: " not in ran.out, ran.out
    assert " 0 errors, 0 warnings; " in ran.out.splitlines()[-1]
