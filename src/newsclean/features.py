"""Step 2: measure each line: words, punctuation, stopwords, dates, bylines, phrases.

Everything a later rule looks at is computed here once, so that rules stay
cheap and each number in a reason can be traced to one field.

The work is done per page rather than per line where that is cheaper: each
distinct line is measured once (menus repeat), and the phrase, date and time
patterns run once over the page's lines joined together, each over only the
lines short enough for it to matter (``patterns.lines_matching``), with the
same answers as line by line.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import NamedTuple

import attrs
import regex

from newsclean import patterns
from newsclean.config import Config
from newsclean.dates import DATE_WINDOW, YEAR_HINT, FoundDate, find_date, times_in
from newsclean.fragments import CLOSERS, SENTENCE_ENDS, find_fragments
from newsclean.language import Stopwords, guess_stopwords, stopwords_of
from newsclean.lines import Line, front_matter_range, new_tuple

_WORD = regex.compile(r"\w+")
# A digit on a byline's line: its date or time.
_DIGIT = re.compile(r"\d")
# The same on ASCII text, where both engines mean [A-Za-z0-9_] by \w: the
# standard library's costs less a call, and most lines of most pages are ASCII.
_ASCII_WORD = re.compile(r"\w+")
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
    "illustration",
    "zeichnung",
    "drawing",
    "credit",
    "crédit",
    "zdjęcie",
    "фото",
    "above",
    "top",
    "pictured",
    "left",
    "right",
    "below",
    "main image",
    "©",
    "abbildung",
    "abb.",
    "figure",
    "fig.",
    "grafik",
    "beitragsbild",
    "titelbild",
    "media caption",
    "video",
    "courtesy of",
    "(courtesy of",
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
# A text cut short by the page: its dots are not the end of a sentence. Two
# dots ("..", also the end of "...") are how many portals cut a headline to fit
# its box; a writer's sentence ends in one or three.
_TRUNCATIONS = ("..", "…", "[…]", "[...]")
# ... and so is one that ends in its link to the rest, after its last
# sentence or its dots: "... Fragen und erläutert Hintergründe. mehr", "...
# the United ... Read More", "... Bedürfnissen der ... mehr", "... mit …
# Weiterlesen". A writer's sentence does not end so.
_MORE_LINK_END = regex.compile(
    r"(?:[.!?…\"“”»)]|\.\.)\s{1,3}(?:»\s?)?(?i:read more|more|mehr|weiterlesen|mehr lesen|"
    r"lire la suite|leer más|leia mais|continue reading|czytaj dalej)(?:\.{2,3}|…)?$"
)
# (looked for in a line's last characters)
MORE_LINK_TAIL = 24
# ... the link's word ending the line, perhaps before dots:
MORE_LINK_WORD = 16
_MORE_WORDS = ("more", "mehr", "weiterlesen", "lesen", "suite", "más", "mais", "reading", "dalej")
_MORE_WORD_ENDS = frozenset("eEnNsSgGjJrR")


def ends_in_more_link(text: str) -> bool:
    """Does the text end in its link to the rest, after a sentence or dots?

    >>> ends_in_more_link("... erläutert Hintergründe. mehr")
    True
    >>> ends_in_more_link("The repairs will cost far more.")
    False
    """
    # (The last word first, with str methods: the pattern alone on every
    # line of a page cost a twentieth of its time.)
    end = text[-MORE_LINK_WORD:].rstrip(".…")
    return (
        end[-1:] in _MORE_WORD_ENDS
        and end.lower().endswith(_MORE_WORDS)
        and _MORE_LINK_END.search(text, max(0, len(text) - MORE_LINK_TAIL)) is not None
    )


# A sentence ends in one of these (or in dots: "He paused…"), perhaps followed
# by closing quotes or brackets.
_SENTENCE_ENDS = (*SENTENCE_ENDS, "…")
# More closing marks than this after the full stop is markup, not a quotation.
MAX_CLOSERS = 3
# Teaser cards glued into one line: "…Student-AthleteA 24-year-old woman": a
# word of five letters or more directly followed by a capital that starts a new
# word. Shorter stems are brand names: MacBook, YouTube, PlayStation.
_GLUED = regex.compile(r"\p{Ll}{4}[.!?]?\p{Lu}(?=[\s\d]|\p{Ll}{2,}\s)")
# A cheap first test for Latin, Greek and Cyrillic text (the standard library's
# re, letter ranges instead of Unicode properties): it matches wherever the
# pattern above can, and three times faster on the many lines where it cannot.
_LOWER = "[a-zß-öø-ÿĀ-ſа-яα-ω]"
_UPPER = "[A-ZÀ-ÖØ-ÞĀ-ſА-ЯΑ-Ω]"
# (Written capital first, with the letters before it in a look-behind, so that
# the scan jumps from capital to capital instead of trying every letter.)
_GLUED_HINT = re.compile(rf"{_UPPER}(?:(?<={_LOWER}{{4}}{_UPPER})|(?<={_LOWER}{{4}}[.!?]{_UPPER}))")
# Joins are looked for in a line's opening only: a headline and its summary
# start a card, and the cost stays bounded on a line of megabytes.
GLUED_OPENING = 600
# ... but only when the text before the join is a headline: a few words, most
# of them capitalised. "the new PlayStation" inside a sentence is not a join.
GLUED_HEADLINE_WORDS = (3, 25)
GLUED_CAPITALISED_SHARE = 0.5
# A headline in title case glued to its summary by a space (html-text's cards):
# only on lines long enough to hold both, ...
TITLE_CASE_MIN_WORDS = 12
# ... with a headline of at least this many capitalised words ...
TITLE_CASE_RUN = 5
# ... and a summary of at least this many after it.
TITLE_CASE_SUMMARY_WORDS = 4
# The small words that title case capitalises ("To", "In", "For"): the long
# ones in a stopword list ("York" is in the English one) are names as often.
TITLE_CASE_SMALL_WORD = 3
_OPENING_QUOTES = "‘'\"“«$"
_SENTENCE_PUNCTUATION = (".", ":", "?", "!", ";")
# An all-capitals section name opening a headline: "WORLD French protesters ...".
_KICKER = regex.compile(
    r"^(\p{Lu}[\p{Lu}\p{Pd}&']{2,24}(?: \p{Lu}[\p{Lu}\p{Pd}&']{1,24})?)\s+(?=\p{Lu}.{0,40}\p{Ll})"
)
# "Short" lines are those a phrase can name on its own: a byline, a date line,
# a commenter's name.
SHORT_LINE_WORDS = 12
# A byline with its date and time ("By Jane Doe | November 18, 2019 at 2:26
# PM HST - Updated November 18 at 4:46 PM") runs to this many words; one
# without a date is a short line.
DATED_BYLINE_MAX_WORDS = 22
# A date is only read from lines up to this long: in a paragraph a date is
# something the text talks about, not when the page was published.
DATE_MAX_WORDS = 25
# Buttons and list headings are a few words ("Read more", "Most popular").
BUTTON_MAX_WORDS = 8
# A row of share buttons names a network a word (or two: "Google+").
SHARE_ROW_MAX_WORDS = 30
# The heading of a comment section: "34 responses to “A title of some words”",
# which holds the article's whole title ("10 thoughts on “Business Focus: It's
# Why Some People Triumph Online and Others Never Make It”", 17 words).
COMMENTS_HEADING_MAX_WORDS = 30
# Reading time, credits and "Updated ..." lines are a phrase, not a paragraph.
META_MAX_WORDS = 20
# "Read more: <a headline>" links are a phrase and a headline.
SEE_ALSO_MAX_WORDS = 40
# Captions are a sentence or two ending with a credit.
CAPTION_MAX_WORDS = 80
# A credit stands at the end of a caption: look for its words in this many characters ...
CAPTION_TAIL = 120
# ... and for the whole credit in this many.
CAPTION_END_CHARS = 300
# Copyright and legal mentions only decide on lines up to this long (a footer
# line, a link); longer ones are text that mentions them.
LEGAL_MAX_WORDS = 30
# A site's disclaimer (trademarks, health claims, no advice) runs to a short
# paragraph; a longer one that words it so is the article's.
DISCLAIMER_MAX_WORDS = 80
# Consent notices run to a few sentences; longer text that mentions cookies is text.
CONSENT_MAX_WORDS = 60
# ... but a consent manager's notice in full, with its legal wording, runs
# longer ("..., nutzen wir Cookies. Wenn Sie OK klicken, willigen Sie hierin
# ein. ...", 69 words): up to this many words, a line that speaks of cookies
# and asks for consent is one (patterns.CONSENT_ASKS).
LONG_CONSENT_MAX_WORDS = 150
# Weak consent hints ("your browser", "newsletter") only count on lines this short;
# a paragraph may well mention a browser.
WEAK_CONSENT_WORDS = 20
# A call to act longer than this is a paragraph that happens to start that way.
PROMO_WORDS = 30
# ... but one that opens with it is a pitch however it goes on ("Join our
# Space Forums to keep talking space ... let us know at: ...", "If you enjoyed
# this article, we have a proposition for you: Join NRPLUS. ..."), up to
# a paragraph's length.
PROMO_OPENING_WORDS = 60
# Words of a page used to guess its language: only lines this long, so that an
# English menu on a German page does not decide.
LANGUAGE_SAMPLE_WORDS = 6
# ... and no more than this many (the longest development page has 15,000): a
# language shows in its first hundred thousand words, and a page of megabytes
# would otherwise hold a count of every word it has, numbers included.
LANGUAGE_SAMPLE_MAX_WORDS = 100_000


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
    """Looks like "Jane says:", or a comment's "Log in to Reply"."""
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
    control: bool
    """One of the site's controls alone: "Sign in", "Search", "Close", "Skip to content"."""
    continues: bool = False
    """Goes on a sentence or paragraph begun on an earlier line, which a
    converter broke at an inline tag or wrapped: measured as the whole of it
    (fragments.py)."""

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
    header: range = range(0)
    """The document's header of fields that opens the page (a front matter), if any."""


def _tokens(text: str) -> list[str]:
    words: list[str] = (_ASCII_WORD if text.isascii() else _WORD).findall(text.casefold())
    return words


def _word_count(text: str, tokens: list[str]) -> int:
    """Words of a line on a page that has unspaced scripts (tokens otherwise)."""
    unspaced = len(_UNSPACED.findall(text)) if not text.isascii() else 0
    if not unspaced:
        return len(tokens)
    spaced = sum(1 for token in tokens if not _UNSPACED.search(token))
    return spaced + max(1, unspaced // UNSPACED_CHARS_PER_WORD)


_YEAR_PAGE = patterns.page_pattern(YEAR_HINT, anchored=False)
_CAPTION_WORD_PAGE = patterns.page_pattern(_CAPTION_WORD, anchored=False)
_CAPTION_AGENCY_PAGE = patterns.page_pattern(_CAPTION_AGENCY, anchored=False)
_GLUED_HINT_PAGE = patterns.page_pattern(_GLUED_HINT, anchored=False)
# The measurements of a line with no text (a bare list marker for an icon).
_NOTHING = Features(
    Line(0, "", "", 0, "", 0, 0, True),
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
    False,
)


class _Phrases(NamedTuple):
    """Which distinct lines of a page each phrase pattern matched (indices)."""

    boilerplate: frozenset[int]
    legal: frozenset[int]
    consent: frozenset[int]
    comments_start: frozenset[int]
    list_heading: frozenset[int]
    meta: frozenset[int]
    see_also: frozenset[int]
    promo: frozenset[int]
    control: frozenset[int]
    byline: frozenset[int]
    comment_author: frozenset[int]
    glued_hint: frozenset[int]
    caption_hint: frozenset[int]
    caption_scene: frozenset[int]


def measure(lines: tuple[Line, ...], config: Config) -> PageFeatures:
    """Compute :class:`Features` for every line of the page."""
    limit = config.max_line_chars
    # A sentence broken at inline tags, or a paragraph wrapped at a fixed
    # width, is measured whole, on each of its pieces.
    header = front_matter_range(lines)
    pieces = find_fragments(lines, header)
    # Menus and link lists repeat the same lines many times over: measure each
    # distinct line once per page.
    index_of: dict[str | int, int] = {}
    distinct: list[Line] = []
    order: list[int] = []
    for k, line in enumerate(lines):
        piece = pieces.get(k) if pieces else None
        # (A whole sentence is known by its first line's index, not by its text:
        # a key built of its text per piece would copy it once per piece.)
        key: str | int = line.raw if piece is None else piece.start
        index = index_of.get(key)
        if index is None:
            index = index_of[key] = len(distinct)
            distinct.append(line if piece is None else line._replace(text=piece.sentence))
        order.append(index)
    # A line of megabytes is measured on its first max_line_chars characters.
    texts = [line.text[:limit] for line in distinct]
    # One search of the whole page says whether any line needs counting by characters.
    unspaced_page = any(
        not line.text.isascii() and _UNSPACED.search(line.text) is not None for line in distinct
    )
    # How often each distinct line stands on the page (a list: a Counter of a
    # hundred thousand distinct lines holds megabytes more).
    times = [0] * len(distinct)
    for index in order:
        times[index] += 1
    for start in {piece.start for piece in pieces.values()}:
        times[index_of[start]] = 1  # a whole sentence is said once, however many its pieces
    del index_of
    sample: Counter[str] = Counter()
    # A language the caller gave is not guessed: no sample is counted.
    sampled = 0 if config.language is None else LANGUAGE_SAMPLE_MAX_WORDS
    counts: list[int] = []
    # Each line's words, case-folded, kept as one string: a page of megabytes
    # would otherwise hold a list of small strings per line until the end.
    folded: list[str] = []
    for index, text in enumerate(texts):
        words = _tokens(text) if text else []
        if len(words) >= LANGUAGE_SAMPLE_WORDS and sampled < LANGUAGE_SAMPLE_MAX_WORDS:
            sample.update(words if times[index] == 1 else words * times[index])
            sampled += len(words) * times[index]
        counts.append(_word_count(text, words) if unspaced_page else len(words))
        folded.append(" ".join(words))
    stopwords = (
        guess_stopwords(sample) if config.language is None else stopwords_of(config.language)
    )
    del sample, times  # (a count of up to a hundred thousand words, not held while scanning)
    phrases = _find_phrases(distinct, texts, folded, counts)
    dates, timely = _find_dates(distinct, counts)
    measured = [
        _measure_line(line, text, words, count, index, phrases, dates, timely, stopwords)
        for index, (line, text, words, count) in enumerate(zip(distinct, texts, folded, counts))
    ]
    # A repeated line shares its first showing's measurements, with its own Line.
    features = [
        known if known.line is line else new_tuple(Features, (line, *known[1:]))
        for line, known in zip(lines, (measured[index] for index in order))
    ]
    for k, piece in pieces.items():
        if not piece.first:  # a piece after the first goes on what that one began
            features[k] = features[k]._replace(continues=True)
    _join_split_bylines(features)
    return PageFeatures(tuple(features), stopwords, header)


# The word that opens a byline, alone on its line: the converter set the
# author's name, a link, on the next line ("By" / "Ryan Reed").
_BYLINE_WORDS = frozenset({"by", "von", "par", "por"})
# ... or the words that say the name is the writer's ("Written by" / "Ryan
# Reed", "Artikel von"), those a one-line byline opens with among them;
# "Sponsored by", "Powered by", "Designed by" name no author, and
# "präsentiert von" a sponsor.
_WRITER_WORDS = frozenset(patterns.WRITTEN_BY.split("|")) | frozenset(
    f"{what} {by}"
    for what in (
        "written", "article", "story", "posted", "words", "text", "reported",
        "geschrieben", "artikel", "beitrag", "écrit", "escrito", "artículo",
    )
    for by in _BYLINE_WORDS
)  # fmt: skip
# A name is a word or a few, each capitalised ("Ryan Reed", "HNN Staff",
# "Charlie Schmitz, HNN Intern").
SPLIT_BYLINE_NAME_WORDS = 5


def _join_split_bylines(features: list[Features]) -> None:
    """Mark a byline that a converter split over two lines: the byline word
    alone, then a name on the next line. Each line alone is no byline."""
    above = -1
    for k, f in enumerate(features):
        if f.line.blank:
            continue
        if (
            above >= 0
            # (every byline word or phrase is this short, with its colon: "By :")
            and len(features[above].text) <= SPLIT_BYLINE_WORDS_CHARS
            and byline_words_only(features[above].text)
            and names_someone(f.text)
        ):
            features[above] = features[above]._replace(byline=True)
            features[k] = f._replace(byline=True)
        above = k


# The longest byline word or phrase alone on its line, with its colon
# ("Geschrieben von :"): a longer line is none, unread.
SPLIT_BYLINE_WORDS_CHARS = max(map(len, _BYLINE_WORDS | _WRITER_WORDS)) + len(" :")


def byline_words_only(text: str) -> bool:
    """Is this line the byline's words alone ("By", "Written by:"), without the name?"""
    said = text.casefold().rstrip(": ")
    return said in _BYLINE_WORDS or said in _WRITER_WORDS


def names_someone(text: str) -> bool:
    """A name of a few capitalised words ("Ryan Reed", "HNN Staff"), no
    sentence; its last word may be an initial ("Joe S.")."""
    words = text.split()
    return (
        0 < len(words) <= SPLIT_BYLINE_NAME_WORDS
        and all(word[:1].isupper() for word in words)
        and not any(char.isdigit() for char in text)
        and (not text.endswith(_SENTENCE_PUNCTUATION) or _INITIAL.fullmatch(words[-1]) is not None)
    )


# A name's initial: one capital and its full stop.
_INITIAL = regex.compile(r"\p{Lu}\.")


def _scan(
    texts: list[str],
    counts: list[int],
    least: int,
    most: int,
    asks: tuple[tuple[patterns.PagePattern, int], ...],
) -> list[frozenset[int]]:
    """For each (pattern, word limit) in ``asks``: the lines it matches, among
    those of ``least`` to ``most`` words (indices in the page).

    The band's lines are joined once for all its patterns and dropped on
    return, so that one band at a time is held on a page of megabytes.
    """
    indices = [i for i, count in enumerate(counts) if least <= count <= most]
    joined = patterns.join_lines([texts[i] for i in indices])
    return [
        frozenset(
            indices[k]
            for k in patterns.lines_matching(pattern, joined)
            if counts[indices[k]] <= limit
        )
        for pattern, limit in asks
    ]


def _find_phrases(
    distinct: list[Line], texts: list[str], folded: list[str], counts: list[int]
) -> _Phrases:
    """Run each phrase pattern once over the page's lines that are short enough for it.

    Lines are scanned in a few bands of length, so that a long paragraph is
    not scanned for a button's name: a pattern costs time in proportion to the
    characters it reads.
    """
    lows = [text.lower() for text in texts]
    (
        boilerplate,
        share_rows,
        legal,
        weak,
        comments,
        headings,
        meta_start,
        meta_phrase,
        promo_inside,
        control,
        replies,
    ) = _scan(
        lows,
        counts,
        0,
        LEGAL_MAX_WORDS,
        (
            (patterns.BOILERPLATE_PAGE, BUTTON_MAX_WORDS),
            (patterns.SHARE_ROW_PAGE, SHARE_ROW_MAX_WORDS),
            (patterns.LEGAL_PAGE, LEGAL_MAX_WORDS),
            (patterns.CONSENT_WEAK_PAGE, WEAK_CONSENT_WORDS),
            (patterns.COMMENTS_START_PAGE, COMMENTS_HEADING_MAX_WORDS),
            (patterns.LIST_HEADING_PAGE, BUTTON_MAX_WORDS),
            (patterns.META_START_PAGE, META_MAX_WORDS),
            (patterns.META_PHRASE_PAGE, META_MAX_WORDS),
            (patterns.PROMO_INSIDE_PAGE, PROMO_WORDS),
            (patterns.CONTROL_PAGE, BUTTON_MAX_WORDS),
            (patterns.COMMENT_REPLY_PAGE, SHORT_LINE_WORDS),
        ),
    )
    consent, see_also, disclaimers, scenes, scenes_start, promo = _scan(
        lows,
        counts,
        0,
        max(CONSENT_MAX_WORDS - 1, DISCLAIMER_MAX_WORDS, CAPTION_MAX_WORDS, PROMO_OPENING_WORDS),
        (
            (patterns.CONSENT_PAGE, CONSENT_MAX_WORDS - 1),
            (patterns.SEE_ALSO_PAGE, SEE_ALSO_MAX_WORDS),
            (patterns.DISCLAIMER_PAGE, DISCLAIMER_MAX_WORDS),
            (patterns.CAPTION_SCENE_PAGE, CAPTION_MAX_WORDS),
            (patterns.CAPTION_SCENE_START_PAGE, CAPTION_MAX_WORDS),
            (patterns.PROMO_PAGE, PROMO_OPENING_WORDS),
        ),
    )
    long_consent = frozenset(
        i
        for i, low in enumerate(lows)
        if CONSENT_MAX_WORDS <= counts[i] <= LONG_CONSENT_MAX_WORDS
        and "cookie" in low
        and patterns.CONSENT_ASKS.search(low) is not None
    )
    comment_authors = frozenset(
        i
        for i, low in enumerate(lows)
        if counts[i] <= SHORT_LINE_WORDS
        and (
            (
                low.rstrip(": ").endswith(patterns.COMMENT_AUTHOR_ENDINGS)
                and patterns.COMMENT_AUTHOR.match(low) is not None
            )
            or (
                low.startswith(patterns.COMMENT_BY_OPENINGS)
                and patterns.COMMENT_BY.match(low) is not None
            )
        )
    )
    # "Photo: ...", "© Jane Doe": a caption may say so at its start.
    credit_openings = frozenset(
        i
        for i, low in enumerate(lows)
        if counts[i] <= CAPTION_MAX_WORDS and low.startswith(_CAPTION_OPENINGS)
    )
    tails = [low[-CAPTION_TAIL:] for low in lows]
    del lows  # one copy of the page's text at a time
    (credit_words,) = _scan(
        tails, counts, 0, CAPTION_MAX_WORDS, ((_CAPTION_WORD_PAGE, CAPTION_MAX_WORDS),)
    )
    tails = [text[-CAPTION_TAIL:] for text in texts]
    (agencies,) = _scan(
        tails, counts, 0, CAPTION_MAX_WORDS, ((_CAPTION_AGENCY_PAGE, CAPTION_MAX_WORDS),)
    )
    del tails
    (glued,) = _scan(
        [text[:GLUED_OPENING] for text in texts],
        counts,
        GLUED_MIN_WORDS,
        sys.maxsize,
        ((_GLUED_HINT_PAGE, sys.maxsize),),
    )
    return _Phrases(
        boilerplate=boilerplate | share_rows,
        legal=legal | disclaimers,
        consent=consent | weak | long_consent,
        # A "Comments" item in a share bar is a button, not the section's heading.
        comments_start=frozenset(i for i in comments if not distinct[i].marker),
        list_heading=headings,
        meta=meta_start | meta_phrase,
        see_also=see_also,
        promo=promo | promo_inside,
        control=control,
        byline=frozenset(
            i
            for i, words in enumerate(folded)
            if (
                (first := words.partition(" ")[0]) in patterns.BYLINE_FIRST_WORDS
                and counts[i] <= DATED_BYLINE_MAX_WORDS
                and patterns.BYLINE.match(texts[i]) is not None
                # (with a date or time it is a byline however it goes on:
                # "Von Max Muster publiziert am 25. September 2018")
                and (
                    first not in patterns.BYLINE_FROM_WORDS
                    or _DIGIT.search(texts[i]) is not None
                    or patterns.names_after_from(texts[i])
                )
            )
            or (
                counts[i] <= patterns.ROLE_BYLINE_MAX_WORDS
                and ", " in texts[i]
                and patterns.ROLE_BYLINE.match(texts[i]) is not None
            )
            or (
                counts[i] <= SPLIT_BYLINE_NAME_WORDS + 2  # (a name, a qualifier and a role)
                and texts[i].endswith(patterns.BARE_ROLES)
                and patterns.BARE_ROLE_BYLINE.match(texts[i]) is not None
            )
            or (
                "@" in texts[i]
                and counts[i] <= SHORT_LINE_WORDS
                and patterns.HANDLE_BYLINE.match(texts[i]) is not None
            )
        ),
        comment_author=comment_authors | replies,
        glued_hint=glued,
        caption_hint=credit_words | agencies | credit_openings,
        caption_scene=scenes | scenes_start,
    )


def _find_dates(
    distinct: list[Line], counts: list[int]
) -> tuple[dict[int, FoundDate], frozenset[int]]:
    """The calendar dates of the page's lines, and the short lines that tell a time.

    Dates are read from the line with its marker: "10. November 2019" is a
    date, not a list item.
    """
    band = [i for i, count in enumerate(counts) if 0 < count <= DATE_MAX_WORDS]
    fulls = [_with_marker(distinct[i])[:DATE_WINDOW] for i in band]
    found: dict[int, FoundDate] = {}
    # Every date shape has a four-digit year: only lines with one are read.
    for k in patterns.lines_matching(_YEAR_PAGE, patterns.join_lines(fulls)):
        date = find_date(fulls[k])
        if date is not None:
            found[band[k]] = date
    short = [k for k, i in enumerate(band) if counts[i] <= SHORT_LINE_WORDS]
    timely = {band[short[k]] for k in times_in([fulls[k] for k in short])}
    return found, frozenset(timely)


def _with_marker(line: Line) -> str:
    """The line's text with its number marker: "10. November 2019" is a date.
    (A bullet adds nothing to a date: the text itself, not a copy per line.)"""
    return f"{line.marker} {line.text}" if line.marker[:1].isdigit() else line.text


def _measure_line(
    line: Line,
    text: str,
    folded: str,
    words: int,
    index: int,
    phrases: _Phrases,
    dates: dict[int, FoundDate],
    timely: frozenset[int],
    stopwords: Stopwords,
) -> Features:
    """One distinct line's record, from what :func:`measure` found for the page."""
    if not text:  # blank, or a bare list marker for an icon
        return _NOTHING._replace(line=line)
    whole = line.text
    date = dates.get(index)
    datelike = date is not None or index in timely
    kicker_match = _KICKER.match(text) if words >= 4 and text[:2].isupper() else None
    truncated = whole.endswith(_TRUNCATIONS) or ends_in_more_link(whole)
    # Positional, in the order of Features' fields: keywords cost a little on
    # every line of every page.
    return new_tuple(
        Features,
        (
            line,
            words,
            stopwords.count(folded.split(" ") if folded else ()),  # stopwords
            # terminal: a text cut short ("...Realtek Bluetooth...") ends in dots, not a sentence.
            not truncated and _ends_sentence(whole),
            truncated and TRUNCATED_MIN_WORDS <= words < TRUNCATED_MAX_WORDS,  # truncated
            date,
            datelike,
            # A byline that also gives the date runs longer: "By Louis Jacobson on
            # Monday, November 18th, 2019 at 11:04 a.m."
            index in phrases.byline and (words <= SHORT_LINE_WORDS or date is not None),
            index in phrases.boilerplate,  # boilerplate_phrase
            index in phrases.legal,
            index in phrases.consent,
            index in phrases.comments_start,
            index in phrases.comment_author,
            index in phrases.list_heading,
            index in phrases.meta,  # meta_phrase
            (index in phrases.glued_hint and _is_glued(text))  # glued
            or (
                words >= TITLE_CASE_MIN_WORDS
                and text[:1].isupper()
                and _title_case_head(text, stopwords)
            ),
            kicker_match.group(1) if kicker_match else "",  # kicker
            (
                index in phrases.caption_hint  # caption
                and (
                    patterns.CAPTION_START.match(text) is not None
                    or patterns.CAPTION_END.search(text[-CAPTION_END_CHARS:]) is not None
                )
            )
            or index in phrases.caption_scene,
            index in phrases.see_also,
            index in phrases.promo,
            index in phrases.control,
            False,  # continues (set by measure for a piece of a broken sentence)
        ),
    )


def _ends_sentence(text: str) -> bool:
    """Ends in sentence punctuation, perhaps followed by up to three closing
    quotes or brackets, or in a face that a writer puts for the full stop."""
    bare = text.rstrip(CLOSERS)
    return (len(text) - len(bare) <= MAX_CLOSERS and bare.endswith(_SENTENCE_ENDS)) or (
        _ends_with_face(text)
    )


# A writer who ends a sentence with a face leaves out its full stop ("... und
# das gefällt mir 😉", "... das Mädl ist? :)"): the smiling, winking and
# frowning faces of Unicode's emoticons, and their ASCII forms. Other emoji
# ("... des Sommers 👡", "... kennen musst 🙏") decorate headlines.
_FACE_RANGES = (("\U0001f600", "\U0001f64b"), ("\U0001f910", "\U0001f92f"), ("☹", "☺"))
_ASCII_FACES = (":)", ";)", ":-)", ";-)", ":D", ";D", ":-D", ":P", ";P", ":-P", "^^", "<3")
# (An emoji may carry the selector that asks for its colour form.)
_EMOJI_PRESENTATION = "\ufe0f"


def _ends_with_face(text: str) -> bool:
    """Ends in a smiling, winking or frowning face, or its ASCII form (":)", ";-)")."""
    last = text[-1:]
    if last == _EMOJI_PRESENTATION:
        last = text[-2:-1]
    if last >= "☹" and any(low <= last <= high for low, high in _FACE_RANGES):
        return True
    return text.endswith(_ASCII_FACES)


def _title_case_head(text: str, stopwords: Stopwords) -> bool:
    """A headline in title case, then its summary, joined by a space: "Ford
    Recalls F-150s; Loose Cable Can Cause Stalling Or Fires Ford is recalling ...".

    Title case capitalises the small words too ("Or", "To", "In"): a short
    function word capitalised inside the opening run of capitalised words, not
    after a sentence's end, marks a headline; the words after the run are its
    summary.
    """
    if not stopwords.words:
        return False
    words = text.split()
    run = 0
    small = 0
    for k, word in enumerate(words):
        if not (word[0].isupper() or word[0].isdigit() or word[0] in _OPENING_QUOTES):
            break
        run += 1
        if (
            k
            and len(word) <= TITLE_CASE_SMALL_WORD
            and word.lower() in stopwords.words
            and not words[k - 1].endswith(_SENTENCE_PUNCTUATION)
        ):
            small += 1
    return run >= TITLE_CASE_RUN and small >= 1 and len(words) - run >= TITLE_CASE_SUMMARY_WORDS


def _is_glued(text: str) -> bool:
    """A headline and its summary joined without a space ("...AthleteA 24-year-old")."""
    opening = text[:GLUED_OPENING]
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
