"""Step 4: group lines into the runs that belong together.

Two kinds of run matter to the rules. A *list run* is a sequence of list
items, nested or not (blank lines between them allowed): a menu, a
"latest news" list, or a list inside the article. A *short run* is a sequence
of short lines with no sentence among them: a menu in a dump that kept no
list markers (html-text, BeautifulSoup). The size of the run a line sits in
says more about it than the line alone: one short line between paragraphs is
a subheading; the fortieth short line in a row is a menu item.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from newsclean.features import Features

# Lines up to this many words count towards a short run (menu items, buttons).
SHORT_RUN_WORDS = 5


@attrs.frozen
class Runs:
    """Per line (0-based index): the size of the runs it belongs to."""

    list_size: tuple[int, ...]
    """Items in the list run of this line (0 if it is not a list item)."""
    list_start: tuple[int, ...]
    """Index of the first item of this line's list run (-1 if none)."""
    short_size: tuple[int, ...]
    """Lines in the short run of this line (0 if the line is not short)."""


def find_runs(features: tuple[Features, ...]) -> Runs:
    n = len(features)
    list_size = [0] * n
    list_start = [-1] * n
    short_size = [0] * n

    run: list[int] = []

    def close_list() -> None:
        for i in run:
            list_size[i] = len(run)
            list_start[i] = run[0]

    for i, feature in enumerate(features):
        line = feature.line
        if line.blank:
            continue
        # Nested items and empty ones ("* " for an icon) belong to their list too.
        if line.marker:
            run.append(i)
            continue
        close_list()
        run = []
    close_list()

    short: list[int] = []

    def close_short() -> None:
        for i in short:
            short_size[i] = len(short)

    for i, feature in enumerate(features):
        if feature.line.blank:
            continue
        if feature.words <= SHORT_RUN_WORDS and not feature.terminal:
            short.append(i)
            continue
        close_short()
        short = []
    close_short()
    return Runs(tuple(list_size), tuple(list_start), tuple(short_size))


def lists_where(runs: Runs, share: float, counts: Callable[[int], bool]) -> set[int]:
    """Start indexes of the list runs in which at least ``share`` of the items count."""
    items: dict[int, int] = {}
    counted: dict[int, int] = {}
    for i, start in enumerate(runs.list_start):
        if start >= 0:
            items[start] = items.get(start, 0) + 1
            counted[start] = counted.get(start, 0) + counts(i)
    return {start for start, n in items.items() if counted[start] >= share * n}
