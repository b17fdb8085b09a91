"""Invariants on any input: a page back, every line accounted for, no dependence
on hash seeds, stable re-cleaning. Property tests (hypothesis) over generated
pages, and the nasty pages in fixtures/nasty and nasty_pages.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import unicodedata
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from conftest import LABELLED
from nasty_pages import LARGE_PAGES, PARAGRAPH, small_pages
from newsclean.language import LANGUAGES

_VOCABULARY = (
    "the council voted to close old bridge repairs mayor said work would take years "
    "Home News Sport Share Advertisement Comments By Jane Doe Updated 2023 Feb © "
    "der die und Straße la le et el los że się bir ve 東京 新闻 الأخبار"
)
WORDS = st.sampled_from(_VOCABULARY.split(" "))
SENTENCE = (
    st.lists(WORDS, min_size=1, max_size=40).map(" ".join).map(lambda s: s[0].upper() + s[1:] + ".")
)
HEADLINE = st.lists(WORDS, min_size=2, max_size=12).map(" ".join)
MARKER = st.sampled_from(["", "  * ", "    + ", "      o ", "  1. ", "# ", "- ", "[", "  "])
ODD = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60
)  # any Unicode, control characters and separators included
LINE = st.one_of(
    SENTENCE,
    HEADLINE,
    st.tuples(MARKER, HEADLINE).map("".join),
    st.just(""),
    st.just(PARAGRAPH),
    ODD,
)
PAGE = st.lists(LINE, max_size=60).map("\n".join)
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])


def split(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def owned_lines(page: newsclean.Page) -> list[int]:
    article = page.article
    return [
        *([article.title_line] if article.title_line else []),
        *(
            n
            for first, last in zip(article.paragraph_lines, article.paragraph_last_lines)
            for n in range(first, last + 1)
            if page.labels[n - 1] is not None  # a blank line inside a broken paragraph
        ),
        *article.meta_lines,
        *(n for part in page.navigation for n in part.lines),
        *(n for part in page.teasers for n in part.lines),
        *(n for part in page.boilerplate for n in part.lines),
        *(n for n, label in enumerate(page.labels, 1) if label is newsclean.Label.DUPLICATE),
    ]


_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")
_NUMBER = re.compile(r"\d{1,3}[.)]")


def _unmarked(text: str) -> str:
    """Text less the markdown a converter left (link targets, emphasis marks)
    and the control and format characters (a NUL or a byte-order mark inside
    a word, which cleaning reads as a space or drops)."""
    if not text.isprintable():
        text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))
    return _LINK.sub(r"\1", text).replace("*", "").replace("_", "").replace("[", "")


def _first_word(paragraph: str) -> str:
    """A paragraph's first word, after its number ("1) Lego" is written "1. Lego")."""
    words = paragraph.split()
    return words[1] if len(words) > 1 and _NUMBER.fullmatch(words[0]) else words[0]


# The shipped schema of Page.to_dict(): what a user of the JSON may rely on.
_SCHEMA = jsonschema.Draft202012Validator(
    json.loads((resources.files("newsclean") / "data" / "page.schema.json").read_text("utf-8"))
)


def check_invariants(text: str, config: newsclean.Config | None = None) -> newsclean.Page:
    page = newsclean.clean(text, config=config or newsclean.Config())
    lines = split(text)
    assert len(page.labels) == len(lines)
    assert len(page.reasons) == len(lines)
    for label, reason, line in zip(page.labels, page.reasons, lines):
        assert (label is None) == (not line.strip())
        assert (reason is None) == (label is None)
    nonblank = [n for n, line in enumerate(lines, 1) if line.strip()]
    assert sorted(set(owned_lines(page))) == nonblank
    # A line's text is its raw text less the markdown a converter left
    # ("_7 February 2023_", "[Home](/)"), and a drop cap set apart rejoins its
    # word ("T he" is "The"): compare without the marks and the spaces.
    squashed = {
        n: _unmarked(" ".join(line.split())).replace(" ", "") for n, line in enumerate(lines, 1)
    }
    article = page.article
    assert len(article.paragraph_last_lines) == len(article.paragraphs)
    for first, last, paragraph in zip(
        article.paragraph_lines, article.paragraph_last_lines, article.paragraphs
    ):
        assert first <= last
        assert _unmarked(_first_word(paragraph)) in squashed[first]
        assert _unmarked(paragraph.split()[-1]) in squashed[last]
    for nav in page.navigation:
        for item in nav.items:
            assert _unmarked(item.text.split()[-1]) in squashed[item.line] if item.text else True
    # Readers' comments are a view of boilerplate lines, in order, not a part of their own.
    boilerplate = {n for block in page.boilerplate for n in block.lines}
    for block in page.comments:
        assert set(block.lines) <= boilerplate
        assert list(block.lines) == sorted(block.lines)
        assert len(block.text.split("\n")) == len(block.lines)
    data = page.to_dict()
    json.dumps(data)
    _SCHEMA.validate(data)  # (a teaser with no headline, a line number that is no int)
    # The other views of the page: one line of explanation per line, the Markdown.
    assert len(page.explain(lines)) == len(nonblank)
    markdown = article.to_markdown().replace("\\", "")  # (without its escapes)
    assert all(p.split()[-1].replace("\\", "") in markdown for p in article.paragraphs)
    return page


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGE, NEWLINES)
def test_every_line_accounted_for(text: str, newline: str) -> None:
    check_invariants(text.replace("\n", newline))


def _wrapped(text: str) -> str:
    return "\n".join(w for line in text.split("\n") for w in textwrap.wrap(line, 60) or [""])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=20, max_size=60))
def test_every_line_accounted_for_as_other_converters_write(lines: list[str]) -> None:
    # A blank line between all lines (get_text("\n\n")), read without them;
    # paragraphs wrapped at a fixed width (html2text), read whole.
    check_invariants("\n\n".join(lines))
    check_invariants(_wrapped("\n".join(lines)))


REAL_PAGES = [path.read_text(encoding="utf-8") for path in sorted(LABELLED.glob("*.txt"))]
_ODD_BITS = [
    *("\u200b", "\u00a0", "\ufeff", "\u202e", "\x00", "\t", "\x1f", "\u2028", "\x0c", "\r"),
    *("\u0301", "\U0001f600", "* ", "1. ", "# ", "> ", "[x](/a)", "](", "**", "_", "—", "|"),
    "\ud83d",  # half an emoji: a JSONL record cut inside a surrogate pair reads so
]


def _mutated(text: str, mutations: list[tuple[int, float, float]]) -> str:
    """A real page as a broken scrape might give it: lines lost, repeated,
    rewrapped, cut or glued, blank lines added or dropped, odd characters in."""
    lines = text.split("\n")
    for kind, where, other in mutations:
        n = len(lines)
        i, j = int(where * n), int(other * n)
        if kind == 0:
            del lines[i : i + 1 + j % 20]  # a stretch lost
        elif kind == 1:
            lines[i:i] = lines[j : j + 1 + i % 30]  # a stretch shown again elsewhere
        elif kind == 2:
            lines = [line for line in lines if line.strip()]
        elif kind == 3:
            lines = [half for line in lines for half in (line, "")]
        elif kind == 4:
            width = 40 + int(other * 60)
            lines = [piece for line in lines for piece in textwrap.wrap(line, width) or [""]]
        elif kind == 5 and lines:
            line = lines[min(i, n - 1)]
            k = int(other * len(line))
            bit = _ODD_BITS[int(other * len(_ODD_BITS)) % len(_ODD_BITS)]
            lines[min(i, n - 1)] = line[:k] + bit + line[k:]
        elif kind == 6 and lines:
            line = lines[min(i, n - 1)]
            k = int(other * len(line))
            lines[min(i, n - 1) : min(i, n - 1) + 1] = [line[:k], line[k:]]
        elif kind == 7 and n > 1:
            lines[min(i, n - 2) : min(i, n - 2) + 2] = [
                " ".join(lines[min(i, n - 2) : min(i, n - 2) + 2])
            ]
        elif kind == 8:
            lines = lines[i:] + lines[:i]
    return "\n".join(lines)


MUTATION = st.tuples(
    st.integers(0, 8),
    st.floats(0, 1, exclude_max=True),
    st.floats(0, 1, exclude_max=True),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(REAL_PAGES), st.lists(MUTATION, min_size=1, max_size=5))
def test_real_pages_broken_every_way_keep_every_line(
    page: str, mutations: list[tuple[int, float, float]]
) -> None:
    check_invariants(_mutated(page, mutations))


@settings(max_examples=200, deadline=None)
@given(PAGE)
def test_same_input_same_output(text: str) -> None:
    assert newsclean.clean(text).to_dict() == newsclean.clean(text).to_dict()


@settings(max_examples=200, deadline=None)
@given(PAGE)
def test_cleaning_the_article_again_keeps_its_paragraphs(text: str) -> None:
    article = newsclean.clean(text).article
    again = newsclean.clean(article.text).article
    assert set(article.paragraphs) <= set(again.paragraphs)


@pytest.mark.parametrize(
    "path",
    sorted(LABELLED.glob("*.txt")),
    ids=lambda p: p.stem,
)
def test_real_articles_clean_again_to_themselves(path: Path) -> None:
    article = newsclean.clean(path.read_text(encoding="utf-8")).article
    assert set(article.paragraphs) <= set(newsclean.clean(article.text).article.paragraphs)


@pytest.mark.parametrize("not_text", [b"bytes", bytearray(b"x"), None, 42, 3.5, ["a"]])
def test_anything_but_str_is_a_type_error(not_text: object) -> None:
    with pytest.raises(TypeError, match=type(not_text).__name__):
        newsclean.clean(not_text)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(small_pages()))
def test_small_nasty_pages(name: str) -> None:
    check_invariants(small_pages()[name])


def test_nasty_page_outcomes() -> None:
    pages = {name: newsclean.clean(text) for name, text in small_pages().items()}
    assert pages["empty"].labels == (None,)
    assert set(pages["only-blank"].labels) == {None}
    assert not pages["no-article"].article.found
    assert pages["no-article"].article.text == ""
    assert newsclean.Label.BODY not in pages["no-article"].labels
    assert len(pages["all-article"].article.paragraphs) == 4
    for script in ("arabic-rtl", "hebrew-rtl", "chinese-no-spaces", "japanese-no-spaces"):
        page = pages[script]
        sentences = [
            line for line in small_pages()[script].split("\n") if line.endswith((".", "。"))
        ]
        assert len(sentences) == 2, script
        assert all(s in page.article.paragraphs for s in sentences), script
        assert page.labels[0] is not newsclean.Label.BODY, script  # the menu is not
    assert "\x00" not in pages["control-characters"].article.text


@pytest.mark.parametrize("name", sorted(LARGE_PAGES))
def test_large_nasty_pages(name: str) -> None:
    """Behaviour only: how long they take is benchmarks/nasty.py's business."""
    text = LARGE_PAGES[name]()
    page = newsclean.clean(text)
    assert len(page.labels) == len(split(text))
    assert all(label is not None for label, line in zip(page.labels, split(text)) if line.strip())


@pytest.mark.parametrize("name", ["megabyte words in the header", "byline of 20,000 separators"])
def test_no_byline_of_megabytes(name: str) -> None:
    article = newsclean.clean(LARGE_PAGES[name]()).article
    assert article.byline is None or len(article.byline) < 100


def test_output_does_not_depend_on_the_hash_seed() -> None:
    fixtures = Path(__file__).parent / "fixtures"
    script = (
        "import json, sys, pathlib, newsclean\n"
        "paths = sorted(pathlib.Path(sys.argv[1]).rglob('*.txt'))\n"
        "pages = [newsclean.clean(p.read_text(encoding='utf-8')) for p in paths]\n"
        "print(json.dumps([page.to_dict() for page in pages]))\n"
    )
    outputs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", script, str(fixtures)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 1000


def test_a_huge_paragraph_is_kept_whole() -> None:
    text = ("word " * 200_000) + "end."
    page = newsclean.clean(text)
    assert page.article.text == text.strip()


def test_cleaning_again_keeps_paragraphs_that_a_converter_broke() -> None:
    # Found by hypothesis: a paragraph joined from two lines, re-cleaned under
    # the line above it, is still one paragraph of its own.
    text = (
        "The the the the Advertisement.\nThe the the the the council.\n"
        "00000000000 00000000000 A\na 0000000000000000000000000000:0:0:0:0:0\n"
        "The council Advertisement.\nThe the the the the the the.\n"
        "The the the the the the the.\nThe the the the the council."
    )
    article = newsclean.clean(text).article
    assert set(article.paragraphs) <= set(newsclean.clean(article.text).article.paragraphs)


@pytest.mark.parametrize("language", LANGUAGES)
def test_any_language_given_keeps_every_line(language: str) -> None:
    # A language given is trusted, however wrong for the page: nothing breaks.
    for text in (REAL_PAGES[0], REAL_PAGES[-1]):
        page = check_invariants(text, newsclean.Config(language=language))
        assert page.language == language
