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

from newsclean.lines import Line, front_matter_range, unmark

# Blank lines allowed between two pieces of one sentence.
MAX_GAP = 1
# A link or an emphasis inside a sentence is a few words ("Tuesday", "the mayor said").
LINK_MAX_WORDS = 4
# A joined run must hold a sentence's words: fewer is a button's caption or a label.
SENTENCE_MIN_WORDS = 8
# A sentence broken at more tags than this is a list of short lines, not one sentence.
MAX_PIECES = 12
# A paragraph of a thousand words wraps to about 80 lines: a longer run of
# full lines is a page's text run together, read in parts of this many.
WRAPPED_MAX_LINES = 100

# A sentence ends in one of these, perhaps before closing quotes or brackets:
# the full stops, question and exclamation marks of the scripts news is
# written in (CJK's full-width marks, the danda of Hindi, Marathi, Nepali and
# Bengali, Urdu's full stop, Arabic's question mark, Armenian's, Amharic's,
# Burmese's and Khmer's full stops). Two dots or more ("...") are a text cut
# short, not ended.
SENTENCE_ENDS = (".", "!", "?", "。", "！", "？", "।", "॥", "۔", "؟", "։", "።", "။", "។")
# Closing quotes and brackets after a sentence's end (features.py reads them too).
CLOSERS = "\"'”’»)]"
# A piece that opens with one of these goes on from the piece before it.
_GOING_ON = (",", ";", ":", ")", "]", "”", "’", "»", "–", "—")
# ... and so does a full stop, question or exclamation mark alone or before a
# closing mark (".NET" and "...more" are not a sentence's end).
_STOPS = frozenset(".!?")
_AFTER_STOP = frozenset(["", " ", *CLOSERS])
_GOING_ON_FIRST = frozenset(_GOING_ON) | _STOPS
# Punctuation after a piece's first word ("begins, Volkswagen bets").
_TRAILING = ",.;:!?\"'”’)"


class Piece(NamedTuple):
    """A line that is a piece of a sentence broken at inline tags, or of a
    paragraph wrapped at a fixed width."""

    sentence: str
    """The whole sentence or paragraph, its pieces joined by spaces."""
    first: bool
    """The first piece (the others go on what it began)."""
    start: int
    """Index of the first piece's line: one key for the whole."""


def find_fragments(lines: tuple[Line, ...], header: range | None = None) -> dict[int, Piece]:
    """The lines that are pieces of a broken sentence or a wrapped paragraph, by
    index. ``header``: the document's header of fields, when the caller has
    found it already (lines.front_matter_range).

    >>> from newsclean.lines import split_lines
    >>> lines = split_lines("Menu\\nThe council voted on\\nTuesday\\nto close the old bridge.")
    >>> pieces = find_fragments(lines)
    >>> sorted(pieces), pieces[2].sentence
    ([1, 2, 3], 'The council voted on Tuesday to close the old bridge.')
    >>> [pieces[i].first for i in (1, 2, 3)]
    [True, False, False]
    """
    # (A document's header of fields is no text: "title: ..." / "date: ..." /
    # "description: ... ." read as one sentence would lend each field its date.)
    if header is None:
        header = front_matter_range(lines)
    header_end = header[-1] if header else -1
    shown = [i for i, line in enumerate(lines) if not line.blank and i > header_end]
    pieces = _wrapped_paragraphs(lines, shown)
    pieces.update(_broken_sentences(lines, shown, pieces))
    return pieces


def _broken_sentences(
    lines: tuple[Line, ...], shown: list[int], taken: dict[int, Piece]
) -> dict[int, Piece]:
    """The pieces of sentences broken at inline tags, in one pass over the lines.

    A chain grows while each next line can go on from the last one; it ends
    at a sentence's end, where its last ``MAX_PIECES`` lines are one sentence,
    or at a line that cannot go on, where it is dropped.
    """
    # A line goes on a sentence only when it, or the line after it (a link's
    # words between two pieces), opens as a sentence goes on: a cheap first
    # look at every line, and the full test only there.
    going = [_may_go_on(lines[i].text) for i in shown]
    if not any(going):
        return {}
    going.append(False)
    pieces: dict[int, Piece] = {}
    chain: list[int] = []  # positions in ``shown``
    for k, i in enumerate(shown):
        line = lines[i]
        if chain and (going[k] or going[k + 1]) and _next_piece(lines, shown, taken, chain[-1], k):
            chain.append(k)
        else:
            chain = [] if i in taken or not _may_be_piece(line) else [k]
        if chain and _ends_sentence(line.text):
            run = [shown[c] for c in chain[-MAX_PIECES:]]
            sentence = _whole(lines, run)
            if len(run) > 1 and len(sentence.split()) >= SENTENCE_MIN_WORDS:
                pieces.update(_pieces_of(run, sentence))
            chain = []
    return pieces


def _next_piece(
    lines: tuple[Line, ...], shown: list[int], taken: dict[int, Piece], here: int, k: int
) -> bool:
    """Can the line at position ``k`` go on the sentence whose last piece is at ``here``?"""
    before, after = lines[shown[here]], lines[shown[k]]
    if shown[k] in taken or not _joins(before, after, shown[k] - shown[here] - 1):
        return False
    text = after.text
    if _may_go_on(text) and _goes_on(text):
        return True
    # A link's words between two pieces: only with a piece going on after it.
    if k + 1 >= len(shown) or len(text.split()) > LINK_MAX_WORDS or _ends_sentence(text):
        return False
    following = lines[shown[k + 1]]
    return (
        shown[k + 1] not in taken
        and _may_go_on(following.text)
        and _goes_on(following.text)
        and _joins(after, following, shown[k + 1] - shown[k] - 1)
    )


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
        if (
            run
            and i == run[-1] + 1
            and len(run) < WRAPPED_MAX_LINES
            and _wraps_into(lines[run[-1]], lines[i], width)
        ):
            run.append(i)
            continue
        if len(run) > 1:
            pieces.update(_pieces_of(run, _whole(lines, run)))
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
    # (A bare list marker, an icon, has no text to wrap.)
    if after.blank or after.marker or after.heading or not after.text:
        return False
    if line.heading or not line.text:
        return False
    # A list item's wrapped text is indented under the item's words.
    if after.indent != line.indent and not (line.marker and after.indent > line.indent):
        return False
    first_word = after.raw.split(maxsplit=1)[0]
    return len(line.raw.rstrip()) + 1 + len(first_word) > width


def _pieces_of(run: list[int], whole: str) -> dict[int, Piece]:
    """The lines of a run (line indexes), each a piece of ``whole``."""
    return {j: Piece(whole, j == run[0], run[0]) for j in run}


def _whole(lines: tuple[Line, ...], run: list[int]) -> str:
    """The pieces' texts joined; a markdown link or emphasis that a wrap
    broke over two lines ("[the" / "mayor](/people/mayor)") is read as its text."""
    whole = " ".join(lines[i].text for i in run)  # (every piece has text)
    return unmark(whole)


def _may_go_on(text: str) -> bool:
    """A cheap first look: does the line open with a small letter or punctuation?"""
    first = text[:1]
    return first.islower() or first in _GOING_ON_FIRST


def _may_be_piece(line: Line) -> bool:
    return bool(line.text) and not line.marker and not line.heading


def _joins(before: Line, line: Line, gap: int) -> bool:
    """Could ``line`` stand as the next piece after ``before``?"""
    return (
        gap <= MAX_GAP
        and _may_be_piece(line)
        and line.indent == before.indent
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


def _ends_sentence(text: str) -> bool:
    bare = text.rstrip(CLOSERS)
    return bare.endswith(SENTENCE_ENDS) and not bare.endswith("..")
