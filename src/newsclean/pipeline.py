"""The whole pipeline, one step after another: text -> lines -> features ->
repeats -> runs -> labels -> page."""

from __future__ import annotations

import re
import warnings

import attrs

from newsclean.blocks import find_runs
from newsclean.config import Config
from newsclean.features import measure
from newsclean.labels import label_page
from newsclean.lines import Line, all_apart, close_even_gaps, split_lines
from newsclean.page import assemble
from newsclean.parts import Label, Page, Reason
from newsclean.repeats import find_repeats

DEFAULT_CONFIG = Config()


class HTMLInputWarning(UserWarning):
    """The text given to :func:`clean` looks like HTML markup, not a page's text."""


# Markup is recognised on the text's opening only: the check stays cheap on a
# page of megabytes, and a page of HTML shows its tags from the start.
HTML_SAMPLE_CHARS = 20_000
# A page's HTML is mostly tags; an article about HTML quotes a few of them.
HTML_TAG_SHARE = 0.1
# ... and a handful of tags is not a page.
HTML_MIN_TAGS = 5
_HTML_TAG = re.compile(
    r"<(?:!doctype\b|/?(?:html|head|body|div|span|p|a|ul|ol|li|nav|header|footer|section|"
    r"article|aside|main|h[1-6]|br|img|script|style|meta|link|table|tr|td|form|input|button)"
    r"\b)[^<>]{0,2000}>",
    re.IGNORECASE,
)


def clean(text: str, *, config: Config = DEFAULT_CONFIG) -> Page:
    """Split a scraped page's text into its article and the rest.

    ``text`` is the page as a scraper's text dump: one block per line. The
    result labels every line (``page.labels``, one entry per line of
    ``text`` split at "\\n" after "\\r\\n" and "\\r" become "\\n") and groups
    the lines into the article, navigation lists, teasers, duplicated
    headlines and boilerplate blocks.

    >>> import newsclean
    >>> text = "Home\\nWorld\\n\\nCouncil closes the old bridge\\nBy Jane Doe\\n"
    >>> text += "Words of a paragraph. " * 8
    >>> page = newsclean.clean(text)
    >>> page.article.title, page.article.byline
    ('Council closes the old bridge', 'Jane Doe')
    >>> [label.value if label else None for label in page.labels]
    ['navigation', 'navigation', None, 'title', 'meta', 'body']

    Raises ``TypeError`` when ``text`` is not a ``str`` (decode bytes first).
    """
    if not isinstance(text, str):
        hint = (
            " Decode it first, e.g. data.decode('utf-8')."
            if isinstance(text, (bytes, bytearray, memoryview))
            else ""
        )
        raise TypeError(
            f"newsclean.clean() needs the page as str, got {type(text).__name__}.{hint}"
        )
    if not isinstance(config, Config):
        raise TypeError(f"config must be a newsclean.Config, got {type(config).__name__}")
    if _looks_like_html(text):
        warnings.warn(
            "newsclean.clean() got what looks like HTML markup: it cleans a page's text. "
            "Convert the HTML to text first (inscriptis, html-text, or BeautifulSoup's "
            "get_text('\\n')); the markup is kept as text and labelled as such.",
            HTMLInputWarning,
            stacklevel=2,
        )
    lines = split_lines(text)
    read = close_even_gaps(lines)
    page_features = measure(read, config)
    features = page_features.lines
    repeats = find_repeats(features, config)
    runs = find_runs(features)
    # (A page read without its blank lines is still an article's own text when
    # a blank line stood between all its lines, as Article.text writes them.)
    spaced = read is not lines and all_apart(lines)
    labelling = label_page(page_features, repeats, runs, config, spaced=spaced)
    page = assemble(features, labelling, page_features.stopwords)
    return page if read is lines else _with_all_lines(page, read, len(lines))


def _with_all_lines(page: Page, read: tuple[Line, ...], count: int) -> Page:
    """The page's labels and reasons for every line of the text, the blank
    lines that were set aside included (close_even_gaps)."""
    labels: list[Label | None] = [None] * count
    reasons: list[Reason | None] = [None] * count
    for line, label, reason in zip(read, page.labels, page.reasons):
        labels[line.number - 1] = label
        reasons[line.number - 1] = reason
    return attrs.evolve(page, labels=tuple(labels), reasons=tuple(reasons))


def _looks_like_html(text: str) -> bool:
    """Is ``text`` mostly HTML tags, as a page's source is, rather than its text?"""
    sample = text[:HTML_SAMPLE_CHARS]
    if "<" not in sample:
        return False
    tags = _HTML_TAG.findall(sample)
    return len(tags) >= HTML_MIN_TAGS and sum(map(len, tags)) >= HTML_TAG_SHARE * len(
        sample.strip()
    )
