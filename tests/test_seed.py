"""The page the project was born from: every line as the people labelled it."""

from __future__ import annotations

import datetime

import newsclean
from conftest import LABELLED
from gold import read_gold


def test_every_line_labelled_as_in_the_gold(seed_text: str) -> None:
    lines = seed_text.split("\n")
    gold = read_gold(LABELLED / "lavrov-mali.tsv", len(lines))
    page = newsclean.clean(seed_text)
    got = [label.value if label else None for label in page.labels]
    wrong = [
        (n, g, p)
        for n, (g, p, line) in enumerate(zip(gold, got, lines), start=1)
        if line.strip() and g != p
    ]
    assert wrong == []
    assert all(p is None for p, line in zip(got, lines) if not line.strip())


def test_article_fields(seed_text: str) -> None:
    article = newsclean.clean(seed_text).article
    assert article.title == "Russia's Lavrov visits Mali in sign of deepening ties"
    assert article.published == datetime.date(2023, 2, 7)
    assert article.published_raw == "2023-02-07"
    assert article.dateline == "BAMAKO"
    assert article.tags == ("Diplomacy",)
    assert len(article.paragraphs) == 17
    assert article.paragraphs[0].startswith("Russia's foreign minister Sergei Lavrov")
    assert article.title not in article.text


def test_two_navigation_lists_without_doubled_items(seed_text: str) -> None:
    lists = newsclean.clean(seed_text).navigation
    assert [(n.heading, len(n.items)) for n in lists] == [("LATEST NEWS", 5), ("Recommended", 6)]
    latest = [item.text for item in lists[0].items]
    assert latest[0] == "MHP leader calls for unity after quake disaster"
    assert len(set(latest)) == 5


def test_four_teasers_with_kickers(seed_text: str) -> None:
    teasers = newsclean.clean(seed_text).teasers
    assert [t.kicker for t in teasers] == ["TÜRKIYE", "WORLD", "ECONOMY", "SPORTS"]
    assert teasers[1].headline == "French protesters hold more strikes over pension changes"
    assert [t.summary is not None for t in teasers] == [False, True, True, True]


def test_title_duplicate_found_without_apostrophe(seed_text: str) -> None:
    page = newsclean.clean(seed_text)
    title_group = next(d for d in page.duplicates if 3 in d.lines)
    assert title_group.lines == (3, 6)
    assert page.labels[5] is newsclean.Label.DUPLICATE
