"""`newsquiz new`: a pack folder made from an article, ready for `check`."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsquiz.authoring.article_text import normalise_article
from newsquiz.authoring.draft import draft_candidates
from newsquiz.authoring.files import InputError, read_text, write_text
from newsquiz.authoring.yamltext import QuestionText, scalar
from newsquiz.pack.model import FORMAT

SCHEMA_URL = "https://newsquiz.invalid/schema/newsquiz-1.json"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ARTICLE_FILE = "article.txt"


@dataclass(frozen=True)
class ArticleInfo:
    headline: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    license: str | None = None
    credit: str | None = None


@dataclass(frozen=True)
class NewPack:
    folder: Path
    dropped: tuple[str, ...]  # boilerplate lines removed from the article
    first_question: str  # how the first question was made


def pack_header(pack_id: str, title: str, info: ArticleInfo, article_file: str) -> str:
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_URL}",
        f"format: {FORMAT}",
        f"id: {pack_id}",
        f"title: {scalar(title)}",
        "article:",
        f"  file: {scalar(article_file)}",
    ]
    if info.outlet:
        lines.append(f"  outlet: {scalar(info.outlet)}")
    if info.url:
        lines.append(f"  url: {scalar(info.url)}")
    if info.published:
        lines.append(f"  published: {info.published}")
    if info.license:
        lines.append(f"  license: {scalar(info.license)}")
    if info.credit:
        lines.append(f"  credit: {scalar(info.credit)}")
    lines.append("questions:")
    return "\n".join(lines) + "\n"


def first_question(paragraphs: tuple[str, ...]) -> tuple[QuestionText, str]:
    """The first drafted candidate, or a true/false on the headline when none is found."""
    candidates = draft_candidates(paragraphs)
    if candidates:
        chosen = candidates[0].as_text()
        chosen.comment = (
            "A first question drafted from the article: reword it, then add more with\n"
            "`newsquiz draft PACK --into PACK` (or by hand). Every question needs `cite`."
        )
        return chosen, "drafted"
    headline = paragraphs[0]
    return (
        QuestionText(
            id="headline",
            question=f"True or false: the article's headline is “{headline}”.",
            answer="true",
            kind="claim",
            cite=headline,
            comment="A placeholder so the pack checks: replace it with real questions.",
        ),
        "placeholder",
    )


def create_pack(
    slug: str,
    article: Path,
    parent: Path,
    info: ArticleInfo,
    force: bool = False,
) -> NewPack:
    if not SLUG.match(slug):
        raise InputError(
            f"`{slug}` is not a pack id: use lowercase letters, digits and hyphens, "
            "like `austin-shoigu-call`"
        )
    if info.published is not None:
        try:
            date.fromisoformat(info.published)
        except ValueError:
            raise InputError(
                f"--date `{info.published}` is not an ISO date like 2022-05-13"
            ) from None
    normalised = normalise_article(read_text(article, "article"))
    if not normalised.paragraphs:
        raise InputError(f"{article}: the article is empty")
    folder = parent / slug
    pack_file = folder / "pack.yaml"
    if pack_file.exists() and not force:
        raise InputError(f"{pack_file} already exists; use --force to overwrite it")
    # Everything is worked out before anything is written: a failure leaves nothing behind.
    question, how = first_question(normalised.paragraphs)
    title = info.headline or normalised.headline
    text = pack_header(slug, title, info, ARTICLE_FILE) + "\n".join(question.lines()) + "\n"
    existed = folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"{folder}: cannot create the folder: {err.strerror or err}") from None
    try:
        write_text(folder / ARTICLE_FILE, normalised.text)
        write_text(pack_file, text)
    except BaseException:
        if not existed:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return NewPack(folder, normalised.dropped, how)
