"""Step 2: measure each line: words, punctuation, stopwords, dates, bylines, phrases.

Everything a later rule looks at is computed here once, so that rules stay
cheap and each number in a reason can be traced to one field.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

import attrs
import regex

from newsclean import patterns
from newsclean.config import Config
from newsclean.dates import FoundDate, find_date, has_clock_time, has_relative_time
from newsclean.language import Stopwords, guess_stopwords
from newsclean.lines import Line

_WORD = regex.compile(r"\w+")
_DIGIT = re.compile(r"\d")
# Cheap tests before the caption pattern: an agency in capitals near the end ...
_CAPTION_AGENCY = re.compile(r"AP\b|AFP|EPA|ANSA|SIPA|PRESS|REUTERS|PA Images")
# ... the same for credit words, matched on the lower-cased end of the line:
# literal alternatives are what the standard library's re scans fastest.
_CAPTION_WORD = re.compile(
    r"reuters|getty|dpa|bloomberg|shutterstock|imago|istock|alliance|keystone|xinhua|"
    r"anadolu|nurphoto|wireimage|alamy|press|photo|foto|credit|courtesy|source|quelle|bild|"
    r"picture|image"
)
# ... or one of these at the start of the line ("Above: ...", "© Jane Doe").
_CAPTION_OPENINGS = (
    "photo",
    "foto",
    "image",
    "bild",
    "picture",
    "credit",
    "crédit",
    "zdjęcie",
    "above",
    "top",
    "pictured",
    "left",
    "right",
    "below",
    "main image",
    "©",
)
# Glued headline + summary lines are long: a headline alone is not glued.
GLUED_MIN_WORDS = 8
# Scripts written without spaces between words: count characters, not tokens.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Hangul}]")
# Characters per word in unspaced scripts: a Chinese word is about two characters.
UNSPACED_CHARS_PER_WORD = 2
# A line of this many words ending in dots was cut short by the page; shorter
# ones ("Wait...") may be the writer's own.
TRUNCATED_MIN_WORDS = 8
# Teaser summaries are cut at a couple of hundred characters; a longer text that
# ends in dots is a paywalled article's visible start, or the writer's own dots.
TRUNCATED_MAX_WORDS = 40
# A text cut short by the page: its dots are not the end of a sentence.
_TRUNCATIONS = ("...", "…", "[…]", "[...]")
# A sentence ends in one of these, perhaps followed by closing quotes or brackets.
_TERMINAL = regex.compile(r"[.!?…。！？](?:[\"'”’»)\]]{0,3})$")
# Teaser cards glued into one line: "…Student-AthleteA 24-year-old woman": a
# word of five letters or more directly followed by a capital that starts a new
# word. Shorter stems are brand names: MacBook, YouTube, PlayStation.
_GLUED = regex.compile(r"\p{Ll}{4}[.!?]?\p{Lu}(?=[\s\d]|\p{Ll}{2,}\s)")
# A cheap first test for Latin, Greek and Cyrillic text (the standard library's
# re, letter ranges instead of Unicode properties): it matches wherever the
# pattern above can, and three times faster on the many lines where it cannot.
_GLUED_HINT = re.compile(r"[a-zß-öø-ÿĀ-ſа-яα-ω]{4}[.!?]?[A-ZÀ-ÖØ-ÞĀ-ſА-ЯΑ-Ω]")
# ... but only when the text before the join is a headline: a few words, most
# of them capitalised. "the new PlayStation" inside a sentence is not a join.
GLUED_HEADLINE_WORDS = (3, 25)
GLUED_CAPITALISED_SHARE = 0.5
# An all-capitals section name opening a headline: "WORLD French protesters ...".
_KICKER = regex.compile(
    r"^(\p{Lu}[\p{Lu}\p{Pd}&']{2,24}(?: \p{Lu}[\p{Lu}\p{Pd}&']{1,24})?)\s+(?=\p{Lu}.{0,40}\p{Ll})"
)
# Copyright and legal mentions only decide on lines up to this long (a footer
# line, a link); longer ones are text that mentions them.
LEGAL_MAX_WORDS = 30
# Consent notices run to a few sentences; longer text that mentions cookies is text.
CONSENT_MAX_WORDS = 60
# Weak consent hints ("your browser", "newsletter") only count on lines this short;
# a paragraph may well mention a browser.
WEAK_CONSENT_WORDS = 20
# A call to act longer than this is a paragraph that happens to start that way.
PROMO_WORDS = 30
# Words of a page used to guess its language: only lines this long, so that an
# English menu on a German page does not decide.
LANGUAGE_SAMPLE_WORDS = 6


class Features(NamedTuple):
    """What the rules know about one line (internal, hence a cheap NamedTuple)."""

    line: Line
    words: int
    """Word count; in unspaced scripts, characters / 2."""
    stopwords: int
    """How many words are function words of the page's language."""
    terminal: bool
    """Ends like a sentence."""
    truncated: bool
    """A text the page cut short with dots: a teaser's summary."""
    date: FoundDate | None
    """A calendar date in the line."""
    datelike: bool
    """Has a date, a clock time or a relative time ("3 hours ago")."""
    byline: bool
    """Starts like "By Jane Doe"."""
    boilerplate_phrase: bool
    """Is a button or chrome phrase ("Share", "Advertisement", "Read more")."""
    legal: bool
    """Mentions copyright, privacy or terms."""
    consent: bool
    """Mentions cookies, consent, JavaScript or ad blockers."""
    comments_start: bool
    """Heads a readers' comment section."""
    comment_author: bool
    """Looks like "Jane says:"."""
    list_heading: bool
    """Names a list of links ("Latest news", "Related")."""
    meta_phrase: bool
    """Reading time, credit or published/updated line."""
    glued: bool
    """Two texts joined without a space ("...AthleteA 24-year-old")."""
    kicker: str
    """An all-capitals section name that opens the line, or ""."""
    caption: bool
    """Ends with a photo credit or starts with "Photo:"."""
    see_also: bool
    """A link to another story inside the text: "Read more: ..."."""
    promo: bool
    """A call to act: subscribe, sign up, download the app, share, donate."""

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def number(self) -> int:
        return self.line.number

    @property
    def stopword_share(self) -> float:
        return self.stopwords / self.words if self.words else 0.0

    @property
    def link_share(self) -> float:
        return self.line.link_chars / len(self.line.text) if self.line.text else 0.0


@attrs.frozen
class PageFeatures:
    """The features of every line, and what was learned about the page as a whole."""

    lines: tuple[Features, ...]
    stopwords: Stopwords


def _tokens(text: str) -> list[str]:
    words: list[str] = _WORD.findall(text.casefold())
    return words


def _word_count(text: str, tokens: list[str], unspaced_page: bool) -> int:
    unspaced = len(_UNSPACED.findall(text)) if unspaced_page and not text.isascii() else 0
    if not unspaced:
        return len(tokens)
    spaced = sum(1 for token in tokens if not _UNSPACED.search(token))
    return spaced + max(1, unspaced // UNSPACED_CHARS_PER_WORD)


def measure(lines: tuple[Line, ...], config: Config) -> PageFeatures:
    """Compute :class:`Features` for every line of the page."""
    cache: dict[str, list[str]] = {}
    tokens = []
    for line in lines:
        words = cache.get(line.text)
        if words is None:
            # A line of megabytes is measured on its first max_line_chars characters.
            prefix = line.text[: config.max_line_chars]
            words = cache[line.text] = _tokens(prefix) if prefix else []
        tokens.append(words)
    sample: Counter[str] = Counter()
    for words in tokens:
        if len(words) >= LANGUAGE_SAMPLE_WORDS:
            sample.update(words)
    stopwords = guess_stopwords(sample)
    # One search of the whole page says whether any line needs counting by characters.
    unspaced_page = any(
        not line.text.isascii() and _UNSPACED.search(line.text) is not None for line in lines
    )
    # Menus and link lists repeat the same lines many times over: measure each
    # distinct line once per page.
    seen: dict[str, Features] = {}
    measured = []
    for line, words in zip(lines, tokens):
        known = seen.get(line.raw)
        if known is None:
            known = seen[line.raw] = _measure_line(
                line, words, stopwords, config.max_line_chars, unspaced_page
            )
        else:
            known = Features(line, *known[1:])  # the same measurements, tied to this line
        measured.append(known)
    return PageFeatures(tuple(measured), stopwords)


def _measure_line(
    line: Line, tokens: list[str], stopwords: Stopwords, limit: int, unspaced_page: bool
) -> Features:
    whole = line.text
    text = whole[:limit]  # every pattern below runs on a bounded prefix
    if not text:  # blank, or a bare list marker for an icon
        return Features(
            line,
            0,
            0,
            False,
            False,
            None,
            False,
            False,
            False,
            False,
            False,
            False,
            False,
            False,
            False,
            False,
            "",
            False,
            False,
            False,
        )
    words = _word_count(text, tokens, unspaced_page)
    short = words <= 12
    low = text.lower()
    # Dates are read from the line with its marker: "10. November 2019" is a date,
    # not a list item.
    full = line.raw.strip()[:400]
    has_digit = _DIGIT.search(full) is not None
    date = find_date(full) if has_digit and words <= 25 else None
    datelike = date is not None or (
        short and (has_relative_time(full) or (has_digit and has_clock_time(full)))
    )
    kicker_match = _KICKER.match(text) if words >= 4 and text[:2].isupper() else None
    return Features(
        line=line,
        words=words,
        stopwords=stopwords.count(tokens),
        # A text cut short ("...Realtek Bluetooth...") ends in dots, not a sentence.
        terminal=_TERMINAL.search(whole[-8:]) is not None and not whole.endswith(_TRUNCATIONS),
        truncated=TRUNCATED_MIN_WORDS <= words < TRUNCATED_MAX_WORDS
        and whole.endswith(_TRUNCATIONS),
        date=date,
        datelike=datelike,
        byline=short and patterns.BYLINE.match(text) is not None,
        boilerplate_phrase=words <= 8 and patterns.BOILERPLATE.match(low) is not None,
        legal=words <= LEGAL_MAX_WORDS and patterns.LEGAL.search(low) is not None,
        consent=words < CONSENT_MAX_WORDS
        and (
            patterns.CONSENT.search(low) is not None
            or (words <= WEAK_CONSENT_WORDS and patterns.CONSENT_WEAK.search(low) is not None)
        ),
        # A "Comments" item in a share bar is a button, not the section's heading.
        comments_start=words <= 16
        and not line.marker
        and patterns.COMMENTS_START.match(low) is not None,
        comment_author=short
        and low.rstrip(": ").endswith(patterns.COMMENT_AUTHOR_ENDINGS)
        and patterns.COMMENT_AUTHOR.match(low) is not None,
        list_heading=words <= 8 and patterns.LIST_HEADING.match(low) is not None,
        meta_phrase=words <= 20
        and (
            patterns.META_START.match(low) is not None
            or patterns.META_PHRASE.search(low) is not None
        ),
        glued=words >= GLUED_MIN_WORDS and _is_glued(text),
        caption=words <= 80
        and (
            _CAPTION_WORD.search(low[-120:]) is not None
            or _CAPTION_AGENCY.search(text[-120:]) is not None
            or low.startswith(_CAPTION_OPENINGS)
        )
        and patterns.CAPTION.search(text[-300:]) is not None,
        see_also=words <= 40 and patterns.SEE_ALSO.match(low) is not None,
        promo=words <= PROMO_WORDS and patterns.PROMO.match(low) is not None,
        kicker=kicker_match.group(1) if kicker_match else "",
    )


def _is_glued(text: str) -> bool:
    """A headline and its summary joined without a space ("...AthleteA 24-year-old")."""
    opening = text[:600]
    if _GLUED_HINT.search(opening) is None:
        return False
    for match in _GLUED.finditer(opening):
        head = text[: match.start() + 2].split()
        low, high = GLUED_HEADLINE_WORDS
        if low <= len(head) <= high:
            capitalised = sum(1 for word in head if word[:1].isupper() or word[:1].isdigit())
            if capitalised >= GLUED_CAPITALISED_SHARE * len(head):
                return True
    return False
