"""Guess which stopword list fits a page, without a language flag.

Function words ("the", "und", "les", "się") are what separates running text
from menus and headlines in every European language, so each line's share of
them is a strong signal, as jusText showed. The page's language is whichever
shipped list covers most of the page's words. A page in a language that has no
list (Chinese, Arabic, Hebrew ...) gets no stopword signal at all, and the
rules then rely on length and punctuation, which hold in every script.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib import resources

import attrs

# A list must cover this share of the page's words to be trusted; below it the
# page is in some other language and stopword counts would only add noise.
MIN_COVERAGE = 0.08


def _load_lists() -> tuple[tuple[str, ...], Mapping[str, int]]:
    """Read the packaged lists into one word -> bitmask-of-languages table."""
    folder = resources.files("newsclean") / "data" / "stopwords"
    names = sorted(entry.name[:-4] for entry in folder.iterdir() if entry.name.endswith(".txt"))
    table: dict[str, int] = {}
    for bit, name in enumerate(names):
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        for word in text.split():
            # Numbers are in some lists ("1" in Finnish) and would let a recipe's
            # quantities decide its language.
            if any(ch.isdigit() for ch in word):
                continue
            key = word.casefold()
            table[key] = table.get(key, 0) | (1 << bit)
    return tuple(names), table


# Read-only data loaded once at import; nothing here changes afterwards.
LANGUAGES, _TABLE = _load_lists()
# The languages (bit numbers) of each mask that occurs in the table.
_BITS: dict[int, tuple[int, ...]] = {
    mask: tuple(bit for bit in range(len(LANGUAGES)) if mask & (1 << bit))
    for mask in set(_TABLE.values())
}
_WORDS_BY_MASK: dict[int, frozenset[str]] = {
    1 << bit: frozenset(word for word, mask in _TABLE.items() if mask & (1 << bit))
    for bit in range(len(LANGUAGES))
}


@attrs.frozen
class Stopwords:
    """The stopword list chosen for one page."""

    language: str | None
    """Name of the list ("english", "german" ...), or None if none fits."""
    mask: int
    """Bit of the chosen language in the word table (0 when there is none)."""
    words: frozenset[str] = frozenset()
    """The chosen list's words."""

    def count(self, words: Iterable[str]) -> int:
        """How many of ``words`` (already case-folded) are stopwords of this page."""
        if not self.mask:
            return 0
        return sum(map(self.words.__contains__, words))


NO_STOPWORDS = Stopwords(None, 0)


def guess_stopwords(counts: Mapping[str, int]) -> Stopwords:
    """Pick the list that covers most of the page's words (case-folded, with counts).

    >>> from collections import Counter
    >>> guess_stopwords(Counter("der die und das ist nicht mit".split())).language
    'german'
    >>> guess_stopwords(Counter(["東京", "大阪"])).language is None
    True
    """
    hits = [0] * len(LANGUAGES)
    total = sum(counts.values())
    table = _TABLE
    # Most of a page's words are in no list: look only at those that are.
    for word in counts.keys() & table.keys():
        n = counts[word]
        for bit in _BITS[table[word]]:
            hits[bit] += n
    if not total:
        return NO_STOPWORDS
    best = max(range(len(LANGUAGES)), key=lambda i: (hits[i], -i))
    if hits[best] < MIN_COVERAGE * total:
        return NO_STOPWORDS
    return Stopwords(LANGUAGES[best], 1 << best, _WORDS_BY_MASK[1 << best])
