"""The whole pipeline, one step after another: text -> lines -> features ->
repeats -> runs -> labels -> page."""

from __future__ import annotations

from newsclean.blocks import find_runs
from newsclean.config import Config
from newsclean.features import measure
from newsclean.labels import label_page
from newsclean.lines import split_lines
from newsclean.page import assemble
from newsclean.parts import Page
from newsclean.repeats import find_repeats

DEFAULT_CONFIG = Config()


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
    lines = split_lines(text)
    page_features = measure(lines, config)
    features = page_features.lines
    repeats = find_repeats(features, config)
    runs = find_runs(features)
    labelling = label_page(page_features, repeats, runs, config)
    return assemble(features, labelling, page_features.stopwords.language)
