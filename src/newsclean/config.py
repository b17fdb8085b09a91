"""The thresholds that steer cleaning, in one frozen object with their reasons.

Every number that decides a label lives here, with a sentence of why, so that a
user can tune one without reading the code and a developer can see what a rule
depends on. The defaults were checked on the development set (see
docs/heuristics.md for the figures and the command).
"""

from __future__ import annotations

from typing import Any

import attrs

from newsclean.language import list_named


def _number(attribute: Any, value: object, kinds: tuple[type, ...]) -> None:
    """A clear TypeError for a value of the wrong kind ("10", None, True),
    which would otherwise fail deep inside a comparison."""
    if isinstance(value, bool) or not isinstance(value, kinds):
        what = " a whole number" if kinds == (int,) else " a number"
        raise TypeError(f"Config.{attribute.name} must be{what}, got {value!r}")


def _count(instance: Any, attribute: Any, value: int) -> None:
    _number(attribute, value, (int,))
    if value <= 0:
        raise ValueError(f"Config.{attribute.name} must be > 0, got {value!r}")


def _share(instance: Any, attribute: Any, value: float) -> None:
    _number(attribute, value, (int, float))
    if not 0.0 <= value <= 1.0:
        raise ValueError(
            f"Config.{attribute.name} is a share and must be within 0..1, got {value!r}"
        )


def _percentage(instance: Any, attribute: Any, value: float) -> None:
    _number(attribute, value, (int, float))
    if not 1.0 <= value <= 100.0:
        # (a share, 0.9, is what difflib's ratio gives: rapidfuzz's is 0-100)
        hint = f": did you mean {value * 100:g}?" if 0.0 < value < 1.0 else ""
        raise ValueError(
            f"Config.{attribute.name} is a percentage and must be within 1..100, "
            f"got {value!r}{hint}"
        )


def _language(value: str | None) -> str | None:
    """The stopword list's name for a language given by name or code; None to guess."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(
            f'Config.language is a language\'s name or ISO code ("german", "de", "deu") '
            f"or None, got {type(value).__name__}"
        )
    return list_named(value)


@attrs.frozen(kw_only=True)
class Config:
    """Thresholds for :func:`newsclean.clean`. All have defaults; pass only what you change.

    >>> from newsclean import Config
    >>> Config(paragraph_words=8).paragraph_words
    8
    """

    paragraph_words: int = attrs.field(default=10, validator=_count)
    """A line of this many words or more can be a paragraph of prose; menus,
    buttons and headlines are shorter."""

    sentence_words: int = attrs.field(default=5, validator=_count)
    """A shorter line that ends like a sentence (". ! ?") with at least this many
    words still reads as prose: a one-line paragraph, a quote."""

    stopword_share: float = attrs.field(default=0.25, validator=_share)
    """Share of function words ("the", "und", "de") above which a long line
    without final punctuation still reads as running text (jusText uses 0.30)."""

    link_share: float = attrs.field(default=0.5, validator=_share)
    """A line whose characters are mostly link text (markdown dumps) is a link,
    not prose."""

    headline_words_max: int = attrs.field(default=30, validator=_count)
    """A headline longer than this is really a sentence."""

    duplicate_min_words: int = attrs.field(default=5, validator=_count)
    """Repeats shorter than this are menu words and section names ("World
    News", "Best of the Decade", shown again by a mobile menu), not repeated
    headlines."""

    duplicate_similarity: float = attrs.field(default=90.0, validator=_percentage)
    """rapidfuzz ratio (0-100) above which two headlines are the same story:
    high enough that two stories about one topic stay apart, low enough to
    forgive a dropped apostrophe or a truncation mark."""

    fuzzy_candidates: int = attrs.field(default=8, validator=_count)
    """How many earlier headlines sharing a cheap key are compared fuzzily
    with each line; bounds the work so that it stays linear in page size."""

    header_window: int = attrs.field(default=30, validator=_count)
    """How many non-blank lines above the first paragraph are searched for the
    title and the article's meta lines (date, byline, dateline)."""

    max_line_chars: int = attrs.field(default=20_000, validator=_count)
    """Longer lines are measured on their first this-many characters only, so
    that one pathological line cannot make cleaning slow; their text is kept whole."""

    language: str | None = attrs.field(default=None, converter=_language)
    """The page's language, when the caller knows it: a stopword list's name
    or its ISO 639-1 or 639-3 code ("german", "de", "deu", "pt-BR",
    "deu_Latn"), kept as the list's name.
    None (the default) guesses it from the page's longer lines, as
    ``Page.language`` reports; a corpus tagged by language, or a short page
    with few sentences to guess from, reads better with it given. An unknown
    language is refused with the list of those newsclean has."""


def tagged(config: Config, tag: object) -> Config | None:
    """``config`` with the language a corpus's tag names ("de", "deu_Latn"),
    or None when the tag names no language newsclean has a list for (or is
    not a string): the page is then read as ``config`` says.

    >>> tagged(Config(), "de").language, tagged(Config(), "zh")
    ('german', None)
    """
    if not isinstance(tag, str):
        return None
    try:
        return attrs.evolve(config, language=tag)
    except ValueError:
        return None
