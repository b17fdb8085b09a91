"""The phrase patterns give the same answer a page at a time as line by line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsclean import dates, features, patterns
from newsclean.dates import YEAR_HINT, has_clock_time, has_relative_time, times_in
from newsclean.lines import split_lines

FIXTURES = Path(__file__).parent / "fixtures"

# (line pattern, page form, whether it is used with match)
PAIRS = [
    (patterns.BOILERPLATE, patterns.BOILERPLATE_PAGE, True),
    (patterns.LEGAL, patterns.LEGAL_PAGE, False),
    (patterns.CONSENT, patterns.CONSENT_PAGE, False),
    (patterns.CONSENT_WEAK, patterns.CONSENT_WEAK_PAGE, False),
    (patterns.COMMENTS_START, patterns.COMMENTS_START_PAGE, True),
    (patterns.LIST_HEADING, patterns.LIST_HEADING_PAGE, True),
    (patterns.META_START, patterns.META_START_PAGE, True),
    (patterns.META_PHRASE, patterns.META_PHRASE_PAGE, False),
    (patterns.SEE_ALSO, patterns.SEE_ALSO_PAGE, True),
    (patterns.PROMO, patterns.PROMO_PAGE, True),
    (patterns.CONTROL, patterns.CONTROL_PAGE, True),
]

# Lines that end or start where a pattern could reach into the next line, if
# it were allowed to cross a newline.
EDGES = [
    "34",
    "comments",
    "share",
    "!!",
    "12 min",
    "read",
    "(photo",
    "reuters)",
    "by",
    "Jane Doe",
    "© 2023",
    "",
    "read more:",
    "»",
    "related",
    "latest news",
    "Photo: AP",
    "5 min read",
    "The mayor at the bridge (Photo: Jane Doe)",
    "subscribe to our newsletter",
]


def _all_lines() -> list[str]:
    texts: list[str] = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        texts.extend(line.text for line in split_lines(path.read_text(encoding="utf-8")))
    return texts + EDGES


@pytest.mark.parametrize(("line_pattern", "page_pattern", "anchored"), PAIRS)
def test_page_form_matches_the_same_lines(
    line_pattern: re.Pattern[str], page_pattern: patterns.PagePattern, anchored: bool
) -> None:
    texts = _all_lines()
    texts = [text.lower() for text in texts]  # they read the lower-cased line
    expected = [
        i
        for i, text in enumerate(texts)
        if (line_pattern.match(text) if anchored else line_pattern.search(text))
    ]
    assert expected, "the fixtures should exercise every pattern"
    assert patterns.lines_matching(page_pattern, patterns.join_lines(texts)) == expected


# (line pattern, page form, whether it reads the lower-cased line)
HINTS = [
    (features._CAPTION_WORD, features._CAPTION_WORD_PAGE, True),
    (features._CAPTION_AGENCY, features._CAPTION_AGENCY_PAGE, False),
    (features._GLUED_HINT, features._GLUED_HINT_PAGE, False),
    (YEAR_HINT, features._YEAR_PAGE, False),
]


@pytest.mark.parametrize(("line_pattern", "page_pattern", "lower"), HINTS)
def test_hints_find_the_same_lines_a_page_at_a_time(
    line_pattern: re.Pattern[str], page_pattern: patterns.PagePattern, lower: bool
) -> None:
    texts = [*_all_lines(), "Photo: AP", "Student-AthleteA 24-year-old", "7 Feb 2023"]
    if lower:
        texts = [text.lower() for text in texts]
    expected = [i for i, text in enumerate(texts) if line_pattern.search(text)]
    assert expected
    assert patterns.lines_matching(page_pattern, patterns.join_lines(texts)) == expected


# The page patterns that look for needles first: every unanchored one whose
# alternatives all open with a literal.
UNANCHORED = [
    *((line, page, True) for line, page, anchored in PAIRS if not anchored and page.needles),
    *((line, page, lower) for line, page, lower in HINTS if page.needles),
]


def test_the_keyword_patterns_have_needles() -> None:
    with_needles = {id(page) for _, page, _ in UNANCHORED}
    for page in (patterns.LEGAL_PAGE, patterns.CONSENT_PAGE, features._CAPTION_WORD_PAGE):
        assert id(page) in with_needles


@pytest.mark.parametrize(("line_pattern", "page_pattern", "lower"), UNANCHORED)
def test_needles_find_the_same_lines_as_the_scan(
    line_pattern: re.Pattern[str],
    page_pattern: patterns.PagePattern,
    lower: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The fixtures hold the needles on many lines: let the needles decide anyway.
    monkeypatch.setattr(patterns, "NEEDLE_LINES_SHARE", 1.0)
    texts = [*_all_lines(), "Photo: AP", "(c) 2019 Acme", "7 Feb 2023", "no needle here"]
    if lower:
        texts = [text.lower() for text in texts]
    expected = [i for i, text in enumerate(texts) if line_pattern.search(text)]
    assert expected
    assert patterns.lines_matching(page_pattern, patterns.join_lines(texts)) == expected


@pytest.mark.parametrize(
    ("source", "needles"),
    [
        ("reuters|getty|dpa", ("reuters", "getty", "dpa")),
        (r"(?:©|\(c\)\s{0,2}\d{4}|copyright\b)", ("©", "(c)", "copyright")),
        # A letter made optional by a quantifier is not part of the needle.
        ("e-?mail|news", ("e", "news")),
        # An alternative with no literal opening, or an optional group: no needles.
        (r"\d{4}|year", ()),
        ("(?:a|b)?c", ()),
        ("(?i:photo)|credit", ()),
    ],
)
def test_needles_are_the_literal_openings_of_every_alternative(
    source: str, needles: tuple[str, ...]
) -> None:
    assert patterns._needles(source) == needles


def test_no_pattern_matches_an_empty_line() -> None:
    joined = patterns.join_lines(["", "", ""])
    for _, page_pattern, _ in PAIRS:
        assert patterns.lines_matching(page_pattern, joined) == []


def test_factoring_keeps_the_language_of_an_alternation() -> None:
    source = r"^(?:advertisement|advertising|ad ?choices|e-?mail|[ab]x|e?x)\W{0,3}$"
    factored = re.compile(patterns._factor(source))
    original = re.compile(source)
    for text in [
        "advertisement",
        "advertising!",
        "adchoices",
        "ad choices",
        "email",
        "e-mail",
        "ax",
        "bx",
        "x",
        "ex",
        "advert",
        "emails",
        "a",
    ]:
        assert bool(factored.match(text)) == bool(original.match(text)), text


def test_every_byline_starts_with_one_of_the_listed_words() -> None:
    source = patterns.BYLINE.pattern
    words = source[source.index("(?i:") + 4 : source.index(")\\b")]
    for alternative in words.replace("(?:in)?", "|in").split("|"):
        first = alternative.split()[0]
        if first == "in":
            continue
        assert first in patterns.BYLINE_FIRST_WORDS, first
    assert "autorin" in patterns.BYLINE_FIRST_WORDS


def test_times_in_a_page_are_the_lines_that_tell_a_time() -> None:
    texts = [*_all_lines(), "vor 2 Tagen", "Today, 10:30", "10 things to know today", "20h13"]
    expected = [i for i, text in enumerate(texts) if _tells_a_time(text)]
    assert expected
    assert times_in(texts) == expected
    assert [
        i for i, text in enumerate(texts) if has_relative_time(text) or has_clock_time(text)
    ] == expected


def _tells_a_time(text: str) -> bool:
    """The rule line by line, written from the patterns: what the page scan must mean."""
    opening = text[: dates.TIME_WINDOW]
    low = opening.lower()
    return (
        dates._RELATIVE_AGO.search(low) is not None
        or dates._RELATIVE_BEFORE.search(low) is not None
        # a clock time, perhaps with the half of the day glued on ("6:30PM")
        or re.search(r"[0-2]?\d[:h.][0-5]\d(?:\b|(?i:[ap]m)\b)", opening) is not None
        or dates._RELATIVE_WORD_LINE.fullmatch(low.strip()) is not None
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday 6:30PM", True),
        ("11/13/19 9:00am", True),
        ("9:02 AM", True),
        ("20h13", True),
        ("a 3.50MB download", False),
        ("Version 2.10beta", False),
    ],
)
def test_a_clock_time_may_have_the_half_of_the_day_glued_on(text: str, expected: bool) -> None:
    assert has_clock_time(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today", True),
        ("Modified today", True),
        ("Heute, 21. Januar", True),
        ("* gestern", True),
        ("Sie sind hier:", False),  # German "here", not French "yesterday"
        ("Today's Paper", False),
        ("Fantasy Football Today", False),
        ("Wien heute", False),
    ],
)
def test_today_is_a_time_only_alone_or_when_the_page_changed(text: str, expected: bool) -> None:
    assert has_relative_time(text) is expected
