"""Step 1b: find the sentences and paragraphs a converter broke over lines.

Two converters' habits break a block of text over several lines: a line per
inline tag, and a fixed width.

A converter that writes every tag's text on a line of its own (BeautifulSoup's
``get_text("\\n")``) breaks a paragraph wherever it holds a link or an
emphasis::

    The council voted on
    Tuesday
    to close the old bridge, the mayor said.

Each piece alone reads like a menu item or a headline; together they are a
sentence of the text. This step finds such runs of pieces so that the next
step measures them as the one line they were: every piece gets the measures
of the whole sentence (its words, its full stop, its function words), and
keeps its own text and line number.

A run is joined only on a converter's traces, never on a guess from one line:

- every piece but the last stops short of a sentence's end (no full stop,
  question or exclamation mark);
- each piece after the first opens as a sentence goes on, with a small
  letter ("to close", "said") or with punctuation (", the mayor said"), or
  is a link's few words ("Tuesday") between a piece that stops short and one
  that goes on;
- the last piece ends the sentence, and the whole has the words of one;
- no piece is a list item or a heading, all stand at one indentation, with at
  most one blank line between two (``get_text("\\n\\n")`` puts one between all).

A line of a menu ("Comments" over "comments"), a byline over "written by
Regan", or an address over a web address ("www...") is never joined: the run
does not end a sentence, or its second line is not a sentence going on.

A converter that wraps text at a fixed width (html2text writes 78
characters a line) breaks every paragraph: on a page whose lines that hold
a space all run to about one width and no further, a line is wrapped when
the next line's first word would not have fitted after it, which is the
test a wrapping program applies. Its paragraph's lines are pieces too.
"""

from __future__ import annotations

from typing import NamedTuple

from newsclean.lines import Line

# Blank lines allowed between two pieces of one sentence.
MAX_GAP = 1
# A link or an emphasis inside a sentence is a few words ("Tuesday", "the mayor said").
LINK_MAX_WORDS = 4
# A joined run must hold a sentence's words: fewer is a button's caption or a label.
SENTENCE_MIN_WORDS = 8
# A sentence broken at more tags than this is a list of short lines, not one sentence.
MAX_PIECES = 12

# A sentence ends in one of these, perhaps before closing quotes or brackets;
# two dots or more ("...") are a text cut short, not ended.
_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")
_CLOSERS = "\"'”’»)]"
# A piece that opens with one of these goes on from the piece before it.
_GOING_ON = (",", ";", ":", ")", "]", "”", "’", "»", "–", "—")
# ... and so does a full stop, question or exclamation mark alone or before a
# closing mark (".NET" and "...more" are not a sentence's end).
_STOPS = frozenset(".!?")
_AFTER_STOP = frozenset(["", " ", *_CLOSERS])
_GOING_ON_FIRST = frozenset(_GOING_ON) | _STOPS


class Piece(NamedTuple):
    """A line that is a piece of a sentence broken at inline tags, or of a
    paragraph wrapped at a fixed width."""

    sentence: str
    """The whole sentence or paragraph, its pieces joined by spaces."""
    first: bool
    """The first piece (the others go on what it began)."""


def find_fragments(lines: tuple[Line, ...]) -> dict[int, Piece]:
    """The lines that are pieces of a broken sentence or a wrapped paragraph, by index.

    >>> from newsclean.lines import split_lines
    >>> lines = split_lines("Menu\\nThe council voted on\\nTuesday\\nto close the old bridge.")
    >>> pieces = find_fragments(lines)
    >>> sorted(pieces), pieces[2].sentence
    ([1, 2, 3], 'The council voted on Tuesday to close the old bridge.')
    >>> [pieces[i].first for i in (1, 2, 3)]
    [True, False, False]
    """
    shown = [i for i, line in enumerate(lines) if not line.blank]
    pieces = _wrapped_paragraphs(lines, shown)
    # A run starts one or two lines above a line that opens as a sentence goes
    # on: most pages have few such lines, and only there is a run looked for.
    going_on = [k for k, i in enumerate(shown) if _may_go_on(lines[i].text)]
    starts = sorted({k - d for k in going_on for d in (1, 2) if k - d >= 0})
    joined_to = -1  # the last position in ``shown`` already in a run
    for k in starts:
        if k <= joined_to or shown[k] in pieces:
            continue
        end = _run_end(lines, shown, k)
        if end > k and not any(i in pieces for i in shown[k : end + 1]):
            run = shown[k : end + 1]
            sentence = " ".join(text for i in run if (text := lines[i].text))
            if len(sentence.split()) >= SENTENCE_MIN_WORDS:
                for i in run:
                    pieces[i] = Piece(sentence, i == run[0])
                joined_to = end
    return pieces


def _wrapped_paragraphs(lines: tuple[Line, ...], shown: list[int]) -> dict[int, Piece]:
    """The lines of paragraphs that a converter wrapped at a fixed width
    (html2text writes 78 characters a line), as pieces of their paragraph.

    On such a page most lines of text run to nearly the same length and no
    further. A line is wrapped when the next line's first word would not
    have fitted after it: a line that could have taken it ended where its
    paragraph (or heading, or item) ended.
    """
    width = _wrap_width([lines[i].raw.rstrip() for i in shown])
    if not width:
        return {}
    pieces: dict[int, Piece] = {}
    run: list[int] = []
    for i in [*shown, -1]:
        if run and i == run[-1] + 1 and _wraps_into(lines[run[-1]], lines[i], width):
            run.append(i)
            continue
        if len(run) > 1:
            paragraph = " ".join(lines[j].text for j in run if lines[j].text)
            for j in run:
                pieces[j] = Piece(paragraph, j == run[0])
        run = [i]
    return pieces


# A page is wrapped at a fixed width when its lines with a space in them
# (a wrapping program cannot break a long web address) run no longer than
# this (a page whose paragraphs each stand on one line has lines of hundreds
# of characters) and no shorter than this, ...
WRAP_MAX_WIDTH = 100
WRAP_MIN_WIDTH = 40
# ... and this many of them run to within this many characters of the longest.
WRAPPED_MIN_LINES = 8
WRAP_SLACK = 15


def _wrap_width(lines: list[str]) -> int:
    """The width a page's text was wrapped at, or 0 when it was not."""
    lengths = [len(text) for text in lines if " " in text.lstrip()]
    width = max(lengths, default=0)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return 0
    near = sum(1 for n in lengths if n >= width - WRAP_SLACK)
    return width if near >= WRAPPED_MIN_LINES else 0


def _wraps_into(line: Line, after: Line, width: int) -> bool:
    """Was ``line`` wrapped before ``after``'s first word, at ``width``?"""
    if after.blank or after.marker or after.heading or not after.text or line.heading:
        return False
    # A list item's wrapped text is indented under the item's words.
    if after.indent != line.indent and not (line.marker and after.indent > line.indent):
        return False
    first_word = after.raw.split(maxsplit=1)[0]
    return len(line.raw.rstrip()) + 1 + len(first_word) > width


def _may_go_on(text: str) -> bool:
    """A cheap first look: does the line open with a small letter or punctuation?"""
    first = text[:1]
    return first.islower() or first in _GOING_ON_FIRST


def _run_end(lines: tuple[Line, ...], shown: list[int], k: int) -> int:
    """The position in ``shown`` of the last piece of the sentence that starts
    at position ``k``, or ``k`` when no broken sentence starts there."""
    first = lines[shown[k]]
    if not _may_be_piece(first) or _ends_sentence(first.text):
        return k
    last = k
    while last + 1 < len(shown) and last - k + 1 < MAX_PIECES:
        here, after = shown[last], shown[last + 1]
        line = lines[after]
        if not _joins(lines[here], line, after - here - 1, first.indent):
            break
        if not _goes_on(line.text):
            # A link's words between two pieces: only with a piece going on after it.
            following = shown[last + 2] if last + 2 < len(shown) else -1
            if (
                len(line.text.split()) > LINK_MAX_WORDS
                or _ends_sentence(line.text)
                or following < 0
                or not _joins(line, lines[following], following - after - 1, first.indent)
                or not _goes_on(lines[following].text)
            ):
                break
        last += 1
        if _ends_sentence(line.text):
            return last
    return k


def _may_be_piece(line: Line) -> bool:
    return bool(line.text) and not line.marker and not line.heading


def _joins(before: Line, line: Line, gap: int, indent: int) -> bool:
    """Could ``line`` be the next piece after ``before``?"""
    return (
        gap <= MAX_GAP
        and _may_be_piece(line)
        and line.indent == indent
        and not _ends_sentence(before.text)
    )


def _goes_on(text: str) -> bool:
    """Does the piece open as a sentence goes on: "to close", ", the mayor said"?"""
    if text.startswith(_GOING_ON):
        return True
    if text[:1] in _STOPS and text[1:2] in _AFTER_STOP:
        return True  # the sentence's own end after a link: "... take" / "two years" / "."
    word = text.split(maxsplit=1)[0].rstrip(_TRAILING) if text else ""
    # "iPhone" and "eBay" are names, not a sentence going on; a web address is a link.
    return word.isalpha() and word.islower()


# Punctuation after a piece's first word ("begins, Volkswagen bets").
_TRAILING = ",.;:!?\"'”’)"


def _ends_sentence(text: str) -> bool:
    bare = text.rstrip(_CLOSERS)
    return bare.endswith(_SENTENCE_ENDS) and not bare.endswith("..")
