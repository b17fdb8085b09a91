"""The page the project was born from: every line as the people labelled it."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import attrs
import pytest

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


# The seed page as other converters would have written it: no indentation and
# no list markers (html-text), markdown links for the list items (html2text),
# and every block on its own line with blank lines between (BeautifulSoup's
# get_text("\n")). The article must not depend on one converter's traces.
_MARKER = re.compile(r"^(\s*)([*+o\-]|\d{1,3}\.)\s+")


def _html_text(text: str) -> str:
    return "\n".join(_MARKER.sub("", line).strip() for line in text.split("\n"))


def _markdown(text: str) -> str:
    lines = []
    for n, line in enumerate(text.split("\n")):
        match = _MARKER.match(line)
        item = line[match.end() :].strip() if match else ""
        lines.append(f"{match.group(1)}* [{item}](/story/{n})" if match and item else line)
    return "\n".join(lines)


def _get_text(text: str) -> str:
    return "\n\n".join(_MARKER.sub("", line).strip() for line in text.split("\n") if line.strip())


@pytest.mark.parametrize("render", [_html_text, _markdown, _get_text])
def test_the_article_does_not_depend_on_the_converter(
    seed_text: str, render: Callable[[str], str]
) -> None:
    expected = newsclean.clean(seed_text).article
    article = newsclean.clean(render(seed_text)).article
    assert article.title == expected.title
    assert article.paragraphs == expected.paragraphs
    assert (article.published, article.dateline, article.tags) == (
        expected.published,
        expected.dateline,
        expected.tags,
    )


def _broken_at_links(text: str) -> str:
    # BeautifulSoup's get_text("\n") writes a link's words on a line of their
    # own: here the fourth and fifth words of every long line are a link.
    lines = []
    for line in text.split("\n"):
        words = line.split()
        if len(words) >= 12:
            lines += [" ".join(words[:3]), " ".join(words[3:5]), " ".join(words[5:])]
        else:
            lines.append(line)
    return "\n".join(lines)


def test_the_article_survives_sentences_broken_at_links(seed_text: str) -> None:
    expected = newsclean.clean(seed_text).article
    article = newsclean.clean(_broken_at_links(seed_text)).article
    assert article.title == expected.title
    assert article.text.split() == expected.text.split()


def test_a_blank_line_between_all_lines_changes_nothing(seed_text: str) -> None:
    # BeautifulSoup's get_text("\n\n") sets a blank line between all blocks:
    # read as the same page without blank lines, labels in the right places.
    shown = [line for line in seed_text.split("\n") if line.strip()]
    tight = newsclean.clean("\n".join(shown))
    spaced = newsclean.clean("\n\n".join(shown))
    assert spaced.article == tight.article.__class__(
        **{
            **attrs.asdict(tight.article, recurse=False),
            "title_line": 2 * tight.article.title_line - 1,
            "paragraph_lines": tuple(2 * n - 1 for n in tight.article.paragraph_lines),
            "paragraph_last_lines": tuple(2 * n - 1 for n in tight.article.paragraph_last_lines),
            "meta_lines": tuple(2 * n - 1 for n in tight.article.meta_lines),
        }
    )
    assert spaced.labels[::2] == tight.labels
    assert set(spaced.labels[1::2]) == {None}
