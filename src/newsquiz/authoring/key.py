"""The teacher's answer sheet: each question, its answer, alternatives and source."""

from __future__ import annotations

from newsquiz.pack.model import Kind, Pack, Question, answer_text


def _meta(pack: Pack) -> str:
    article = pack.article
    parts = [p for p in (article.outlet, str(article.published or "") or None, article.url) if p]
    return ", ".join(parts)


def _accepted(question: Question) -> str:
    return "; ".join(answer_text(a) for a in question.accept)


def _rejected(question: Question) -> str:
    return "; ".join(answer_text(a) for a in question.reject)


def _answer(question: Question) -> str:
    if question.kind == Kind.CHOICE:
        letter = "abcdefghijklmnopqrstuvwxyz"[question.choices.index(question.expected)]
        return f"({letter}) {question.expected}"
    if question.kind == Kind.CLAIM:
        return question.expected.upper()
    if question.tolerance:
        return f"{question.expected} (± {question.tolerance:g})"
    return question.expected


def key_text(pack: Pack) -> str:
    count = len(pack.questions)
    lines = [f"{pack.title}", f"answer key for {pack.id}: {count} question{'s' * (count != 1)}"]
    meta = _meta(pack)
    if meta:
        lines.append(meta)
    if pack.article.credit or pack.article.license:
        lines.append(f"Article credit: {pack.article.credit or pack.article.license}")
    for number, question in enumerate(pack.questions, start=1):
        lines.append("")
        lines.append(f"{number:>2}. {question.question}  [{question.id}, {question.kind}]")
        pad = "    "
        if question.choices:
            for letter, choice in zip("abcdefghijklmnopqrstuvwxyz", question.choices, strict=False):
                lines.append(f"{pad}  ({letter}) {choice}")
        lines.append(f"{pad}Answer: {_answer(question)}")
        if question.accept:
            lines.append(f"{pad}Also accepted: {_accepted(question)}")
        if question.reject:
            lines.append(f"{pad}Not accepted: {_rejected(question)}")
        for citation in question.citations:
            lines.append(f"{pad}Line {citation.line}: “{citation.quote}”")
        if question.explain:
            lines.append(f"{pad}Note: {question.explain}")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Text safe inside Markdown: the characters that would start formatting escaped."""
    out = []
    for char in text:
        if char in "\\`*_[]<>|#":
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def key_markdown(pack: Pack) -> str:
    lines = [f"# Answer key: {_md(pack.title)}", ""]
    meta = _meta(pack)
    lines.append(
        f"Pack `{pack.id}`, {len(pack.questions)} questions"
        + (f". Article: {_md(meta)}" if meta else "")
    )
    if pack.article.credit or pack.article.license:
        lines += ["", f"Article credit: {_md(pack.article.credit or pack.article.license or '')}"]
    for number, question in enumerate(pack.questions, start=1):
        lines += ["", f"{number}. **{_md(question.question)}** `{question.id}` ({question.kind})"]
        if question.choices:
            for letter, choice in zip("abcdefghijklmnopqrstuvwxyz", question.choices, strict=False):
                lines.append(f"    - ({letter}) {_md(choice)}")
        lines.append(f"    - Answer: **{_md(_answer(question))}**")
        if question.accept:
            lines.append(f"    - Also accepted: {_md(_accepted(question))}")
        if question.reject:
            lines.append(f"    - Not accepted: {_md(_rejected(question))}")
        for citation in question.citations:
            lines.append(f"    - Line {citation.line}: “{_md(citation.quote)}”")
        if question.explain:
            lines.append(f"    - Note: {_md(question.explain)}")
    return "\n".join(lines) + "\n"
