"""Making a pack from a GIFT file and an article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsquiz.authoring.article_text import normalise_article
from newsquiz.authoring.draft import sentences, slugify, unique_id
from newsquiz.authoring.files import InputError, read_text, write_text
from newsquiz.authoring.gift import GiftQuestion, Skipped, parse_gift
from newsquiz.authoring.new import SLUG, ArticleInfo, pack_header
from newsquiz.authoring.yamltext import QuestionText, flow_list, scalar
from newsquiz.facts.text import fold_text
from newsquiz.pack.citations import CitationIndex
from newsquiz.pack.model import Kind

# Written into the pack for the author to replace; `newsquiz check` reports it as not found.
NO_CITE = "QUOTE NEEDED: the article sentence that proves this answer"


@dataclass(frozen=True)
class Imported:
    folder: Path
    questions: int
    skipped: tuple[Skipped, ...]
    uncited: tuple[str, ...]  # ids of questions whose citation must be written by hand


def _cite(
    question: GiftQuestion, index: CitationIndex, paragraphs: tuple[str, ...]
) -> str | list[str] | None:
    quotes = question.meta.get("cite")
    if isinstance(quotes, list) and quotes and all(isinstance(q, str) for q in quotes):
        found: list[str] = [str(q) for q in quotes if index.find(str(q)) is not None]
        if len(found) == len(quotes):
            return found[0] if len(found) == 1 else found
    if question.feedback:
        for quote in re.findall(r"“([^“”]+)”", question.feedback):
            if index.find(quote) is not None:
                return str(quote)
    if question.kind == "claim":
        return _closest_sentence(question.question, paragraphs)
    # The first sentence that says the answer (or an accepted one) in so many words.
    keys = [question.answer, *question.accept]
    for sentence in sentences(paragraphs):
        folded = f" {fold_text(sentence.text)} "
        for key in keys:
            items = key if isinstance(key, tuple) else (key,)
            if all(f" {fold_text(i)} " in folded for i in items if fold_text(i)):
                return sentence.text
    return None


def import_gift(
    gift: Path, article: Path, parent: Path, slug: str | None, force: bool = False
) -> Imported:
    parsed = parse_gift(gift, read_text(gift, "GIFT file"))
    normalised = normalise_article(read_text(article, "article"))
    if not normalised.paragraphs:
        raise InputError(f"{article}: the article is empty")
    pack_id = slug or slugify(gift.stem)
    if not SLUG.match(pack_id):
        raise InputError(f"`{pack_id}` is not a pack id: use lowercase letters, digits and hyphens")
    if not parsed.questions:
        reasons = "; ".join(f"line {s.line}: {s.reason}" for s in parsed.skipped)
        raise InputError(
            f"{gift}: no question newsquiz can play"
            + (f" ({reasons})" if reasons else " (it holds only comments and categories)")
        )
    folder = parent / pack_id
    if (folder / "pack.yaml").exists() and not force:
        raise InputError(f"{folder / 'pack.yaml'} already exists; use --force to overwrite it")
    index = CitationIndex(normalised.paragraphs)
    taken: set[str] = set()
    texts: list[list[str]] = []
    uncited: list[str] = []
    for question in parsed.questions:
        text = _question_text(question, index, normalised.paragraphs, taken, uncited)
        texts.append(_with_partial(text, _partial(question)))
    body = "".join("\n".join(lines) + "\n" for lines in texts)
    if parsed.skipped:
        body += "  # Not imported from the GIFT file (newsquiz cannot play these):\n"
        body += "".join(f"  #   line {s.line}: {s.reason}\n" for s in parsed.skipped)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"{folder}: cannot create the folder: {err.strerror or err}") from None
    write_text(folder / "article.txt", normalised.text)
    meta = parsed.pack_meta
    title = _meta_text(meta, "title") or normalised.headline
    published = _meta_text(meta, "published")
    info = ArticleInfo(
        outlet=_meta_text(meta, "outlet"),
        url=_meta_text(meta, "url"),
        published=published if published and _ISO_DATE.fullmatch(published) else None,
        license=_meta_text(meta, "license"),
        credit=_meta_text(meta, "credit"),
    )
    write_text(folder / "pack.yaml", pack_header(pack_id, title, info, "article.txt") + body)
    return Imported(folder, len(texts), tuple(parsed.skipped), tuple(uncited))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


Answers = list[str | tuple[str, ...]]


def _list_items(question: GiftQuestion) -> tuple[str | tuple[str, ...], Answers, Answers]:
    """A list question's items as exported (`Texas A&M`, not `Texas A` and `M`), else the
    answers as GIFT gives them."""
    items = question.meta.get("items")
    plain = (question.answer, list(question.accept), list(question.reject))
    if not isinstance(items, dict):
        return plain
    answer = _items(items.get("answer"))
    if not isinstance(answer, tuple):
        return plain
    accept = [_items(a) for a in items.get("accept") or []]
    reject = [_items(r) for r in items.get("reject") or []]
    if None in accept or None in reject:
        return plain
    return answer, [a for a in accept if a is not None], [r for r in reject if r is not None]


def _items(value: object) -> str | tuple[str, ...] | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(str(v) for v in value)
    return None


Scored = list[tuple[str | tuple[str, ...], float]]


def _partial(question: GiftQuestion) -> Scored:
    """Answers worth part of the marks: exactly as exported (the `// newsquiz:` line), else
    as GIFT's `%n%` gives them."""
    exported = question.meta.get("partial")
    if isinstance(exported, list) and exported:
        scored: Scored = []
        for entry in exported:
            if not (isinstance(entry, list) and len(entry) == 2):
                return question.partial
            answer, score = _items(entry[0]), entry[1]
            if answer is None or not isinstance(score, int | float) or not 0 < score < 1:
                return question.partial
            scored.append((answer, float(score)))
        return scored
    return question.partial


def _with_partial(text: QuestionText, partial: Scored) -> list[str]:
    """The question's YAML lines, with its scored answers added to `accept`."""
    lines = text.lines()
    if not partial:
        return lines
    entries = [f"{{answer: {_yaml_answer(a)}, score: {score:g}}}" for a, score in partial]
    inner = "    "
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{inner}answer: "))
    if at + 1 < len(lines) and lines[at + 1].startswith(f"{inner}accept: ["):
        plain = lines[at + 1][len(f"{inner}accept: [") : -1]
        lines[at + 1] = f"{inner}accept: [{', '.join([plain, *entries])}]"
    else:
        lines.insert(at + 1, f"{inner}accept: [{', '.join(entries)}]")
    return lines


def _yaml_answer(answer: str | tuple[str, ...]) -> str:
    return flow_list(answer) if isinstance(answer, tuple) else scalar(answer)


def _meta_text(meta: dict[str, object], name: str) -> str | None:
    value = meta.get(name)
    return value.strip() or None if isinstance(value, str) else None


def _question_text(
    question: GiftQuestion,
    index: CitationIndex,
    paragraphs: tuple[str, ...],
    taken: set[str],
    uncited: list[str],
) -> QuestionText:
    meta_id = question.meta.get("id")
    if isinstance(meta_id, str) and SLUG.match(meta_id):
        base = meta_id
    elif question.title and SLUG.match(question.title):
        base = question.title
    else:
        base = slugify(question.title or question.question)
    qid = unique_id(base, taken)
    kind = question.meta.get("kind")
    kind_text = kind if isinstance(kind, str) and kind in {k.value for k in Kind} else question.kind
    if kind_text is None and _read_as_a_claim(question.answer):
        kind_text = "text"  # a short answer `T` is text, not a true-or-false answer
    explain = question.meta.get("explain")
    cite = _cite(question, index, paragraphs)
    if cite is None:
        uncited.append(qid)
    answer, accept, reject = _list_items(question)
    choice_reject = question.meta.get("reject")
    if question.kind == "choice" and isinstance(choice_reject, list):
        reject = [r for r in choice_reject if isinstance(r, str) and r in question.choices]
    return QuestionText(
        id=qid,
        question=question.question,
        answer=answer,
        kind=kind_text,
        accept=accept,
        reject=reject,
        choices=question.choices,
        tolerance=question.tolerance,
        explain=explain if isinstance(explain, str) else None,
        claim=_meta_text(question.meta, "claim"),
        cite=tuple(cite) if isinstance(cite, list) else (cite or NO_CITE),
    )


def _read_as_a_claim(answer: str | tuple[str, ...]) -> bool:
    """An answer newsquiz would infer as a claim without being `true`, `false`, `yes` or `no`."""
    from newsquiz.facts.infer import infer_kind
    from newsquiz.pack.loader import TRUTH

    return (
        isinstance(answer, str)
        and infer_kind(answer) == "claim"
        and answer.strip().lower() not in TRUTH
    )


def _closest_sentence(statement: str, paragraphs: tuple[str, ...]) -> str | None:
    """The article sentence a true/false statement is most likely about."""
    from rapidfuzz import fuzz

    best: tuple[float, str] | None = None
    for sentence in sentences(paragraphs):
        score = float(fuzz.token_set_ratio(fold_text(statement), fold_text(sentence.text)))
        if best is None or score > best[0]:
            best = (score, sentence.text)
    return best[1] if best and best[0] >= 60 else None
