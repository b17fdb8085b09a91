from __future__ import annotations

import datetime
import json
import warnings

import attrs
import pytest

import newsclean

PARAGRAPH = (
    "The council voted on Tuesday to close the old bridge for repairs, and the mayor said "
    "the work would take at least two years to finish."
)


def test_not_a_string_is_a_clear_type_error() -> None:
    with pytest.raises(TypeError, match="decode"):
        newsclean.clean(b"bytes page")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NoneType"):
        newsclean.clean(None)  # type: ignore[arg-type]


HTML_SOURCE = (
    "<!DOCTYPE html><html><head><title>Bridge</title></head><body>"
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
    "<h1>Council closes the old bridge</h1><p>The council voted on Tuesday.</p></body></html>"
)


def test_html_source_gets_a_warning_and_is_still_cleaned(seed_text: str) -> None:
    with pytest.warns(newsclean.HTMLInputWarning, match="get_text"):
        page = newsclean.clean(HTML_SOURCE)
    assert len(page.labels) == 1  # nothing is lost: the markup is a line of text
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        newsclean.clean(seed_text)
        newsclean.clean("Use <p> for a paragraph, <br> for a break and <a href=x> for a link.")


def test_config_is_frozen_and_validated() -> None:
    config = newsclean.Config(paragraph_words=8)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.paragraph_words = 3  # type: ignore[misc]
    with pytest.raises(ValueError, match="stopword_share"):
        newsclean.Config(stopword_share=1.5)
    with pytest.raises(TypeError, match="Config"):
        newsclean.clean("x", config={"paragraph_words": 3})  # type: ignore[arg-type]
    # A value of the wrong kind is named, not a comparison failing inside.
    with pytest.raises(TypeError, match="paragraph_words must be a whole number, got '10'"):
        newsclean.Config(paragraph_words="10")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"header_window must be a whole number, got 2\.5"):
        newsclean.Config(header_window=2.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="link_share must be a number, got None"):
        newsclean.Config(link_share=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="fuzzy_candidates must be a whole number, got True"):
        newsclean.Config(fuzzy_candidates=True)
    # rapidfuzz's ratio is a percentage; a share, as difflib gives, is refused.
    with pytest.raises(ValueError, match=r"within 1\.\.100, got 0\.9: did you mean 90\?"):
        newsclean.Config(duplicate_similarity=0.9)
    with pytest.raises(ValueError, match=r"within 1\.\.100, got 120"):
        newsclean.Config(duplicate_similarity=120)
    assert newsclean.Config(duplicate_similarity=95).duplicate_similarity == 95


def test_config_language_is_a_lists_name_or_a_code() -> None:
    assert newsclean.Config().language is None  # guessed from the page
    assert newsclean.Config(language="de").language == "german"
    assert newsclean.Config(language="Portuguese").language == "portuguese"
    assert newsclean.Config(language="pt-BR").language == "portuguese"
    with pytest.raises(ValueError, match=r"'zh'.*de \(german\).*leave the language unset"):
        newsclean.Config(language="zh")
    with pytest.raises(TypeError, match=r"Config\.language"):
        newsclean.Config(language=7)  # type: ignore[arg-type]


def test_config_changes_the_outcome(seed_text: str) -> None:
    strict = newsclean.clean(seed_text, config=newsclean.Config(duplicate_min_words=20))
    assert strict.duplicates == ()
    assert newsclean.clean(seed_text).duplicates != ()


def test_to_dict_is_plain_json(seed_text: str) -> None:
    page = newsclean.clean(seed_text)
    data = json.loads(json.dumps(page.to_dict()))
    assert data["schema_version"] == newsclean.SCHEMA_VERSION
    assert data["article"]["title"] == page.article.title
    assert data["article"]["published"] == "2023-02-07"
    assert len(data["labels"]) == len(seed_text.split("\n"))


def test_parts_are_frozen(seed_text: str) -> None:
    page = newsclean.clean(seed_text)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        page.article.title = "x"  # type: ignore[misc]


def test_same_input_same_output(seed_text: str) -> None:
    assert newsclean.clean(seed_text) == newsclean.clean(seed_text)


@pytest.mark.parametrize("text", ["", "\n\n\n", "   ", "\r\n\r\n", "*\n*\n*"])
def test_degenerate_pages(text: str) -> None:
    page = newsclean.clean(text)
    assert len(page.labels) == len(text.replace("\r\n", "\n").split("\n"))
    assert not page.article.found


def test_line_numbers_point_at_matching_text(seed_text: str) -> None:
    page = newsclean.clean(seed_text)
    lines = seed_text.split("\n")
    for number, paragraph in zip(page.article.paragraph_lines, page.article.paragraphs):
        assert paragraph == " ".join(lines[number - 1].split())
    for teaser in page.teasers:
        assert teaser.headline in "\n".join(lines[n - 1] for n in teaser.lines)


def test_markdown_gives_the_articles_facts_in_a_front_matter_and_escapes_markup() -> None:
    article = newsclean.Article(
        title='The "bridge" closes',
        paragraphs=("# 1 in the city", "1. Januar war kalt.", "- 5 degrees", "Plain text."),
        byline="Jane Doe",
        published=datetime.date(2023, 2, 7),
        tags=("Bridges", "Roads"),
    )
    front, *blocks = article.to_markdown().split("\n\n")
    assert front.split("\n") == [
        "---",
        'title: "The \\"bridge\\" closes"',
        'author: "Jane Doe"',
        'date: "2023-02-07"',
        'tags: ["Bridges", "Roads"]',
        "---",
    ]
    assert blocks == [
        '# The "bridge" closes',
        "\\# 1 in the city",
        "1\\. Januar war kalt.",
        "\\- 5 degrees",
        "Plain text.\n",
    ]
    assert newsclean.Article().to_markdown() == ""


def test_markdown_writes_subheadings_as_headings_and_items_as_lists() -> None:
    article = newsclean.Article(
        title="Ten principles",
        paragraphs=("Her book names them:", "1. Dream", "2. Move", "Ask yourself", "Is it fun?"),
        paragraph_kinds=("text", "item", "item", "heading", "item"),
    )
    assert article.to_markdown().split("\n\n")[2:] == [
        "Her book names them:",
        "1. Dream\n2. Move",
        "## Ask yourself",
        "- Is it fun?\n",
    ]


def test_the_articles_paragraphs_say_what_each_is() -> None:
    text = "\n".join(
        [
            "  * Home",
            "  * News",
            "",
            "Council closes the old bridge for two years",
            "By Jane Doe",
            "",
            PARAGRAPH,
            "",
            "What the work will cost",
            "",
            PARAGRAPH.replace("Tuesday", "Monday"),
            "",
            "Korinna Hennig: Aus China.",
            PARAGRAPH.replace("Tuesday", "Friday"),
            "",
            "The council listed the steps:",
            "  1. close the bridge to cars",
            "  2. mend the supports",
            "",
            PARAGRAPH.replace("Tuesday", "Sunday"),
        ]
    )
    article = newsclean.clean(text).article
    kinds = dict(zip(article.paragraphs, article.paragraph_kinds))
    assert kinds["What the work will cost"] == "heading"
    assert kinds["Korinna Hennig: Aus China."] == "text"  # a sentence over the text: a lead-in
    assert kinds["1. close the bridge to cars"] == "item"
    assert kinds[PARAGRAPH] == "text"
    assert "## What the work will cost" in article.to_markdown()
