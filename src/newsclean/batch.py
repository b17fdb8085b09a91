"""Clean many pages: in order, streaming, on several processes if asked.

``clean_many`` is what a corpus job wants: give it an iterable of texts (a
generator over millions of records is fine) and it yields the pages in the
same order. With ``jobs > 1`` the work is spread over worker processes, but
never more than a small window of pages is in flight, so memory stays flat
however long the input is.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from newsclean.config import Config
from newsclean.parts import Page
from newsclean.pipeline import DEFAULT_CONFIG, clean

if TYPE_CHECKING:
    from concurrent.futures import Future

# Pages in flight per worker: enough to keep each process busy while the
# caller reads results, few enough that memory does not grow with the input.
WINDOW_PER_JOB = 4

T = TypeVar("T")
R = TypeVar("R")


def clean_many(
    texts: Iterable[str], *, jobs: int = 1, config: Config = DEFAULT_CONFIG
) -> Iterator[Page]:
    """Yield ``clean(text)`` for every text, in input order.

    ``jobs`` is the number of worker processes (1: clean in this process;
    0 or less: one per CPU). A text that is not a ``str`` raises ``TypeError``
    when its turn comes, as ``clean`` does; so does a single text given
    instead of an iterable of them, at once.

    >>> import newsclean
    >>> pages = newsclean.clean_many(["Home\\nNews", "Menu"])
    >>> [page.article.found for page in pages]
    [False, False]
    """
    if isinstance(texts, (str, bytes)):
        # (iterated, a text is its characters: a page for each)
        raise TypeError(
            "clean_many() takes an iterable of texts (a list, a generator); "
            "for one text, call newsclean.clean(text)"
        )
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be a whole number of processes, got {jobs!r}")
    return ordered_map(partial(clean, config=config), texts, jobs)


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``map(function, items)`` on ``jobs`` processes, in order, with a bounded window.

    At most ``jobs * WINDOW_PER_JOB`` items are in flight, so memory stays flat
    however long ``items`` is. ``function`` must be picklable.
    """
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    if jobs == 1:
        yield from map(function, items)
        return
    # Imported here: process pools cost a sixth of newsclean's import time, and
    # most callers clean in their own process.
    from concurrent.futures import ProcessPoolExecutor

    window: deque[Future[R]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for item in items:
            if len(window) >= jobs * WINDOW_PER_JOB:
                yield window.popleft().result()
            window.append(pool.submit(function, item))
        while window:
            yield window.popleft().result()
