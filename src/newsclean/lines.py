"""Step 1: split the raw text into lines, keeping everything a converter revealed.

A converter leaves traces of the page's structure in its text: inscriptis
indents nested blocks and prefixes list items with ``*``, ``+``, ``o`` or
``1.``; html2text writes ``#`` headings and ``[text](url)`` links; lynx and
elinks number each link, ``[12]Home``; html-text and BeautifulSoup write
plain lines. Each trace is kept as a field so that later steps can use it as
a signal, and none is required.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice, pairwise
from typing import NamedTuple

import regex

# A list marker: a bullet symbol or a number, then whitespace. The 'o' bullet is
# inscriptis' third nesting level; it is only a marker when indented, because
# "o" also starts sentences in Portuguese, Spanish and Italian.
_BULLET = regex.compile(r"([*+\-•·▪►–o])(?:\s+|$)")
_BULLET_CHARS = frozenset("*+-•·▪►–o")
_NUMBER = regex.compile(r"(\d{1,3})[.)](?:\s+|$)")
_MD_HEADING = regex.compile(r"(#{1,6})\s+")
# A line that is only a web address.
_URL = regex.compile(r"(?:https?://|www\.)\S{2,2000}")
# Markdown blockquote marks at the start of a line: "> ", "> > ".
_BLOCKQUOTE = regex.compile(r"^(?:>\s)+\s*")
# Markdown emphasis (html2text writes **bold** and _italic_): the marks around
# a span, at word boundaries, so that snake_case and 2*3*4 stay as they are.
# The span is bounded, and cannot hold the mark, so the match stays linear
# (the standard library's engine runs it three times faster than regex's).
_EMPHASIS = re.compile(
    r"(?<![\w*_])(\*\*|__|\*|_)(?=[^\s*_])([^*_\n]{1,500}?)(?<=[^\s*_])\1(?![\w*_])"
)
# Emphasis is looked for in lines up to this long (a long paragraph is a few
# thousand characters): a line of megabytes full of stars costs no more time.
EMPHASIS_MAX_CHARS = 20_000
# A text browser's link number (``lynx -dump``, ``elinks -dump``): "[12]" right
# before the link's first word, at the line's start or after a space. (A
# footnote's mark stands after its word, "said[1]", and stays.)
_LINK_NUMBER = regex.compile(r"(?<!\S)\[\d{1,5}\](?=\w)")
# Markdown links and images: "[text](url)", "![alt](url "title")". Linear on
# any line: the parts are possessive (never given back to try shorter), the
# text holds no "[" (a scan starts at the "[" nearest its "]"; nested
# brackets never matched anyway) and the address no unpaired bracket (no
# address holds "](", so no two scans cover one stretch). With greedy parts
# a line of 200,000 characters "[a]([a](..." took 16 s, one "[[[[...a](" 57 s.
# A pair of brackets not opening a link stays in the address ("?q[]=1").
_MD_LINK = regex.compile(
    r"!?\[([^\[\]\n]{0,500}+)\]"
    r"\(((?:[^)\s\[\]]|\[[^)\s\[\]]{0,50}+\](?!\())*+)"
    r"(?:\s+\"[^\"\n]{0,500}+\")?\)"
)


class Line(NamedTuple):
    """One line of the input, with the traces of structure its converter left.

    An internal type: a NamedTuple rather than an attrs class, because a page
    can have a hundred thousand of them and they must be cheap to make.
    """

    number: int
    """1-based line number in the input (the text split at "\\n")."""
    raw: str
    """The line exactly as in the input (after newline normalisation)."""
    text: str
    """The content: indentation, list marker, heading marks and link targets removed."""
    indent: int
    """Leading spaces (a tab counts as four)."""
    marker: str
    """The list marker ("*", "+", "o", "-", "1." ...) or "" for none."""
    heading: int
    """Markdown heading level 1-6, or 0."""
    link_chars: int
    """Characters of :attr:`text` that were markdown link text."""
    blank: bool
    """True for a line of only whitespace: the one kind that gets no label.
    A line with only a list marker ("*" for an icon) is not blank."""


# A NamedTuple made without its generated __new__ (the same tuple, made in C):
# a page may have a hundred thousand lines, each with a Line and a Features.
new_tuple = tuple.__new__


def normalise_newlines(text: str) -> str:
    """Turn "\\r\\n" and lone "\\r" into "\\n": the contract's one line separator."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_lines(text: str) -> tuple[Line, ...]:
    """Split ``text`` at newlines into :class:`Line` objects; nothing is dropped.

    >>> [line.text for line in split_lines("Menu\\n  * Home\\n\\n[World](/w)")]
    ['Menu', 'Home', '', 'World']
    """
    text = normalise_newlines(text)
    lines = tuple(parse_line(number, raw) for number, raw in enumerate(text.split("\n"), start=1))
    # (A substring test is a twentieth of a regex's search for such a line.)
    return _with_setext_headings(lines) if "===" in text or "---" in text else lines


# A Markdown heading may be written over a line of "=" (level 1) or "-"
# (level 2), as markdownify, turndown (Jina Reader) and pandoc write them. The
# underline is as long as the text, give or take this many characters (a
# rule under a paragraph, a table's border, is not):
SETEXT_SLACK = 2
_UNDERLINE = regex.compile(r"={3,}|-{3,}")


def is_underline(line: Line, above: Line) -> bool:
    """Is ``line`` the underline of a Markdown heading written on ``above``?"""
    return (
        above.number == line.number - 1
        and not (line.marker or above.blank or above.marker or line.indent != above.indent)
        and abs(len(line.text) - len(above.raw.strip())) <= SETEXT_SLACK
        and _UNDERLINE.fullmatch(line.text) is not None
    )


def _with_setext_headings(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines with a heading level on each line over an underline."""
    marked = list(lines)
    for k in range(1, len(marked)):
        line, above = marked[k], marked[k - 1]
        if line.text[:1] in "=-" and not above.heading and is_underline(line, above):
            marked[k - 1] = above._replace(heading=1 if line.text[0] == "=" else 2)
    return tuple(marked)


def parse_line(number: int, raw: str) -> Line:
    """Read one raw line's indentation, marker, heading level and links.

    Every pattern here is anchored or linear, so a line of megabytes costs
    time in proportion to its length and its text is kept whole.
    """
    expanded = raw.replace("\t", "    ") if "\t" in raw else raw
    body = expanded.lstrip()
    if not body:
        return new_tuple(Line, (number, raw, "", len(expanded), "", 0, 0, True))
    indent = len(expanded) - len(body)
    if not body.isprintable():
        # Control characters become spaces before the markers are read: str
        # methods count "\x1f" as space and the regex module's \s does not,
        # so "#\x1fA" would be text once and a heading when cleaned again.
        body = body.translate(_CONTROL_TO_SPACE).lstrip()
        if not body:  # only control characters: not blank, but no text
            return Line(number, raw, "", indent, "", 0, 0, False)
    body = body.rstrip()
    if body.startswith("> "):
        # A markdown blockquote ("> text", "> > text"): a quote of the text.
        # (">> Read more" is a link's arrow, not a quote: it keeps its marks.)
        body = _BLOCKQUOTE.sub("", body) or body
    marker = ""
    heading = 0
    first = body[0]
    # Each pattern is tried only when the first character can start it: most
    # lines start with a letter, and a regex call costs more than this test.
    if first == "#" and (match := _MD_HEADING.match(body)):
        heading = len(match.group(1))
        body = body[match.end() :]
    elif first.isdigit() and (match := _NUMBER.match(body)):
        marker = match.group(1) + "."
        body = body[match.end() :]
    elif (
        first in _BULLET_CHARS
        and (match := _BULLET.match(body))
        and (match.group(1) != "o" or indent > 0)
    ):
        marker = match.group(1)
        body = body[match.end() :]
        if body[:1] in _BULLET_CHARS and (again := _BULLET.match(body)) and again.group(1) != "o":
            # A menu item whose text opens with its own dash ("+ - Campaign",
            # inscriptis over a styled list): one marker, the item's text after it.
            body = body[again.end() :]
    link_chars = 0
    if "](" in body:  # (most lines hold no link: no call for them)
        body, link_chars = unlink(body)
    if "[" in body:
        body = _LINK_NUMBER.sub("", body)
    body = _clean_inline(_unemphasised(body))
    if body.startswith(("http", "www.")) and _URL.fullmatch(body):
        link_chars = len(body)  # a bare address is a link, whatever the converter did with it
    return new_tuple(
        Line, (number, raw, body, indent, marker, heading, min(link_chars, len(body)), False)
    )


def unlink(text: str) -> tuple[str, int]:
    """Markdown links and images replaced by their text, and how many
    characters of the result were link text.

    >>> unlink("Read [the report](https://example.com/r) today")
    ('Read the report today', 10)
    """
    if "](" not in text:
        return text, 0
    parts: list[str] = []
    link_chars = 0
    last = 0
    for match in _MD_LINK.finditer(text):
        parts.append(text[last : match.start()])
        label = match.group(1).strip()
        parts.append(label)
        link_chars += len(label)
        last = match.end()
    parts.append(text[last:])
    return "".join(parts).strip(), link_chars


def unmark(text: str) -> str:
    """Text joined from several lines without the markdown marks that a
    wrap split over them: a link ("[the" / "mayor](/people/mayor)") is its
    text, an emphasis ("*Sharks" / "begin circling*") its words.

    >>> unmark("the *sharks begin circling* as [the mayor](/m) said")
    'the sharks begin circling as the mayor said'
    """
    return _unemphasised(unlink(text)[0])


def _unemphasised(text: str) -> str:
    if ("*" in text or "_" in text) and len(text) <= EMPHASIS_MAX_CHARS:
        return _EMPHASIS.sub(r"\2", text) or text
    return text


# C0 and C1 control characters, and the line and paragraph separators, to spaces.
_CONTROL_TO_SPACE = {
    code: " " for code in [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, 0xFEFF]
}


def _clean_inline(text: str) -> str:
    """Fold control characters and runs of spaces that converters leave inside a line."""
    if not text:
        return text
    if not text.isprintable():
        # Control characters become spaces (one C-level pass); what is still not
        # printable after that (a no-break space, say) is whitespace that the
        # split below folds, or a rare symbol kept as it is.
        text = text.translate(_CONTROL_TO_SPACE)
    if "  " in text or not text.isprintable():
        text = " ".join(text.split())
    return text.strip()


# A page whose lines all stand between blank lines (BeautifulSoup's
# get_text("\n\n"), some scrapers' dumps) says nothing with a single blank
# line: this share of the gaps between its lines holding one or more, ...
EVEN_GAPS_SHARE = 0.95
# ... over at least this many gaps (a short page proves nothing).
EVEN_GAPS_MIN = 20


def close_even_gaps(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines without the blank lines between them, when one or more
    stands between nearly all of them; else the lines as they are.

    On such a page a list, a menu or a card is spaced like the paragraphs
    around it, and the blank lines that set a block apart elsewhere carry no
    sign (two or three, where empty elements stood, say no more than one).
    Each line keeps its number, so the parts still point into the text.

    >>> lines = split_lines("\\n\\n".join(f"Item {k}" for k in range(30)))
    >>> len(lines), len(close_even_gaps(lines))
    (59, 30)
    """
    shown = [k for k, line in enumerate(lines) if not line.blank]
    gaps = [b - a - 1 for a, b in pairwise(shown)]
    apart = sum(1 for gap in gaps if gap)
    if len(gaps) < EVEN_GAPS_MIN or apart < EVEN_GAPS_SHARE * len(gaps):
        return lines
    # Drop the blank lines between the page's lines (none before the first or
    # after the last): on such a page two or three of them say no more than one.
    first, last = shown[0], shown[-1]
    return tuple(line for k, line in enumerate(lines) if not (line.blank and first < k < last))


def all_apart(lines: tuple[Line, ...]) -> bool:
    """Does a blank line stand between every two lines of text, as
    ``Article.text`` writes its paragraphs?"""
    return not any(not a.blank and not b.blank for a, b in pairwise(lines))


# A document's own header of fields above its text: a YAML front matter
# between "---" lines (Jekyll, Hugo, newsclean's --format markdown), or Jina
# Reader's "Title: ..." / "URL Source: ..." / "Published Time: ..." that ends
# in "Markdown Content:". It stands at the top, within this many lines.
FRONT_MATTER_MAX_LINES = 40
# "key: value" (a YAML key or Jina's "URL Source"), the value perhaps empty
# (a list follows) or quoted.
_FIELD = regex.compile(r"([A-Za-z][\w .-]{0,40}?):(?:[ \t]+(.{0,2000}))?")
_FENCES = ("---", "...")
_JINA_END = "Markdown Content:"
# The header's lines that are markup, not fields: its fences and Jina's end mark.
HEADER_MARKS = (*_FENCES, _JINA_END)


def front_matter(lines: Iterable[Line]) -> tuple[int, int]:
    """The first and last index of the page's header of fields (its fences
    included), or (-1, -1) when the page opens with none. Only the lines up
    to the header's end are read (a generator of a page's lines will do).

    >>> front_matter(split_lines("---\\ntitle: Bridge\\ndate: 2024-03-12\\n---\\n\\nText."))
    (0, 3)
    """
    numbered = enumerate(lines)
    first, opening_line = next(((k, line) for k, line in numbered if not line.blank), (-1, None))
    if opening_line is None:
        return -1, -1
    opening = opening_line.raw.strip()
    window = islice(numbered, FRONT_MATTER_MAX_LINES - 1)
    if opening == "---":
        fields = 0
        for k, line in window:
            raw = line.raw
            if raw.strip() in _FENCES:
                return (first, k) if fields else (-1, -1)
            if _FIELD.fullmatch(raw.strip()):
                fields += 1
            elif not (line.blank or raw[:1].isspace() or line.marker == "-"):
                break  # (neither a key, a list's item nor a value going on)
    elif opening.startswith("Title: "):
        for k, line in window:
            raw = line.raw.strip()
            if raw == _JINA_END:
                return first, k
            if raw and not _FIELD.fullmatch(raw):
                break
    return -1, -1


def front_matter_range(lines: Iterable[Line]) -> range:
    """The indices of the page's header of fields (:func:`front_matter`), empty when none."""
    first, last = front_matter(lines)
    return range(first, last + 1) if first >= 0 else range(0)  # (not range(-1, 0))


def field_of(line: Line) -> tuple[str, str] | None:
    """A header field's key (lower case) and value, without its quotes."""
    match = _FIELD.fullmatch(line.raw.strip())
    if match is None:
        return None
    value = (match.group(2) or "").strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].replace('\\"', '"')
    return match.group(1).lower(), value
