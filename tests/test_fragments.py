"""Sentences that a converter broke at inline tags (fragments.py)."""

from __future__ import annotations

import textwrap

import newsclean
from newsclean import Label
from newsclean.fragments import find_fragments
from newsclean.lines import split_lines

BROKEN = [
    "The council voted on",
    "Tuesday",
    "to close the old bridge for repairs, and the mayor said the work would take",
    "two years",
    ".",
]


def pieces_of(text: str) -> dict[int, tuple[str, bool]]:
    return {i: (p.sentence, p.first) for i, p in find_fragments(split_lines(text)).items()}


def test_a_sentence_broken_at_links_is_one_sentence() -> None:
    pieces = pieces_of("\n".join(["Menu", *BROKEN]))
    sentence = " ".join(BROKEN)
    assert pieces == {1: (sentence, True), **{i: (sentence, False) for i in range(2, 6)}}


def test_a_blank_line_between_pieces_is_allowed_but_not_two() -> None:
    assert len(pieces_of("\n\n".join(BROKEN))) == len(BROKEN)
    assert pieces_of("\n\n\n".join(BROKEN)) == {}


def test_lines_that_do_not_make_a_sentence_stay_apart() -> None:
    for text in [
        "Comments\ncomments",  # no sentence's end, too few words
        "by Regan September 15, 2014\nwritten by Regan",
        "Lego Star Wars 75188 Bombardiere della Resistenza\nhttp://amzn.to/2iJFhRj.",
        "The council closed the bridge.\nand the mayor said the work would take two years.",
        "Best deals of the week on the new phones\niPhone 11 Pro for the price of an old one.",
        "The council voted on Tuesday to close\n  * the old bridge for two long years.",
        "The council voted on Tuesday to close\n# the old bridge for two long years.",
    ]:
        assert pieces_of(text) == {}, text


def test_a_link_between_pieces_needs_a_piece_going_on_after_it() -> None:
    # "Tuesday" alone under a line that stops short is a menu's next item.
    assert pieces_of("The council voted on the plan\nTuesday\nWednesday and Thursday.") == {}


def test_a_broken_article_keeps_every_piece_in_its_text() -> None:
    paragraph = [
        "The council voted on",
        "Tuesday",
        "to close the old bridge for repairs, and",
        "the mayor",
        "said the work would take at least two years to finish.",
    ]
    text = "\n".join(
        [
            "Home",
            "News",
            "",
            "Council closes the old bridge for two years",
            "By Jane Doe",
            "",
            *paragraph,
            "",
            *[line.replace("Tuesday", "Monday") for line in paragraph],
        ]
    )
    page = newsclean.clean(text)
    assert page.article.title == "Council closes the old bridge for two years"
    assert [page.labels[i] for i in range(6, 17) if page.labels[i]] == [Label.BODY] * 10
    assert " ".join(page.article.text.split()) == " ".join(
        [*paragraph, *[line.replace("Tuesday", "Monday") for line in paragraph]]
    )


# Wrapped at 74 characters, three of its four wrapped lines open with a capital
# ("Mayor", "Engineers", "Council"): no sentence going on shows the breaks.
PARAGRAPH = (
    "The council voted on Tuesday to close the old bridge for repairs, and Mayor Jane Doe "
    "said that Acme Bridge Works would take at least two years. Engineers from the Northern "
    "Rail Company found cracks in two supports last spring. Transport Minister John Roe said "
    "the bridge was safe for now, but Council Member Anna Smith said the city had waited far "
    "too long."
)
WRAPPED = "\n".join(textwrap.wrap(PARAGRAPH, 74))


def test_a_paragraph_wrapped_at_a_fixed_width_is_one_paragraph() -> None:
    # html2text wraps paragraphs at 78 characters: a line is wrapped when the
    # next line's first word would not have fitted after it.
    text = "\n".join(["Home", "News", "", WRAPPED, "", WRAPPED])
    pieces = find_fragments(split_lines(text))
    assert sorted(pieces) == [3, 4, 5, 6, 7, 9, 10, 11, 12, 13]
    assert pieces[5].sentence == PARAGRAPH
    assert [pieces[i].first for i in (3, 4, 5, 6, 7)] == [True, False, False, False, False]


def test_lines_that_could_have_been_longer_were_not_wrapped() -> None:
    # A line that had room for the next line's first word ended there.
    text = "\n".join([WRAPPED, "", "Short line one", "Short line two", "", WRAPPED])
    pieces = find_fragments(split_lines(text))
    assert 6 not in pieces and 7 not in pieces
    # Menu lines of one length are no wrapped text.
    menu = "\n".join(f"Section number {k} of the site" for k in range(40))
    assert find_fragments(split_lines(menu)) == {}


def wrapped_page(wrapped: str) -> str:
    """A menu, a headline and its byline, then the wrapped paragraph twice."""
    header = ["Home", "News", "", "Council closes the old bridge", "By Jane Doe", ""]
    return "\n".join([*header, wrapped, "", wrapped])


def test_a_wrapped_article_keeps_its_text() -> None:
    page = newsclean.clean(wrapped_page(WRAPPED))
    assert page.article.title == "Council closes the old bridge"
    assert " ".join(page.article.text.split()) == f"{PARAGRAPH} {PARAGRAPH}"


def test_a_link_that_the_wrap_broke_over_two_lines_is_read_as_its_text() -> None:
    # html2text wraps inside a link's text: "[Acme Bridge" / "Works](https://...)".
    linked = PARAGRAPH.replace(
        "Acme Bridge Works", "[Acme Bridge Works](https://acme.example/works)"
    )
    wrapped = "\n".join(textwrap.wrap(linked, 60))
    assert "[Acme Bridge\nWorks](" in wrapped
    page = newsclean.clean(wrapped_page(wrapped))
    assert page.article.paragraphs[0] == PARAGRAPH


def test_an_emphasis_that_the_wrap_broke_over_two_lines_is_read_as_its_words() -> None:
    # html2text writes italics as "*...*" and wraps inside them: the stars
    # stand on two lines, and neither line alone holds a whole emphasis.
    marked = PARAGRAPH.replace("at least two years", "*at least two years*")
    wrapped = "\n".join(textwrap.wrap(marked, 67))
    assert "*at least\ntwo years*" in wrapped
    page = newsclean.clean(wrapped_page(wrapped))
    assert page.article.paragraphs[0] == PARAGRAPH
    # ... so that cleaning the article's text again gives the same paragraph.
    assert newsclean.clean(page.article.text).article.paragraphs[0] == PARAGRAPH


def test_a_bare_list_marker_starts_no_wrapped_paragraph() -> None:
    # "+" alone (an icon) over a line of unspaced text: the text's first
    # "word" is the whole line, too long to have fitted after anything.
    unspaced = "東京で新しい駅が開業し多くの人が訪れた" * 5
    lines = split_lines("\n".join([WRAPPED, "", WRAPPED, "", "+", unspaced]))
    marker = 2 * len(WRAPPED.split("\n")) + 2
    assert lines[marker].marker == "+" and not lines[marker].text
    pieces = find_fragments(lines)
    assert marker not in pieces and marker + 1 not in pieces
