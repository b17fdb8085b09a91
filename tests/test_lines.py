from __future__ import annotations

import pytest

from newsclean.lines import normalise_newlines, parse_line, split_lines


def test_split_keeps_every_line_and_normalises_newlines() -> None:
    lines = split_lines("a\r\nb\rc\n\nd")
    assert [line.raw for line in lines] == ["a", "b", "c", "", "d"]
    assert [line.number for line in lines] == [1, 2, 3, 4, 5]
    assert normalise_newlines("x\r\ny\rz") == "x\ny\nz"


def test_inscriptis_markers_and_indentation() -> None:
    item = parse_line(1, "    * HOME")
    assert (item.indent, item.marker, item.text) == (4, "*", "HOME")
    nested = parse_line(2, "            o Regulamento")
    assert (nested.marker, nested.text) == ("o", "Regulamento")
    number = parse_line(3, "  1. MHP leader calls for unity")
    assert (number.marker, number.text) == ("1.", "MHP leader calls for unity")


def test_a_dash_after_a_marker_is_not_the_items_text() -> None:
    # inscriptis writes "+ - Campaign" for a menu whose items open with a dash.
    item = parse_line(1, "      + - Campaign")
    assert (item.marker, item.text) == ("+", "Campaign")
    assert parse_line(2, "* o Brasil venceu").text == "o Brasil venceu"  # a word, not a marker


def test_o_at_line_start_is_a_word_not_a_bullet() -> None:
    line = parse_line(1, "o carro chegou cedo")
    assert line.marker == "" and line.text == "o carro chegou cedo"


def test_markdown_heading_and_links() -> None:
    heading = parse_line(1, "## Related stories")
    assert (heading.heading, heading.text) == (2, "Related stories")
    link = parse_line(2, "[World news](https://example.com/world) today")
    assert link.text == "World news today"
    assert link.link_chars == len("World news")


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("**By Jane Doe**", "By Jane Doe"),
        ("The **mayor** said _more_ about it.", "The mayor said more about it."),
        ("__Bold__ and *italic*", "Bold and italic"),
        # Not emphasis: names, arithmetic, a lone star.
        ("snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"),
        ("a * b * c", "a * b * c"),
        ("5 * stars", "5 * stars"),
    ],
)
def test_markdown_emphasis_marks_are_dropped(raw: str, text: str) -> None:
    assert parse_line(1, raw).text == text


@pytest.mark.parametrize(
    ("raw", "marker", "text"),
    [
        # lynx -dump and elinks -dump number every link before its first word.
        ("   [1]Skip to main content", "", "Skip to main content"),
        ("     * [12]Home", "*", "Home"),
        ("   By [7]Jane Doe", "", "By Jane Doe"),
        ("adding that [8]the plans are online", "", "adding that the plans are online"),
        # A footnote's mark after its word, or apart, is the text's.
        (
            "up to 1,000 alarms per shift [1], even though",
            "",
            "up to 1,000 alarms per shift [1], even though",
        ),
        ("the mayor said[2] that", "", "the mayor said[2] that"),
        ("ctypes.c_int)[4] = 100", "", "ctypes.c_int)[4] = 100"),
        ("[1] Introduction", "", "[1] Introduction"),
    ],
)
def test_a_text_browsers_link_numbers_are_dropped(raw: str, marker: str, text: str) -> None:
    line = parse_line(1, raw)
    assert (line.marker, line.text) == (marker, text)


def test_a_heading_over_an_underline_is_a_markdown_heading() -> None:
    # markdownify, turndown (Jina Reader) and pandoc write h1 and h2 so.
    lines = split_lines("Bridge to close\n===============\n\nWhat next\n---------\nText.")
    assert [(line.heading, line.text) for line in lines if line.heading] == [
        (1, "Bridge to close"),
        (2, "What next"),
    ]
    # A rule under a paragraph, an item or a blank line is no underline.
    for text in (
        "The council voted on Tuesday to close the bridge.\n-----",
        "  * Home\n--------",
        "Home\n\n----",
        "Bridge to close\n  ===============",
    ):
        assert not any(line.heading for line in split_lines(text)), text


def test_markdown_blockquote_marks_are_dropped() -> None:
    assert parse_line(1, "> The mayor said so.").text == "The mayor said so."
    assert parse_line(2, "> > A quote in a quote").text == "A quote in a quote"
    assert parse_line(3, ">> Read more").text == ">> Read more"  # a link's arrows


def test_bare_marker_is_not_blank_but_whitespace_is() -> None:
    assert not parse_line(1, "   * ").blank
    assert parse_line(2, "   \t ").blank


def test_control_characters_are_folded() -> None:
    assert parse_line(1, "a\x00b\x0cc").text == "a b c"


def test_a_control_character_after_a_marker_reads_as_a_space() -> None:
    # str methods count "\x1f" as space and the regex module's \s does not: the
    # line must parse as its cleaned text would ("# A"), or cleaning an
    # article's text again changes its paragraphs (found by hypothesis).
    assert parse_line(1, "#\x1fA").text == parse_line(1, "# A").text == "A"
    assert parse_line(1, "\x00* Home").marker == "*"
    assert not parse_line(1, "\x00\x01").blank


def test_a_page_spaced_evenly_is_read_without_its_blank_lines() -> None:
    from newsclean.lines import close_even_gaps

    spaced = split_lines("\n\n".join(f"Line {k}" for k in range(30)) + "\n\n\n\nEnd")
    read = close_even_gaps(spaced)
    # No blank line left between the lines; each line keeps its number.
    assert [line.number for line in read if not line.blank] == [
        line.number for line in spaced if not line.blank
    ]
    assert sum(line.blank for line in read) == 0
    uneven = split_lines("\n".join(f"Line {k}" for k in range(30)))
    assert close_even_gaps(uneven) is uneven


def test_a_page_of_lines_apart_is_read_without_its_blank_lines() -> None:
    from newsclean.lines import all_apart, close_even_gaps

    # One to three blank lines between every two lines (empty elements):
    # all are set aside between the first line and the last.
    text = "\n".join(f"Line {k}" + "\n" * (1 + k % 3) for k in range(30))
    lines = split_lines(text)
    read = close_even_gaps(lines)
    assert [line.text for line in read if line.text] == [f"Line {k}" for k in range(30)]
    shown = [k for k, line in enumerate(read) if not line.blank]
    assert shown == list(range(shown[0], shown[0] + 30))
    assert all_apart(lines)
    assert not all_apart(split_lines("One\nTwo\n\nThree"))
