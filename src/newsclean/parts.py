"""The public types: labels, reasons, and the typed parts of a cleaned page.

All are frozen attrs classes: a cleaned page is a value that can be shared,
hashed and compared, never a half-built object. Each part carries the line
numbers (1-based, in the input split at "\\n") it came from, and ``to_dict()``
gives plain JSON types.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import re
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from newsclean.language import ISO_639_1

SCHEMA_VERSION = 1
"""Version of the ``to_dict()`` layout; raised whenever a key changes meaning."""


class Label(str, enum.Enum):
    """What a line of a scraped page is (see docs/labels.md and TAXONOMY.md)."""

    TITLE = "title"
    META = "meta"
    BODY = "body"
    DUPLICATE = "duplicate"
    NAVIGATION = "navigation"
    TEASER = "teaser"
    BOILERPLATE = "boilerplate"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Reason:
    """Why a line got its label: the rule's name and the numbers it looked at.

    Kept as constants and numbers, and only turned into prose when asked.
    """

    rule: str
    values: tuple[tuple[str, float | int | str], ...] = ()

    def __str__(self) -> str:
        if not self.values:
            return self.rule
        shown = ", ".join(f"{name}={_fmt(value)}" for name, value in self.values)
        return f"{self.rule} ({shown})"


def _fmt(value: float | int | str) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


# What opens a line that Markdown would read as a heading, a quote, a list
# item or a rule: a paragraph of the text that starts so is written escaped.
_MARKDOWN_OPENING = re.compile(r"#|>|[-+*](?:\s|$)|={3,}|_{3,}|-{3,}\s*$")
# ... and a number that Markdown would read as an ordered list's ("1. Januar"):
# its dot or bracket is escaped (a backslash before a digit stays a backslash).
_MARKDOWN_NUMBER = re.compile(r"(\d{1,9})([.)])(?=\s|$)")


def escape_markdown(text: str) -> str:
    """``text`` with a backslash where its opening would be read as Markdown's markup."""
    if _MARKDOWN_OPENING.match(text):
        return f"\\{text}"
    number = _MARKDOWN_NUMBER.match(text)
    return f"{text[: number.end(1)]}\\{text[number.end(1) :]}" if number else text


ParagraphKind = Literal["text", "heading", "item", "standfirst"]
"""What a paragraph of the article is: running text, a subheading, an item
of a list (bulleted or numbered: a numbered item keeps its number), or the
standfirst (the summary under the headline, body in the TAXONOMY)."""


def _kinds(kinds: Iterable[ParagraphKind]) -> tuple[ParagraphKind, ...]:
    return tuple(kinds)


def _markdown_blocks(paragraphs: tuple[str, ...], kinds: tuple[str, ...]) -> list[str]:
    """The body as Markdown's blocks: a subheading as a heading under the
    title's, the items of a list together as a list ("- ", or the number the
    page wrote), the rest as paragraphs."""
    blocks: list[str] = []
    previous = ""
    for paragraph, kind in zip(paragraphs, kinds or ("text",) * len(paragraphs)):
        if kind == "heading":
            blocks.append(f"## {escape_markdown(paragraph)}")
        elif kind == "item":
            number = _MARKDOWN_NUMBER.match(paragraph)
            item = paragraph if number else f"- {escape_markdown(paragraph)}"
            if previous == "item":
                blocks[-1] += "\n" + item  # one list, not a list per item
            else:
                blocks.append(item)
        else:
            blocks.append(escape_markdown(paragraph))
        previous = kind
    return blocks


def _lines_field() -> Any:
    return attrs.field(default=(), converter=tuple)


@attrs.frozen
class Article:
    """The page's main article. Empty (``found`` is False) when the page has none."""

    title: str | None = None
    title_line: int | None = None
    paragraphs: tuple[str, ...] = ()
    paragraph_lines: tuple[int, ...] = _lines_field()
    """The line each paragraph starts on."""
    paragraph_last_lines: tuple[int, ...] = _lines_field()
    """The line each paragraph ends on: its first line, unless a converter
    broke it over several (a wrapped paragraph, a sentence broken at links)."""
    paragraph_kinds: tuple[ParagraphKind, ...] = attrs.field(default=(), converter=_kinds)
    """What each paragraph is: "text", "heading" (a subheading of the text),
    "item" (an item of a list) or "standfirst" (the summary under the
    headline); ``to_markdown()`` writes them so. Empty
    when the article was built without them: every paragraph is then text."""
    published: _dt.date | None = None
    published_raw: str | None = None
    byline: str | None = None
    dateline: str | None = None
    tags: tuple[str, ...] = ()
    meta_lines: tuple[int, ...] = _lines_field()
    kicker: str | None = None
    """The article's section or series named right above its title ("World",
    "Company Town"), as the page shows it; None when no such line stands there."""

    @property
    def text(self) -> str:
        """The body paragraphs joined by blank lines: no title, byline or tags."""
        return "\n\n".join(self.paragraphs)

    @property
    def standfirst(self) -> str | None:
        """The summary under the headline (readability's excerpt, a deck): the
        first paragraph when it is of the kind "standfirst", else None."""
        if self.paragraph_kinds[:1] == ("standfirst",):
            return self.paragraphs[0]
        return None

    @property
    def found(self) -> bool:
        """True when an article body was found."""
        return bool(self.paragraphs)

    def to_markdown(self) -> str:
        """The article as Markdown: what is known of it (title, author, date,
        dateline, tags) in a YAML front matter, then the title as a heading
        and the body paragraphs. "" when nothing was found."""
        known = {
            "title": self.title,
            "author": self.byline,
            "date": self.published.isoformat() if self.published else None,
            "dateline": self.dateline,
            "kicker": self.kicker,
            "tags": list(self.tags) or None,
            "description": self.standfirst,
        }
        # JSON's strings and lists are YAML's flow scalars: quoting is exact.
        front = [
            f"{key}: {json.dumps(value, ensure_ascii=False)}"
            for key, value in known.items()
            if value is not None
        ]
        blocks = [f"# {escape_markdown(self.title)}"] if self.title else []
        blocks += _markdown_blocks(self.paragraphs, self.paragraph_kinds)
        if not blocks:
            return ""
        return "\n\n".join(["\n".join(["---", *front, "---"]), *blocks]) + "\n"

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "title_line": self.title_line,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "paragraph_lines": list(self.paragraph_lines),
            "paragraph_last_lines": list(self.paragraph_last_lines),
            "paragraph_kinds": list(self.paragraph_kinds),
            "published": self.published.isoformat() if self.published else None,
            "published_raw": self.published_raw,
            "byline": self.byline,
            "dateline": self.dateline,
            "kicker": self.kicker,
            "tags": list(self.tags),
            "meta_lines": list(self.meta_lines),
        }


@attrs.frozen
class NavItem:
    """One entry of a navigation list."""

    text: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "line": self.line}


@attrs.frozen
class Navigation:
    """A menu or link list: an optional heading and its items."""

    heading: str | None
    items: tuple[NavItem, ...]
    lines: tuple[int, ...] = _lines_field()

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "items": [item.to_dict() for item in self.items],
            "lines": list(self.lines),
        }


@attrs.frozen
class Teaser:
    """A card promoting another article: kicker, headline, summary."""

    kicker: str | None
    headline: str
    summary: str | None
    lines: tuple[int, ...] = _lines_field()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kicker": self.kicker,
            "headline": self.headline,
            "summary": self.summary,
            "lines": list(self.lines),
        }


@attrs.frozen
class Duplicate:
    """A headline the page shows more than once, and every line where it stands."""

    text: str
    lines: tuple[int, ...] = _lines_field()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "lines": list(self.lines)}


@attrs.frozen
class Block:
    """A run of boilerplate lines (consent notes, buttons, footers, comments)."""

    text: str
    lines: tuple[int, ...] = _lines_field()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "lines": list(self.lines)}


@attrs.frozen
class Page:
    """A cleaned page: the article and every other part, tied to the input lines."""

    article: Article
    navigation: tuple[Navigation, ...]
    teasers: tuple[Teaser, ...]
    duplicates: tuple[Duplicate, ...]
    boilerplate: tuple[Block, ...]
    labels: tuple[Label | None, ...]
    """One per input line: None for a blank line, else its :class:`Label`."""
    reasons: tuple[Reason | None, ...] = attrs.field(eq=False, repr=False)
    """One per input line: why it got its label (None for a blank line)."""
    language: str | None = None
    """The stopword list the page was read with, or None."""
    comments: tuple[Block, ...] = _lines_field()
    """The readers' comments under the article, run by run: lines that are
    also in :attr:`boilerplate` (TAXONOMY), given apart as well."""

    @property
    def language_code(self) -> str | None:
        """The ISO 639-1 code of :attr:`language` ("en", "de"), or None."""
        return ISO_639_1.get(self.language) if self.language else None

    def explain(self, lines: list[str] | None = None) -> list[str]:
        """One row per line: number, label and reason (and the text if given)."""
        rows = []
        for number, (label, reason) in enumerate(zip(self.labels, self.reasons), start=1):
            if label is None:
                continue
            row = f"{number:>5}  {label.value:<11} {reason}"
            if lines is not None and number <= len(lines):
                row += f"  | {lines[number - 1].strip()[:80]}"
            rows.append(row)
        return rows

    def to_dict(self) -> dict[str, Any]:
        """The whole page as plain JSON types (schema version :data:`SCHEMA_VERSION`)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "language": self.language,
            "language_code": self.language_code,
            "article": self.article.to_dict(),
            "navigation": [part.to_dict() for part in self.navigation],
            "teasers": [part.to_dict() for part in self.teasers],
            "duplicates": [part.to_dict() for part in self.duplicates],
            "boilerplate": [part.to_dict() for part in self.boilerplate],
            "comments": [part.to_dict() for part in self.comments],
            "labels": [label.value if label else None for label in self.labels],
        }
