"""Guess which stopword list fits a page, without a language flag.

Function words ("the", "und", "les", "się") are what separates running text
from menus and headlines in every European language, so each line's share of
them is a strong signal, as jusText showed. The page's language is whichever
shipped list covers most of the page's words. A page in a language that has no
list (Chinese, Arabic, Hebrew ...) gets no stopword signal at all, and the
rules then rely on length and punctuation, which hold in every script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from importlib import resources

import attrs

# A list must cover this share of the page's words to be trusted; below it the
# page is in some other language and stopword counts would only add noise.
MIN_COVERAGE = 0.08


# A word with a digit in it: numbers are in some lists ("1" in Finnish) and
# would let a recipe's quantities decide its language.
_DIGIT = re.compile(r"\d")


def _load_lists() -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """Read the packaged lists: the languages' names and each one's words, case-folded."""
    folder = resources.files("newsclean") / "data" / "stopwords"
    names = sorted(entry.name[:-4] for entry in folder.iterdir() if entry.name.endswith(".txt"))
    lists = []
    for name in names:
        text = (folder / f"{name}.txt").read_text(encoding="utf-8").casefold()
        lists.append(
            frozenset(word for word in text.split() if word.isalpha() or not _DIGIT.search(word))
        )
    return tuple(names), tuple(lists)


def _languages_of_words(lists: tuple[frozenset[str], ...]) -> dict[str, int]:
    """Word -> bit mask of the languages whose list has it.

    Built with C-level dictionary and set operations: most words are in one
    list, and only the few thousand shared ones need a loop.
    """
    table: dict[str, int] = {}
    for language, words in enumerate(lists):
        table.update(dict.fromkeys(words, 1 << language))
    shared: set[str] = set()
    seen: set[str] = set()
    for words in lists:
        shared |= seen & words
        seen |= words
    for word in shared:
        table[word] = 0
    for language, words in enumerate(lists):
        for word in shared.intersection(words):
            table[word] |= 1 << language
    return table


# Read-only data loaded once at import; nothing here changes afterwards.
LANGUAGES, _WORDS = _load_lists()
_TABLE = _languages_of_words(_WORDS)


@attrs.frozen
class Stopwords:
    """The stopword list chosen for one page."""

    language: str | None
    """Name of the list ("english", "german" ...), or None if none fits."""
    words: frozenset[str] = frozenset()
    """The chosen list's words."""

    def count(self, words: Iterable[str]) -> int:
        """How many of ``words`` (already case-folded) are stopwords of this page."""
        if not self.words:
            return 0
        return sum(map(self.words.__contains__, words))


NO_STOPWORDS = Stopwords(None)


def guess_stopwords(counts: Mapping[str, int]) -> Stopwords:
    """Pick the list that covers most of the page's words (case-folded, with counts).

    >>> from collections import Counter
    >>> guess_stopwords(Counter("der die und das ist nicht mit".split())).language
    'german'
    >>> guess_stopwords(Counter(["東京", "大阪"])).language is None
    True
    """
    total = sum(counts.values())
    hits = [0] * len(LANGUAGES)
    table = _TABLE
    # Most of a page's words are in no list: look only at those that are.
    # (Walking the page's words: "keys() & table.keys()" would walk whichever
    # is larger.)
    for word in table.keys() & counts.keys():
        n = counts[word]
        mask = table[word]
        while mask:
            low = mask & -mask
            hits[low.bit_length() - 1] += n
            mask ^= low
    if not total:
        return NO_STOPWORDS
    best = max(range(len(LANGUAGES)), key=lambda i: (hits[i], -i))
    if hits[best] < MIN_COVERAGE * total:
        return NO_STOPWORDS
    return Stopwords(LANGUAGES[best], _WORDS[best])
