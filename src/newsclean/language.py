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


# Read-only data loaded once at import; nothing here changes afterwards.
LANGUAGES, _WORDS = _load_lists()
_ANY_LANGUAGE = frozenset().union(*_WORDS)


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
    # Most of a page's words are in no list: look only at those that are.
    # (frozenset.intersection walks the page's words; "keys() & set" would walk
    # the fifty thousand words of the lists.)
    known = _ANY_LANGUAGE.intersection(counts)
    hits = [sum(map(counts.__getitem__, known & words)) for words in _WORDS]
    if not total:
        return NO_STOPWORDS
    best = max(range(len(LANGUAGES)), key=lambda i: (hits[i], -i))
    if hits[best] < MIN_COVERAGE * total:
        return NO_STOPWORDS
    return Stopwords(LANGUAGES[best], _WORDS[best])
