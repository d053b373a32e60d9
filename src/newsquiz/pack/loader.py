"""Loading a pack folder into the immutable model, collecting every problem."""

from __future__ import annotations

import difflib
import hashlib
import itertools
import re
import stat
import string
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from newsquiz.facts.infer import infer_kind
from newsquiz.facts.values import split_items
from newsquiz.facts.yearless import sentence_around, year_meant
from newsquiz.pack.citations import CitationIndex
from newsquiz.pack.model import (
    FORMAT,
    Answer,
    Article,
    Citation,
    Kind,
    Pack,
    PartialAnswer,
    Position,
    Question,
    answer_text,
)
from newsquiz.pack.paths import PACK_FILE, resolve_pack_path
from newsquiz.pack.problems import PackError, Problem
from newsquiz.pack.yamlnodes import (
    MAX_YAML_BYTES,
    NodeBudget,
    NodeLimitError,
    compose,
    decode,
    describe,
    is_null,
    mapping_items,
    position,
    problem_at,
)
from newsquiz.startup import collector_held_for_batch

# At most 100 characters: ids are stored with every answer, the same on every backend.
# `[about 4,218]`: the figures before a thousands comma (perhaps after words or a currency
# sign, `US$650`, `KSh86`), and those after it.
_LEADING_FIGURE = re.compile(r"(?:.*\s)?[^\s\d]{0,4}\d{1,3}")
_THOUSANDS = re.compile(r"\d{3}(?:[.,]\d+)?(?:\s*\S+)?(?:\s+\S+)*")
SLUG = re.compile(r"^(?=.{1,100}$)[a-z0-9]+(?:-[a-z0-9]+)*$")
TOP_FIELDS = ("format", "id", "title", "description", "article", "questions")
ARTICLE_FIELDS = ("file", "outlet", "url", "published", "license", "credit")
QUESTION_FIELDS = (
    "id",
    "question",
    "answer",
    "accept",
    "reject",
    "kind",
    "choices",
    "cite",
    "explain",
    "tolerance",
    "claim",
)
PARTIAL_FIELDS = ("answer", "score")
TRUTH = {"true": "true", "yes": "true", "false": "false", "no": "false"}
MAX_ARTICLE_BYTES = 4 * 1024 * 1024
# Kinds graded by value, where a `tolerance` (in the answer's own units) makes sense.
TOLERANT_KINDS = (Kind.NUMBER,)


def pack_digest(pack_yaml: bytes, article: bytes) -> str:
    """What ties a result to one version of a pack: its two files' bytes, hashed."""
    return hashlib.sha256(pack_yaml + b"\0" + article).hexdigest()


def load_pack(target: Path | str) -> Pack:
    """Load a pack, or raise PackError listing every problem found.

    With the collector held: a pack's YAML nodes and questions all live until it is loaded,
    and the collector's passes over them grew with the pack (a quarter of loading 10,000
    questions, for nothing freed)."""
    with collector_held_for_batch():
        return _Loader(resolve_pack_path(Path(target))).load()


@dataclass
class _Loader:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    budget: NodeBudget = field(default_factory=NodeBudget)

    def fail(
        self,
        node: yaml.Node | None,
        message: str,
        question_id: str | None = None,
        field_name: str | None = None,
    ) -> None:
        self.problems.append(problem_at(self.path, node, message, question_id, field_name))

    def load(self) -> Pack:
        pack = self._load()
        if self.problems or pack is None:
            raise PackError(self.problems or [Problem(self.path, 0, 0, "not a pack")])
        return pack

    def _load(self) -> Pack | None:
        data = self._read_bytes(self.path, MAX_YAML_BYTES, "pack file")
        if data is None:
            return None
        text, problem = decode(self.path, data)
        if problem or text is None:
            self.problems.append(problem or Problem(self.path, 0, 0, "unreadable"))
            return None
        root, problem = compose(self.path, text)
        if problem:
            self.problems.append(problem)
            return None
        if not isinstance(root, yaml.MappingNode):
            self.fail(
                root,
                f"{PACK_FILE} must be a mapping with `format`, `id`, `title`, `article` "
                f"and `questions`, found {describe(root) if root else 'an empty file'}",
            )
            return None
        try:
            return self._pack(root, data)
        except NodeLimitError as err:
            self.problems.append(Problem(self.path, 0, 0, f"YAML {err}"))
            return None

    def _read_bytes(self, path: Path, limit: int, what: str) -> bytes | None:
        data, reason = read_limited(path, limit, what)
        if reason is not None:
            self.problems.append(Problem(path, 0, 0, reason))
        return data

    # -- fields ---------------------------------------------------------------

    def _fields(
        self,
        node: yaml.MappingNode,
        allowed: tuple[str, ...],
        question_id: str | None = None,
        where: str = "",
    ) -> dict[str, tuple[yaml.ScalarNode, yaml.Node]]:
        found: dict[str, tuple[yaml.ScalarNode, yaml.Node]] = {}
        for name, key, value in mapping_items(node):
            self.budget.spend()
            if name in found:
                self.fail(key, f"`{name}` is given twice{where}", question_id, name)
                continue
            if name not in allowed:
                hint = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
                suggestion = f"; did you mean `{hint[0]}`?" if hint else ""
                self.fail(
                    key,
                    f"unknown field `{name}`{where}{suggestion} "
                    f"(expected one of: {', '.join(allowed)})",
                    question_id,
                    name,
                )
                continue
            found[name] = (key, value)
        return found

    def _text(
        self,
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        name: str,
        parent: yaml.Node,
        question_id: str | None = None,
        required: bool = True,
    ) -> str | None:
        if name not in fields:
            if required:
                self.fail(parent, f"missing required field `{name}`", question_id, name)
            return None
        _, node = fields[name]
        if isinstance(node, yaml.ScalarNode) and not is_null(node):
            value = str(node.value).strip()
            if value:
                return value
        self.fail(node, f"`{name}` must be text, found {describe(node)}", question_id, name)
        return None

    # -- the pack -------------------------------------------------------------

    def _pack(self, root: yaml.MappingNode, data: bytes) -> Pack | None:
        fields = self._fields(root, TOP_FIELDS)
        fmt = self._text(fields, "format", root)
        if fmt is not None and fmt != FORMAT:
            self.fail(
                fields["format"][1],
                f"unsupported `format` `{fmt}`; expected `{FORMAT}`",
                field_name="format",
            )
        pack_id = self._text(fields, "id", root)
        if pack_id is not None and not SLUG.match(pack_id):
            self.fail(
                fields["id"][1],
                f"pack `id` `{pack_id}` is not a slug: expected up to 100 lowercase letters, "
                f"digits and single hyphens, like `{_slugify(pack_id)[:100]}`",
                field_name="id",
            )
        title = self._text(fields, "title", root)
        self._text(fields, "description", root, required=False)
        article, article_bytes = self._article(fields, root)
        questions = self._questions(fields, root, article)
        if self.problems or article is None or pack_id is None or title is None:
            return None
        digest = pack_digest(data, article_bytes)
        return Pack(pack_id, title, article, tuple(questions), self.path, digest)

    def _article(
        self, fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]], root: yaml.Node
    ) -> tuple[Article | None, bytes]:
        if "article" not in fields:
            self.fail(root, "missing required field `article` (with at least `file`)")
            return None, b""
        node = fields["article"][1]
        if isinstance(node, yaml.ScalarNode) and not is_null(node):
            # A bare file name is a forgivable shorthand for `article: {file: ...}`.
            values: dict[str, tuple[yaml.ScalarNode, yaml.Node]] = {"file": (node, node)}
        elif isinstance(node, yaml.MappingNode):
            values = self._fields(node, ARTICLE_FIELDS, where=" in `article`")
        else:
            self.fail(node, f"`article` must be a mapping with `file`, found {describe(node)}")
            return None, b""
        file_name = self._text(values, "file", node)
        outlet = self._text(values, "outlet", node, required=False)
        url = self._text(values, "url", node, required=False)
        published = self._published(values)
        license_ = self._text(values, "license", node, required=False)
        credit = self._text(values, "credit", node, required=False)
        if file_name is None:
            return None, b""
        article_path = self.path.parent / file_name
        data, reason = read_limited(
            article_path, MAX_ARTICLE_BYTES, f"article `{file_name}`", inside=self.path.parent
        )
        if data is None:
            # Point at the `file:` line in pack.yaml: that is what the author must fix.
            self.fail(
                values["file"][1],
                f"{reason} (looked for {article_path}); `article.file` must name a UTF-8 "
                f"text file next to {PACK_FILE}",
                field_name="file",
            )
            return None, b""
        text, problem = decode(article_path, data)
        if problem or text is None:
            self.problems.append(problem or Problem(article_path, 0, 0, "unreadable"))
            return None, b""
        paragraphs = tuple(line.rstrip("\r") for line in text.split("\n"))
        if paragraphs and paragraphs[-1] == "":
            paragraphs = paragraphs[:-1]
        if not any(p.strip() for p in paragraphs):
            self.problems.append(Problem(article_path, 0, 0, "the article is empty"))
            return None, b""
        return (
            Article(article_path, paragraphs, outlet, url, published, license_, credit),
            data,
        )

    def _published(self, values: dict[str, tuple[yaml.ScalarNode, yaml.Node]]) -> date | None:
        if "published" not in values:
            return None
        node = values["published"][1]
        raw = str(node.value).strip() if isinstance(node, yaml.ScalarNode) else ""
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.fail(
                node,
                f"`published` must be an ISO date like 2022-05-13, found `{raw}`",
                field_name="published",
            )
            return None

    # -- questions ------------------------------------------------------------

    def _questions(
        self,
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        root: yaml.Node,
        article: Article | None,
    ) -> list[Question]:
        if "questions" not in fields:
            self.fail(root, "missing required field `questions` (a list of questions)")
            return []
        node = fields["questions"][1]
        if not isinstance(node, yaml.SequenceNode):
            self.fail(
                node, f"`questions` must be a list of at least one question, found {describe(node)}"
            )
            return []
        if not node.value:
            self.fail(node, "`questions` is empty; a pack needs at least one question")
            return []
        index = CitationIndex(article.paragraphs) if article else None
        published = article.published if article else None
        questions: list[Question] = []
        seen: dict[str, Position] = {}
        for item in node.value:
            self.budget.spend()
            # Ids are checked before the rest, so a duplicate is reported even
            # when the question it repeats has problems of its own.
            raw_id = self._peek_id(item) if isinstance(item, yaml.MappingNode) else None
            if raw_id is not None and raw_id in seen:
                self.fail(
                    item,
                    f"duplicate question `id` `{raw_id}` (first used at line "
                    f"{seen[raw_id].line}); each question needs an id of its own",
                    raw_id,
                    "id",
                )
                continue
            if raw_id is not None:
                seen[raw_id] = position(self.path, item)
            question = self._question(item, index, published)
            if question is not None:
                questions.append(question)
        return questions

    def _question(
        self, node: yaml.Node, index: CitationIndex | None, published: date | None
    ) -> Question | None:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"each question must be a mapping, found {describe(node)}")
            return None
        errors_before = len(self.problems)
        raw_id = self._peek_id(node)
        fields = self._fields(node, QUESTION_FIELDS, raw_id, where=" in a question")
        qid = self._text(fields, "id", node, raw_id)
        if qid is not None and not SLUG.match(qid):
            self.fail(
                fields["id"][1],
                f"question `id` `{qid}` is not a slug: expected up to 100 lowercase letters, "
                f"digits and single hyphens, like `{_slugify(qid)[:100]}`",
                qid,
                "id",
            )
        text = self._text(fields, "question", node, qid)
        kind, kind_written = self._kind(fields, qid)
        answer = self._answer(fields, node, qid, kind)
        if answer is not None and kind is None:
            kind = Kind(infer_kind(answer))
        if answer is not None and kind == Kind.LIST and isinstance(answer, str):
            answer = self._list_items(answer, fields["answer"][1], qid, "answer", "`answer`")
        partial: list[PartialAnswer] = []
        accept = self._alternatives(fields, "accept", qid, kind, partial)
        reject = self._alternatives(fields, "reject", qid, kind)
        choices = self._choices(fields, qid, kind)
        if kind == Kind.CLAIM and isinstance(answer, str):
            answer = self._truth(answer, fields["answer"][1], qid)
        if kind == Kind.CHOICE and answer is not None:
            answer = self._choice_answer(answer, choices, fields, node, qid)
        if kind == Kind.CHOICE and partial:
            partial = self._choice_partial(partial, choices, fields, qid)
        citations = self._citations(fields, node, qid, index)
        explain = self._text(fields, "explain", node, qid, required=False)
        claim = self._claim_template(fields, node, qid, kind)
        tolerance = self._tolerance(fields, qid, kind)
        if answer is not None:
            self._check_rejects(fields, answer, accept, reject, qid, partial)
        if len(self.problems) > errors_before or qid is None or text is None:
            return None
        if answer is None or kind is None:
            return None
        return Question(
            id=qid,
            question=text,
            answer=answer,
            kind=kind,
            citations=tuple(citations),
            accept=tuple(accept),
            reject=tuple(reject),
            kind_inferred=not kind_written,
            choices=tuple(choices),
            explain=explain,
            tolerance=tolerance,
            claim=claim,
            partial=tuple(partial),
            default_year=_default_year(kind, answer, citations, published),
            article=index.paragraphs if index else (),
            position=position(self.path, node),
            field_positions={
                name: position(self.path, value) for name, (_, value) in fields.items()
            },
        )

    @staticmethod
    def _peek_id(node: yaml.MappingNode) -> str | None:
        for name, _, value in mapping_items(node):
            if name == "id" and isinstance(value, yaml.ScalarNode) and not is_null(value):
                return str(value.value).strip() or None
        return None

    def _kind(
        self, fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]], qid: str | None
    ) -> tuple[Kind | None, bool]:
        if "kind" not in fields:
            return None, False
        node = fields["kind"][1]
        raw = str(node.value).strip().lower() if isinstance(node, yaml.ScalarNode) else ""
        try:
            return Kind(raw), True
        except ValueError:
            names = [k.value for k in Kind]
            hint = difflib.get_close_matches(raw, names, n=1, cutoff=0.6)
            suggestion = f"; did you mean `{hint[0]}`?" if hint else ""
            self.fail(
                node,
                f"unknown `kind` `{raw}`{suggestion} (expected one of: {', '.join(names)})",
                qid,
                "kind",
            )
            return None, True

    def _value(self, node: yaml.Node, qid: str | None, name: str) -> Answer | None:
        """A scalar as the author typed it, or a list of them."""
        self.budget.spend()
        if isinstance(node, yaml.ScalarNode) and not is_null(node):
            value = str(node.value).strip()
            if value:
                return value
        elif isinstance(node, yaml.SequenceNode) and node.value:
            if self._split_number(node, qid, name):
                return None
            items: list[str] = []
            for item in node.value:
                self.budget.spend()
                if (
                    not isinstance(item, yaml.ScalarNode)
                    or is_null(item)
                    or not str(item.value).strip()
                ):
                    self.fail(
                        item,
                        f"each item of `{name}` must be text, found {describe(item)}",
                        qid,
                        name,
                    )
                    return None
                items.append(str(item.value).strip())
            return tuple(items)
        self.fail(
            node, f"`{name}` must be text or a list of text, found {describe(node)}", qid, name
        )
        return None

    def _list_items(
        self, text: str, node: yaml.Node, qid: str | None, name: str, what: str
    ) -> tuple[str, ...] | None:
        """A list question's answer or accepted form as its items; None, said once, when
        it names none (`,`): a form of no item would otherwise be graded as one."""
        items = split_items(text)
        if not items:
            self.fail(node, f"{what} `{text}` names no item of the list", qid, name)
            return None
        return items

    def _split_number(self, node: yaml.SequenceNode, qid: str | None, name: str) -> bool:
        """A number with a thousands comma inside a `[ ]` list (`[4,218, 4218]`) is two
        entries to YAML, `4` and `218`, each then a right answer: say so, and how to quote.
        Only a comma with no space after it between two plain figures is taken for one, words
        after it or not (`€8,400 in cash`)."""
        for first, second in itertools.pairwise(node.value):
            if (
                isinstance(first, yaml.ScalarNode)
                and isinstance(second, yaml.ScalarNode)
                and not first.style  # plain: None from PyYAML, "" from libyaml
                and not second.style
                and _LEADING_FIGURE.fullmatch(str(first.value))
                and _THOUSANDS.fullmatch(str(second.value))
                and second.start_mark.index == first.end_mark.index + 1
            ):
                number = f"{first.value},{second.value}"
                self.fail(
                    first,
                    f"`{number}` in a [ ] list reads as two entries, `{first.value}` and "
                    f'`{second.value}`; quote it: "{number}"',
                    qid,
                    name,
                )
                return True
        return False

    def _answer(
        self,
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        parent: yaml.Node,
        qid: str | None,
        kind: Kind | None,
    ) -> Answer | None:
        if "answer" not in fields:
            self.fail(parent, "missing required field `answer`", qid, "answer")
            return None
        node = fields["answer"][1]
        answer = self._value(node, qid, "answer")
        if isinstance(answer, tuple) and kind not in (None, Kind.LIST):
            self.fail(node, f"a list answer needs `kind: list`, not `{kind}`", qid, "answer")
            return None
        return answer

    def _alternatives(
        self,
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        name: str,
        qid: str | None,
        kind: Kind | None,
        partial: list[PartialAnswer] | None = None,
    ) -> list[Answer]:
        """The entries of `accept` or `reject`; with `partial`, `accept` entries with a score
        (`{answer: Cat, score: 0.5}`) are put there instead."""
        if name not in fields:
            return []
        node = fields[name][1]
        if isinstance(node, yaml.ScalarNode):
            single = self._value(node, qid, name)
            return [single] if single is not None else []
        items = [node] if isinstance(node, yaml.MappingNode) and partial is not None else None
        if items is None and not isinstance(node, yaml.SequenceNode):
            self.fail(
                node, f"`{name}` must be a list of answers, found {describe(node)}", qid, name
            )
            return []
        if isinstance(node, yaml.SequenceNode) and self._split_number(node, qid, name):
            return []
        result: list[Answer] = []
        for item in items if items is not None else node.value:
            scored: PartialAnswer | None = None
            value: Answer | None
            if isinstance(item, yaml.MappingNode) and partial is not None:
                scored = self._partial(item, qid, kind)
                if scored is None:
                    continue
                value = scored.answer
            else:
                value = self._value(item, qid, name)
            if value is None:
                continue
            if kind == Kind.LIST and isinstance(value, str):
                value = self._list_items(value, item, qid, name, f"`{name}` entry")
                if value is None:
                    continue
            if scored is not None and partial is not None:
                partial.append(PartialAnswer(value, scored.score))
            else:
                result.append(value)
        return result

    def _partial(
        self, node: yaml.MappingNode, qid: str | None, kind: Kind | None
    ) -> PartialAnswer | None:
        """`{answer: Cat, score: 0.5}`: an accepted answer worth part of the marks."""
        fields = self._fields(node, PARTIAL_FIELDS, qid, where=" in an `accept` entry")
        missing = [name for name in PARTIAL_FIELDS if name not in fields]
        if missing:
            self.fail(
                node,
                f"an `accept` entry written as a mapping needs `{missing[0]}` "
                "(like `{answer: Cat, score: 0.5}`)",
                qid,
                "accept",
            )
            return None
        answer = self._value(fields["answer"][1], qid, "accept")
        score_node = fields["score"][1]
        raw = str(score_node.value).strip() if isinstance(score_node, yaml.ScalarNode) else ""
        try:
            score = float(raw)
        except ValueError:
            score = -1.0
        if not 0 < score < 1:  # NaN fails too
            self.fail(
                score_node,
                f"an `accept` entry's `score` must be a number more than 0 and less than 1 "
                f"(the share of the marks it earns), found `{raw}`; a right answer is a plain "
                "`accept` entry, a wrong one goes in `reject`",
                qid,
                "accept",
            )
            return None
        if answer is None:
            return None
        if isinstance(answer, tuple) and kind not in (None, Kind.LIST):
            self.fail(node, f"a list answer needs `kind: list`, not `{kind}`", qid, "accept")
            return None
        return PartialAnswer(answer, score)

    def _choices(
        self,
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        qid: str | None,
        kind: Kind | None,
    ) -> list[str]:
        if "choices" not in fields:
            if kind == Kind.CHOICE:
                self.fail(
                    fields.get("kind", (None, None))[1],
                    "`kind: choice` needs `choices`",
                    qid,
                    "choices",
                )
            return []
        node = fields["choices"][1]
        if kind != Kind.CHOICE:
            self.fail(
                node, "`choices` is only for `kind: choice`; add `kind: choice`", qid, "choices"
            )
            return []
        value = self._value(node, qid, "choices")
        if value is None:
            return []  # what is wrong with it is said already
        if not isinstance(value, tuple) or len(value) < 2:
            self.fail(node, "`choices` must be a list of at least two answers", qid, "choices")
            return []
        if len(value) > 26:
            self.fail(node, "`choices` may hold at most 26 answers (a to z)", qid, "choices")
            return []
        return list(value)

    def _truth(self, answer: str, node: yaml.Node, qid: str | None) -> str | None:
        truth = TRUTH.get(answer.lower())
        if truth is None:
            self.fail(
                node, f"a claim's answer must be true or false, found `{answer}`", qid, "answer"
            )
        return truth

    def _choice_answer(
        self,
        answer: Answer,
        choices: list[str],
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        parent: yaml.Node,
        qid: str | None,
    ) -> str | None:
        if not choices or not isinstance(answer, str):
            return None
        folded = {" ".join(c.lower().split()): c for c in choices}
        match = folded.get(" ".join(answer.lower().split()))
        if match is None:
            self.fail(
                fields["answer"][1],
                f"`answer` `{answer}` is not one of the `choices` ({'; '.join(choices)}); "
                "expected one of them, spelt the same way",
                qid,
                "answer",
            )
        return match

    def _choice_partial(
        self,
        partial: list[PartialAnswer],
        choices: list[str],
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        qid: str | None,
    ) -> list[PartialAnswer]:
        """A choice worth part of the marks must be one of the choices, spelt as there."""
        folded = {" ".join(c.lower().split()): c for c in choices}
        kept: list[PartialAnswer] = []
        for part in partial:
            match = folded.get(" ".join(answer_text(part.answer).lower().split()))
            if match is None:
                if choices:
                    self.fail(
                        fields["accept"][1],
                        f"`accept` gives `{answer_text(part.answer)}` a `score`, but it is not "
                        f"one of the `choices` ({'; '.join(choices)})",
                        qid,
                        "accept",
                    )
                continue
            kept.append(PartialAnswer(match, part.score))
        return kept

    def _citations(
        self,
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        parent: yaml.Node,
        qid: str | None,
        index: CitationIndex | None,
    ) -> list[Citation]:
        if "cite" not in fields:
            self.fail(
                parent, "missing required field `cite` (a quote from the article)", qid, "cite"
            )
            return []
        node = fields["cite"][1]
        quotes = self._value(node, qid, "cite")
        if quotes is None or index is None:
            return []
        quote_nodes = node.value if isinstance(node, yaml.SequenceNode) else [node]
        citations: list[Citation] = []
        for quote, quote_node in zip(
            quotes if isinstance(quotes, tuple) else (quotes,), quote_nodes, strict=True
        ):
            citation = index.find(quote)
            if citation is not None:
                citations.append(citation)
                continue
            hint = index.closest(quote)
            where = f"; closest is line {hint.line}: “{_clip(hint.excerpt)}”" if hint else ""
            self.fail(
                quote_node,
                f"`cite` quote not found in the article: “{_clip(quote)}”{where} "
                "(a quote must be verbatim: only whitespace, case and curly quotes may differ)",
                qid,
                "cite",
            )
        return citations

    def _tolerance(
        self,
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        qid: str | None,
        kind: Kind | None,
    ) -> float | None:
        if "tolerance" not in fields:
            return None
        node = fields["tolerance"][1]
        if kind is not None and kind not in TOLERANT_KINDS:
            names = " or ".join(f"`{k}`" for k in TOLERANT_KINDS)
            self.fail(
                node, f"`tolerance` is only for {names} questions, not `{kind}`", qid, "tolerance"
            )
            return None
        raw = str(node.value).strip() if isinstance(node, yaml.ScalarNode) else ""
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if not 0 <= value < 1e30:  # not negative, infinite or NaN (NaN fails every test)
            self.fail(
                node,
                f"`tolerance` must be a finite number of at least 0, found `{raw}`",
                qid,
                "tolerance",
            )
            return None
        return value

    def _claim_template(
        self,
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        parent: yaml.Node,
        qid: str | None,
        kind: Kind | None,
    ) -> str | None:
        template = self._text(fields, "claim", parent, qid, required=False)
        if template is None:
            return None
        node = fields["claim"][1]
        try:
            names = [
                name for _, name, _, _ in string.Formatter().parse(template) if name is not None
            ]
        except ValueError as err:
            self.fail(
                node,
                f"`claim` template is malformed ({err}); write `{{answer}}` where the answer "
                "goes and `{{{{`/`}}}}` for a literal brace",
                qid,
                "claim",
            )
            return None
        unknown = sorted({n for n in names if n != "answer"})
        if unknown:
            self.fail(
                node,
                f"`claim` template has an unknown placeholder `{{{unknown[0]}}}`; "
                "expected only `{answer}`",
                qid,
                "claim",
            )
            return None
        if "answer" not in names and kind != Kind.CLAIM:
            self.fail(
                node,
                "`claim` template needs `{answer}` where the answer goes, "
                "like `The call lasted {answer}.`",
                qid,
                "claim",
            )
            return None
        return template

    def _check_rejects(
        self,
        fields: dict[str, tuple[yaml.ScalarNode, yaml.Node]],
        answer: Answer,
        accept: list[Answer],
        reject: list[Answer],
        qid: str | None,
        partial: list[PartialAnswer],
    ) -> None:
        """A rejected answer that is also a right one would make the key contradict itself."""
        right = {_plain(answer_text(a)): answer_text(a) for a in (answer, *accept)}
        for part in partial:
            if _plain(answer_text(part.answer)) in right:
                self.fail(
                    fields["accept"][1],
                    f"`accept` gives `{answer_text(part.answer)}` a `score`, but it is also the "
                    "answer or a plain `accept` entry; list it once",
                    qid,
                    "accept",
                )
                return
        right.update({_plain(answer_text(p.answer)): answer_text(p.answer) for p in partial})
        for wrong in reject:
            same = right.get(_plain(answer_text(wrong)))
            if same is not None:
                self.fail(
                    fields["reject"][1],
                    f"`reject` lists `{answer_text(wrong)}`, which is also the answer or in "
                    "`accept`; expected only wrong answers in `reject`",
                    qid,
                    "reject",
                )
                return


def _plain(text: str) -> str:
    return " ".join(text.lower().split())


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _slugify(text: str) -> str:
    """A slug close to what the author wrote, to suggest in a message."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "my-pack"


def read_limited(
    path: Path, limit: int, what: str, inside: Path | None = None
) -> tuple[bytes | None, str | None]:
    """A regular file's bytes, or why they cannot be read (the reason starts with `what`).

    With `inside`, the file (symbolic links resolved) must lie in that folder. Nothing of a
    file that is refused is read: not `/dev/zero`, not a FIFO, not `../../etc/passwd`.
    """
    try:
        if inside is not None:
            real = path.resolve()
            if not real.is_relative_to(inside.resolve()):
                return None, f"{what} is outside the pack's folder"
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            return None, f"{what} is a folder, expected a file"
        if not stat.S_ISREG(info.st_mode):
            return None, f"{what} is not a regular file"
        if info.st_size > limit:
            return None, f"{what} is {info.st_size:,} bytes; at most {limit:,} are read"
        with path.open("rb") as source:
            data = source.read(limit + 1)  # the size said may be wrong: read no more
        if len(data) > limit:
            return None, f"{what} is over {limit:,} bytes; at most {limit:,} are read"
        return data, None
    except FileNotFoundError:
        return None, f"{what} not found"
    except IsADirectoryError:
        return None, f"{what} is a folder, expected a file"
    except (OSError, RuntimeError) as err:  # RuntimeError: a symbolic link loop
        return None, f"cannot read {what}: {getattr(err, 'strerror', None) or err}"


_YEAR_IN_DATE = re.compile(r",?\s*\b(\d{4})\b")


def _default_year(
    kind: Kind, answer: Answer, citations: list[Citation], published: date | None
) -> int | None:
    """The year a date typed without one is read in: the article's, or for a date key
    without a year that its cited sentence looks ahead to, the year that day next comes."""
    if published is None:
        return None
    if kind != Kind.DATE or not isinstance(answer, str) or not citations:
        return published.year
    cited = citations[0]
    sentence = sentence_around(cited.text, cited.start, cited.end)
    stated = _YEAR_IN_DATE.search(answer)
    if stated is None:
        return year_meant(answer, sentence, published)
    # `March 31, 2017` in a report of November 2016 where the mill `will close on March 31,
    # 2017`: the day next comes in that year, so `March 31` typed without one is meant.
    day_alone = (answer[: stated.start()] + answer[stated.end() :]).strip(" ,")
    meant = year_meant(day_alone, sentence, published)
    return meant if meant == int(stated.group(1)) else published.year
