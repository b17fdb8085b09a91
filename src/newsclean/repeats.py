"""Step 3: find headlines that the page shows more than once.

A news page repeats headlines everywhere: the article's own title in the
header line, a breadcrumb and a share box; each item of a "latest" list as
both a link and an image caption; the same story in two lists. Lines are
compared after normalising case, quotes, apostrophes and truncation marks, so
that "Russia's" and "Russias" meet. Lines that do not match exactly are
compared fuzzily (rapidfuzz), but only with the few earlier headlines that
share their first words: the work stays linear in the number of lines, even
on a page of thousands of repeated menu items.

Only headline-shaped lines take part: menu words ("Home"), dates, bylines and
buttons repeat too, but repeating them is what menus do, not what duplicated
headlines are.
"""

from __future__ import annotations

import attrs
import regex
from rapidfuzz import fuzz

from newsclean.config import Config
from newsclean.features import Features

_APOSTROPHES = regex.compile(r"[’‘'`´]")
_NON_WORD = regex.compile(r"[\W_]+")
_TRUNCATION = regex.compile(r"(?:\.\.\.|…)\s*$")
# The same marks at the end of a line's text, which has no trailing space.
_CUT = ("...", "…")
# A truncated headline ("Teen chased by police breaks both legs with airport
# termin...") matches the full one when this many words agree from the start.
PREFIX_MATCH_WORDS = 5
# Headlines are shorter than this; longer repeated lines are summaries or
# paragraphs, which the rules treat as teasers or body instead.
HEADLINE_WORDS_MAX = 20


def normalise(text: str) -> str:
    """Fold a line to the form in which repeated headlines meet.

    >>> normalise("Russia’s Lavrov visits Mali…")
    'russias lavrov visits mali'
    """
    text = _TRUNCATION.sub("", text)
    text = _APOSTROPHES.sub("", text.casefold())
    folded: str = _NON_WORD.sub(" ", text)
    return folded.strip()


@attrs.frozen
class Repeats:
    """Groups of lines that show the same headline."""

    group: tuple[int, ...]
    """Per line (0-based index): the group number, or -1 if the line is not repeated."""
    members: tuple[tuple[int, ...], ...]
    """Per group: the line indexes in it, in page order (at least two)."""
    echo: tuple[int, ...]
    """Per line: the index of the card line it repeats without its kicker, or -1
    ("WORLD French protesters ..." then "French protesters ...")."""

    def is_repeated(self, index: int) -> bool:
        return self.group[index] >= 0 or self.echo[index] >= 0


def is_headline_shaped(feature: Features, config: Config) -> bool:
    """Could this line be a headline that a page shows again?"""
    return (
        config.duplicate_min_words <= feature.words <= HEADLINE_WORDS_MAX
        and not feature.byline
        and not feature.datelike
        and not feature.boilerplate_phrase
        and not feature.legal
        and not feature.comment_author
        and not feature.list_heading
    )


def find_repeats(features: tuple[Features, ...], config: Config) -> Repeats:
    """Group the headline-shaped lines of a page that say the same thing."""
    n = len(features)
    keys: list[str | None] = [None] * n
    for i, feature in enumerate(features):
        if is_headline_shaped(feature, config):
            key = normalise(feature.text)
            if key.count(" ") + 1 >= config.duplicate_min_words:
                keys[i] = key
    echo = _find_echoes(features, keys)
    root = list(range(n))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    exact: dict[str, int] = {}
    # Cheap blocking key -> the first few distinct headlines that have it.
    blocks: dict[str, list[tuple[int, str]]] = {}
    # Lines the page cut short ("... airport termin..."): only they may match
    # a longer headline by its first words.
    cut = {i for i, key in enumerate(keys) if key is not None and features[i].text.endswith(_CUT)}
    for i, maybe_key in enumerate(keys):
        if maybe_key is None:
            continue
        key = maybe_key
        first = exact.get(key)
        if first is not None:
            root[find(i)] = find(first)
            continue
        exact[key] = i
        words = key.split(" ")
        block_key = " ".join(words[:2])
        bucket = blocks.setdefault(block_key, [])
        for j, other in bucket:
            if _same_headline(key, other, config.duplicate_similarity, i in cut, j in cut):
                root[find(i)] = find(j)
                break
        if len(bucket) < config.fuzzy_candidates:
            bucket.append((i, key))

    roots = [find(i) if key is not None else -1 for i, key in enumerate(keys)]
    # The keys and their index hold a page of lines' worth: let them go
    # before the groups are gathered, rather than hold both at the peak.
    del keys, exact, blocks, cut
    by_root: dict[int, list[int]] = {}
    for i, r in enumerate(roots):
        if r >= 0:
            by_root.setdefault(r, []).append(i)
    group = [-1] * n
    members: list[tuple[int, ...]] = []
    for indexes in by_root.values():
        if len(indexes) > 1:
            for i in indexes:
                group[i] = len(members)
            members.append(tuple(indexes))
    return Repeats(tuple(group), tuple(members), tuple(echo))


def _same_headline(a: str, b: str, similarity: float, a_cut: bool, b_cut: bool) -> bool:
    """Do two normalised lines show the same headline? A line the page cut
    short (``a_cut``, ``b_cut``) matches a longer one by its first words."""
    shorter, longer, cut = (a, b, a_cut) if len(a) <= len(b) else (b, a, b_cut)
    if cut and longer.startswith(shorter) and shorter.count(" ") + 1 >= PREFIX_MATCH_WORDS:
        return True
    return fuzz.ratio(a, b, score_cutoff=similarity) > 0


def _find_echoes(features: tuple[Features, ...], keys: list[str | None]) -> list[int]:
    """Mark a line that repeats the line above it without that line's kicker."""
    echo = [-1] * len(features)
    previous = -1
    for i, feature in enumerate(features):
        if feature.line.blank:
            continue
        if previous >= 0 and keys[i] is not None:
            above = features[previous]
            if above.kicker and normalise(above.text[len(above.kicker) :]) == keys[i]:
                echo[i] = previous
        previous = i
    return echo
