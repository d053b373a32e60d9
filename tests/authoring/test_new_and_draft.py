from __future__ import annotations

import shutil
from pathlib import Path

from tests.authoring.conftest import SEED_RAW_ARTICLE, RunCli
from tests.conftest import SEED_PACK

from newsquiz.authoring.draft import draft_candidates
from newsquiz.pack import load_pack


def seed_paragraphs() -> tuple[str, ...]:
    return load_pack(SEED_PACK).article.paragraphs


def test_new_makes_a_pack_that_checks_and_reports_dropped_boilerplate(
    tmp_path: Path, cli: RunCli
) -> None:
    ran = cli("new", "austin", "--article", SEED_RAW_ARTICLE, "--dir", tmp_path,
              "--outlet", "CNN", "--date", "2022-05-13")  # fmt: skip
    assert ran.status == 0
    assert "Leave a Comment" in ran.err and "bloggers like this" in ran.err
    pack = load_pack(tmp_path / "austin")
    assert pack.title.startswith("US Secretary of Defense Lloyd Austin speaks")
    assert pack.article.outlet == "CNN" and str(pack.article.published) == "2022-05-13"
    assert "Leave a Comment" not in (tmp_path / "austin" / "article.txt").read_text()
    checked = cli("check", tmp_path / "austin")
    assert checked.status == 0, checked.out
    assert "0 errors, 0 warnings" in checked.out


def test_new_never_overwrites_without_force(tmp_path: Path, cli: RunCli) -> None:
    assert cli("new", "p", "--article", SEED_RAW_ARTICLE, "--dir", tmp_path).status == 0
    pack_file = tmp_path / "p" / "pack.yaml"
    pack_file.write_text(pack_file.read_text() + "# my edits\n")
    again = cli("new", "p", "--article", SEED_RAW_ARTICLE, "--dir", tmp_path)
    assert again.status == 1 and "--force" in again.err
    assert "# my edits" in pack_file.read_text()
    forced = cli("new", "p", "--article", SEED_RAW_ARTICLE, "--dir", tmp_path, "--force")
    assert forced.status == 0 and "# my edits" not in pack_file.read_text()


def test_new_headline_option_and_placeholder_question(tmp_path: Path, cli: RunCli) -> None:
    article = tmp_path / "plain.txt"
    article.write_text("Nothing much happened\n\nThe weather was mild and people walked.\n")
    ran = cli("new", "calm", "--article", article, "--dir", tmp_path, "--headline", "A calm day")
    assert ran.status == 0
    pack = load_pack(tmp_path / "calm")
    assert pack.title == "A calm day"
    assert cli("check", tmp_path / "calm").status == 0


def test_new_rejects_bad_slug_and_bad_date(tmp_path: Path, cli: RunCli) -> None:
    bad_slug = cli("new", "My Pack", "--article", SEED_RAW_ARTICLE, "--dir", tmp_path)
    assert bad_slug.status == 1 and "not a pack id" in bad_slug.err
    bad_date = cli("new", "p", "--article", SEED_RAW_ARTICLE, "--dir", tmp_path, "--date", "May 13")
    assert bad_date.status == 1 and "ISO date" in bad_date.err
    assert not (tmp_path / "p").exists()


def test_draft_finds_the_facts_a_teacher_asks_about() -> None:
    candidates = draft_candidates(seed_paragraphs())
    found = {(c.kind, c.answer if isinstance(c.answer, str) else tuple(c.answer))
             for c in candidates}  # fmt: skip
    for fact in [
        ("duration", "an hour"),  # `about` stays in the question: the answer is the fact
        ("date", "February 18"),
        ("date", "March 24"),
        ("date", "March 1"),
        ("money", "$40 billion"),
        ("person", "John Kirby"),
        ("person", "Klaus Korhonen"),
        ("person", "Oleksiy Reznikov"),
        ("person", "Vladimir Chizhov"),
        ("list", ("Finland", "Sweden")),
    ]:
        assert fact in found, fact
    kirby = next(c for c in candidates if c.answer == "John Kirby" and "Who is" in c.question)
    assert "Pentagon press secretary" in kirby.question
    korhonen = next(
        c for c in candidates if c.answer == "Klaus Korhonen" and "Who is" in c.question
    )
    assert "Finland’s Ambassador to NATO" in korhonen.question
    quote = next(
        c for c in candidates if c.id.startswith("quote-") and "To win it now" in c.question
    )
    assert quote.answer == "Oleksiy Reznikov" and quote.accept == ["Reznikov"]
    # A true/false claim restating a gap question's fact is the same fact: one survives.
    facts = [c.fact for c in candidates]
    assert len(facts) == len(set(facts))
    # Each candidate cites the sentences it came from, verbatim.
    article = " ".join(seed_paragraphs())
    quotes = [q for c in candidates for q in ((c.cite,) if isinstance(c.cite, str) else c.cite)]
    assert quotes and all(quote in article for quote in quotes)


def test_draft_is_deterministic() -> None:
    first = [(c.id, c.question, c.answer) for c in draft_candidates(seed_paragraphs())]
    second = [(c.id, c.question, c.answer) for c in draft_candidates(seed_paragraphs())]
    assert first == second


def test_drafted_pack_passes_check_as_it_is(tmp_path: Path, cli: RunCli) -> None:
    shutil.copy(SEED_PACK / "article.txt", tmp_path / "article.txt")
    ran = cli("draft", tmp_path / "article.txt")
    assert ran.status == 0
    (tmp_path / "pack.yaml").write_text(ran.out, encoding="utf-8")
    checked = cli("check", tmp_path)
    assert checked.status == 0, checked.out
    assert "0 errors" in checked.out
    # The only warnings are honest fact-check ones: the article names no other Ukrainian
    # or Finn, so nobody else can believably be Ukraine's defence minister or Finland's
    # ambassador to NATO (claims never put a person beside a title the article contradicts);
    # and a weekday or a region (`near Scandinavia`) has no value a fact-check round could
    # change.
    warnings = [line for line in checked.out.splitlines() if ": warning: " in line]
    same_side = "the article names nobody else of the same side"
    nothing_to_change = "the answer has no date, number, amount"
    assert all(same_side in w or (nothing_to_change in w and "[text-" in w) for w in warnings), (
        warnings
    )
    assert len(warnings) <= 4
    assert len(load_pack(tmp_path).questions) == len(draft_candidates(seed_paragraphs()))


def test_draft_into_appends_keeping_the_authors_text(tmp_path: Path, cli: RunCli) -> None:
    folder = tmp_path / "pack"
    shutil.copytree(SEED_PACK, folder)
    original = (folder / "pack.yaml").read_text(encoding="utf-8")
    before = len(load_pack(folder).questions)
    ran = cli("draft", folder, "--into", folder)
    assert ran.status == 0 and "added" in ran.err
    updated = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert updated.startswith(original.rstrip("\n"))  # every line and comment kept
    pack = load_pack(folder)
    assert len(pack.questions) > before
    # Facts the seed already asks are not asked again.
    answers = [q.expected for q in pack.questions]
    assert answers.count("84") == 1 and answers.count("about an hour") == 1
    assert cli("check", folder).status == 0
    again = cli("draft", folder, "--into", folder)
    assert again.status == 0 and "nothing to add" in again.err
    assert (folder / "pack.yaml").read_text(encoding="utf-8") == updated


def test_draft_into_when_questions_is_not_the_last_key(tmp_path: Path, cli: RunCli) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    shutil.copy(SEED_PACK / "article.txt", folder / "article.txt")
    (folder / "pack.yaml").write_text(
        "format: newsquiz/1\nid: p\nquestions:\n"
        "  - id: days\n    question: How many days?\n    answer: 84\n"
        "    cite: the first call between the two in 84 days\n"
        "# the title comes last in this file\ntitle: Last\narticle: article.txt\n",
        encoding="utf-8",
    )
    ran = cli("draft", folder, "--into", folder)
    assert ran.status == 0, ran.err
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert text.rstrip().endswith(
        "# the title comes last in this file\ntitle: Last\narticle: article.txt"
    )
    assert load_pack(folder).title == "Last"


def test_new_takes_the_packs_folder_as_a_path(tmp_path: Path, cli: RunCli) -> None:
    ran = cli("new", tmp_path / "packs" / "calm", "--article", SEED_RAW_ARTICLE)
    assert ran.status == 0, ran.err
    assert (tmp_path / "packs" / "calm" / "pack.yaml").is_file()
    assert "id: calm" in (tmp_path / "packs" / "calm" / "pack.yaml").read_text(encoding="utf-8")
    refused = cli("new", tmp_path / "Not A Slug", "--article", SEED_RAW_ARTICLE)
    assert refused.status == 1 and "is not a pack id" in refused.err


def test_new_given_only_the_article_names_the_pack_to_make(tmp_path: Path, cli: RunCli) -> None:
    article = tmp_path / "Harbour Story.txt"
    shutil.copy(SEED_RAW_ARTICLE, article)
    ran = cli("new", article)
    assert ran.status == 2
    assert "name the pack too" in ran.err
    assert "newsquiz new harbour-story " in ran.err
    assert "Traceback" not in ran.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Harbour Story.txt"]  # nothing made
    missing = cli("new", "my-pack")
    assert missing.status == 2 and "newsquiz new my-pack ARTICLE" in missing.err


def test_new_takes_the_article_after_the_packs_name(tmp_path: Path, cli: RunCli) -> None:
    """`newsquiz new my-pack story.txt`, as an author first types it; `--article` still
    works, and the two together are refused with nothing made."""
    ran = cli("new", tmp_path / "calm", SEED_RAW_ARTICLE)
    assert ran.status == 0, ran.err
    assert (tmp_path / "calm" / "article.txt").is_file()
    both = cli("new", tmp_path / "twice", SEED_RAW_ARTICLE, "--article", SEED_RAW_ARTICLE)
    assert both.status == 2 and "two articles given" in both.err
    assert not (tmp_path / "twice").exists()
