"""Guess which stopword list fits a page, without a language flag.

Function words ("the", "und", "les", "się") are what separates running text
from menus and headlines in every European language, so each line's share of
them is a strong signal, as jusText showed. The page's language is whichever
shipped list's commonest words cover most of the page's words. A page in a
language that has no list (Chinese, Arabic, Hebrew ...) gets no stopword
signal at all, and the rules then rely on length and punctuation, which hold
in every script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from importlib import resources
from itertools import islice

import attrs

# A list must cover this share of the page's words to be trusted; below it the
# page is in some other language and stopword counts would only add noise.
MIN_COVERAGE = 0.08


# The language is told by each list's commonest words only, this many (the
# lists are ordered by frequency): the long lists' tails (7,317 words in the
# Finnish one, drawn from Wikipedia) hold names and nouns of other languages,
# "cup", "green", "bay", "johnson", which made English recipes and sports
# results Finnish.
GUESS_WORDS = 200

# A word with a digit in it: numbers are in some lists ("1" in Finnish) and
# would let a recipe's quantities decide its language.
_DIGIT = re.compile(r"\d")


def _load_lists() -> tuple[tuple[str, ...], tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    """Read the packaged lists: the languages' names, each one's words and its
    GUESS_WORDS commonest, case-folded."""
    folder = resources.files("newsclean") / "data" / "stopwords"
    names = sorted(entry.name[:-4] for entry in folder.iterdir() if entry.name.endswith(".txt"))
    lists = []
    commonest = []
    for name in names:
        text = (folder / f"{name}.txt").read_text(encoding="utf-8").casefold()
        if _DIGIT.search(text) is not None:  # (16 of the 29 lists have no digit)
            ordered = [word for word in text.split() if _DIGIT.search(word) is None]
        else:
            ordered = text.split()
        lists.append(frozenset(ordered))
        # (In file order, without repeats: "The" and "the" are one word folded.)
        commonest.append(frozenset(islice(dict.fromkeys(ordered), GUESS_WORDS)))
    return tuple(names), tuple(lists), tuple(commonest)


def _languages_of_words(lists: tuple[frozenset[str], ...]) -> dict[str, int]:
    """Word -> bit mask of the languages whose list has it.

    Built with C-level dictionary and set operations: most words are in one
    list, and only those an earlier list has too need a loop.
    """
    table: dict[str, int] = {}
    for language, words in enumerate(lists):
        bit = 1 << language
        known = words & table.keys()
        table.update(dict.fromkeys(words - known, bit))
        for word in known:
            table[word] |= bit
    return table


# Read-only data loaded once at import; nothing here changes afterwards.
LANGUAGES, _WORDS, _COMMONEST = _load_lists()
_TABLE = _languages_of_words(_COMMONEST)


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
# Each shipped list once, by name (read-only, like the lists themselves).
_LISTS = {name: Stopwords(name, words) for name, words in zip(LANGUAGES, _WORDS)}

# The ISO 639-1 and 639-3 codes of the shipped lists: a corpus's language tags
# name a list as well as its name does ("de" as fastText tags a page, "deu" as
# GlotLID does; "no" and "nor" for Norwegian, whose list is Bokmål's, and the
# individual codes of Estonian and Latvian, "ekk" and "lvs", that GlotLID gives).
ISO_CODES: dict[str, str] = {
    "bg": "bulgarian",
    "bul": "bulgarian",
    "ca": "catalan",
    "cat": "catalan",
    "cs": "czech",
    "ces": "czech",
    "da": "danish",
    "dan": "danish",
    "de": "german",
    "deu": "german",
    "el": "greek",
    "ell": "greek",
    "en": "english",
    "eng": "english",
    "es": "spanish",
    "spa": "spanish",
    "et": "estonian",
    "est": "estonian",
    "fi": "finnish",
    "fin": "finnish",
    "fr": "french",
    "fra": "french",
    "hr": "croatian",
    "hrv": "croatian",
    "hu": "hungarian",
    "hun": "hungarian",
    "id": "indonesian",
    "ind": "indonesian",
    "it": "italian",
    "ita": "italian",
    "lt": "lithuanian",
    "lit": "lithuanian",
    "lv": "latvian",
    "lav": "latvian",
    "nb": "norwegian_bokmal",
    "nob": "norwegian_bokmal",
    "nl": "dutch",
    "nld": "dutch",
    "pl": "polish",
    "pol": "polish",
    "pt": "portuguese",
    "por": "portuguese",
    "ro": "romanian",
    "ron": "romanian",
    "ru": "russian",
    "rus": "russian",
    "sk": "slovak",
    "slk": "slovak",
    "sl": "slovenian",
    "slv": "slovenian",
    "sr": "serbian",
    "srp": "serbian",
    "sv": "swedish",
    "swe": "swedish",
    "tr": "turkish",
    "tur": "turkish",
    "uk": "ukrainian",
    "ukr": "ukrainian",
    "no": "norwegian_bokmal",
    "nor": "norwegian_bokmal",
    "ekk": "estonian",
    "lvs": "latvian",
}


# Each list's ISO 639-1 code, as a page's language is told to users (the
# first in the table above: "nb" for Bokmål's).
ISO_639_1: dict[str, str] = {
    name: code for code, name in reversed(ISO_CODES.items()) if len(code) == 2
}


def list_named(name: str) -> str:
    """The stopword list that ``name`` means: a list's name in any case
    ("German", "norwegian_bokmal") or an ISO 639-1 or 639-3 code ("de",
    "deu"), with or without a region or script ("pt-BR", "en_US", "deu_Latn").

    >>> list_named("de"), list_named("English"), list_named("pt-BR"), list_named("deu_Latn")
    ('german', 'english', 'portuguese', 'german')

    Raises ``ValueError`` for a language that has no list, naming those that do.
    """
    key = name.strip().casefold().replace("-", "_")
    if key in LANGUAGES:
        return key
    code = key.partition("_")[0]
    if code in ISO_CODES:
        return ISO_CODES[code]
    known = ", ".join(
        f"{code} ({language})" for code, language in sorted(ISO_CODES.items()) if len(code) == 2
    )
    raise ValueError(
        f"no stopword list for language {name!r}; newsclean has: {known} "
        "(or their three-letter codes). "
        "For a page in another language, leave the language unset: it is then "
        "read by length and punctuation, which hold in every script."
    )


def stopwords_of(name: str) -> Stopwords:
    """The shipped list called ``name`` (as :func:`list_named` gives it, and
    ``Config.language`` keeps it)."""
    return _LISTS[name]


def guess_stopwords(counts: Mapping[str, int]) -> Stopwords:
    """Pick the list whose commonest words cover most of the page's words
    (case-folded, with counts).

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
    return _LISTS[LANGUAGES[best]]
