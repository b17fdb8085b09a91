"""Real pages with human labels (tests/fixtures/labelled): measured against the gold.

The thresholds sit a little under what the rules reach today (line accuracy
0.880, 15 of 17 titles, body F1 0.96 on `python ../shared/bench/score.py`), so
that a change that makes them worse fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from conftest import LABELLED
from gold import read_gold

PAGES = sorted(LABELLED.glob("*.txt"))
MIN_ACCURACY = 0.84
MIN_TITLES = 14
MIN_BODY_F1 = 0.90
# No single page may fall apart entirely.
MIN_PAGE_BODY_RECALL = 0.5


def _pairs(path: Path) -> tuple[list[tuple[str, str | None]], newsclean.Page, list[str]]:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    gold = read_gold(path.with_suffix(".tsv"), len(lines))
    page = newsclean.clean(text)
    pairs = [
        (g, p.value if p else None)
        for g, p, line in zip(gold, page.labels, lines)
        if g and line.strip()
    ]
    return pairs, page, lines


def test_at_least_twelve_real_pages() -> None:
    assert len(PAGES) >= 12


def test_line_accuracy_over_all_pages() -> None:
    pairs = [pair for path in PAGES for pair in _pairs(path)[0]]
    accuracy = sum(g == p for g, p in pairs) / len(pairs)
    assert accuracy >= MIN_ACCURACY


def test_body_f1_over_all_pages() -> None:
    pairs = [pair for path in PAGES for pair in _pairs(path)[0]]
    tp = sum(g == p == "body" for g, p in pairs)
    fp = sum(p == "body" != g for g, p in pairs)
    fn = sum(g == "body" != p for g, p in pairs)
    assert 2 * tp / (2 * tp + fp + fn) >= MIN_BODY_F1


def test_titles_found_exactly() -> None:
    found = 0
    for path in PAGES:
        _, page, lines = _pairs(path)
        gold = read_gold(path.with_suffix(".tsv"), len(lines))
        found += page.article.title == lines[gold.index("title")].strip()
    assert found >= MIN_TITLES


# Known misses, kept visible: they must start passing (strict) once fixed.
# (Empty since the article's depth carries the region across a standings table
# on aeb-11ea381ad92b5448.)
KNOWN_BODY_MISSES: dict[str, str] = {}


def _body_case(path: Path) -> object:
    reason = KNOWN_BODY_MISSES.get(path.stem)
    if reason:
        return pytest.param(path, marks=pytest.mark.xfail(reason=reason, strict=True))
    return path


@pytest.mark.parametrize("path", [_body_case(p) for p in PAGES], ids=lambda p: p.stem)
def test_each_page_keeps_most_of_its_body(path: Path) -> None:
    pairs, _, _ = _pairs(path)
    body = [p for g, p in pairs if g == "body"]
    assert sum(p == "body" for p in body) >= MIN_PAGE_BODY_RECALL * len(body)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_every_nonblank_line_in_exactly_one_part(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    page = newsclean.clean(text)
    lines = text.split("\n")
    assert len(page.labels) == len(lines)
    for label, line in zip(page.labels, lines):
        assert (label is None) == (not line.strip())
    article = page.article
    owned = [
        *([article.title_line] if article.title_line else []),
        *(
            n
            for first, last in zip(article.paragraph_lines, article.paragraph_last_lines)
            for n in range(first, last + 1)
            if page.labels[n - 1] is not None
        ),
        *article.meta_lines,
        *(n for part in page.navigation for n in part.lines),
        *(n for part in page.teasers for n in part.lines),
        *(n for part in page.boilerplate for n in part.lines),
        *(n for n, label in enumerate(page.labels, 1) if label is newsclean.Label.DUPLICATE),
    ]
    nonblank = [n for n, line in enumerate(lines, 1) if line.strip()]
    assert sorted(set(owned)) == nonblank
