"""Remembering the last result of a function by the identity of its argument.

Every question of a pack holds the same article tuple, and a key and its accepted answers
are read from the same token list: checking identity first skips hashing or re-reading a
large argument each time, which made compiling a long pack's graders quadratic.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

Arg = TypeVar("Arg")
Result = TypeVar("Result")


def once(func: Callable[[], Result]) -> Callable[[], Result]:
    """`func`, worked out when first called and then answered from what it gave.

    For the readings a grader or a question's claims make only when an answer first needs
    them, a closure per question: `functools.cache` copies the wrapped function's name and
    documentation into each wrapper it makes, which costs more than most of these readings
    save (a 10,000-question check made 54,000 of them). Like `functools.cache`, a call that
    raises keeps nothing, and threads that race at worst work it out twice.
    """
    kept: list[Result] = []

    def remembered() -> Result:
        if not kept:
            kept.append(func())
        return kept[0]

    return remembered


def last_by_identity(func: Callable[[Arg], Result]) -> Callable[[Arg], Result]:
    """`func`, answering again at once when called with the very object it last saw.

    Callers must not mutate that object. The remembered pair is swapped in one assignment,
    so threads that race at worst compute the result twice.
    """
    last: tuple[Arg, Result] | None = None

    @wraps(func)
    def remembered(arg: Arg) -> Result:
        nonlocal last
        seen = last
        if seen is not None and seen[0] is arg:
            return seen[1]
        result = func(arg)
        last = (arg, result)
        return result

    return remembered


def recent_by_content(
    limit: int,
) -> Callable[[Callable[[list[str]], Result]], Callable[[list[str]], Result]]:
    """`func` of a token list, answering again at once for the very list it last saw or for
    any of up to `limit` token lists of the same content seen since it last forgot.

    Claims and checks read the same few sentences, answers and values over and over, each
    time tokenised afresh: the content, not the list, is what repeats. Callers must not
    mutate the lists or the results. Forgetting everything when full keeps the memory
    bounded without the bookkeeping of an LRU on this hot path.
    """

    def decorate(func: Callable[[list[str]], Result]) -> Callable[[list[str]], Result]:
        seen: dict[tuple[str, ...], Result] = {}
        last: tuple[list[str], Result] | None = None

        @wraps(func)
        def remembered(toks: list[str]) -> Result:
            nonlocal last
            previous = last
            if previous is not None and previous[0] is toks:
                return previous[1]
            key = tuple(toks)
            result = seen.get(key)
            if result is None:
                if len(seen) >= limit:
                    seen.clear()
                result = seen[key] = func(toks)
            last = (toks, result)
            return result

        return remembered

    return decorate
