"""The nasty pages: small ones stored in fixtures/nasty, large ones made here.

Shared by the robustness tests and by benchmarks/nasty.py, which times them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

NASTY = Path(__file__).parent / "fixtures" / "nasty"

PARAGRAPH = (
    "The council voted on Tuesday to close the old bridge for repairs, and the mayor "
    "said the work would take at least two years to finish."
)


def ten_megabyte_line() -> str:
    return ("word " * 2_000_000).strip()


def hundred_thousand_lines() -> str:
    kinds = ("  * Section {i}", "Story number {i} about the city council and its plans", PARAGRAPH)
    return "\n".join(kinds[i % 3].format(i=i) for i in range(100_000))


def ten_thousand_identical_lines() -> str:
    return "\n".join(["Home"] * 10_000)


def near_identical_menu() -> str:
    return "\n".join(f"  * Latest story about the topic number {i}" for i in range(5_000))


def hundred_thousand_wrapped_lines() -> str:
    # Every line full to one width: a page of one wrapped text (fragments.py).
    return "\n".join(f"{'word ' * 14}{i:06d}" for i in range(100_000))


def hundred_thousand_lines_going_on() -> str:
    # Every line opens as a sentence goes on and none ends one (fragments.py).
    return "\n".join(f"and so on with part {i} of it" for i in range(100_000))


def megabyte_words_in_the_header() -> str:
    # Header lines of few words, each of megabytes: a byline or a name is read
    # in a line's first characters (page.py), however long the line.
    word = "A" + "b" * 3_000_000
    header = [f"Posted on March 30, 2015 by {word}", f"{word} Doe", "7 February 2023"]
    return "\n".join(["* Home", "* News", "", "Council closes the bridge", *header, "", PARAGRAPH])


def markdown_link_openings() -> str:
    # A megabyte line of links that never close ("[a]([a]([a](..."), and
    # one of brackets before them: each opening was read on for thousands of
    # characters (lines.py; 16 s and 57 s for 200,000 characters).
    return "\n".join(
        ["Council closes the bridge", "[a](" * 250_000, ("[" * 400 + "a](") * 2_500, PARAGRAPH]
    )


def byline_of_separators() -> str:
    # A byline's names apart by 20,000 separators, then its date: where they
    # end was searched from every separator on (page.py; 18 s for 8,000).
    byline = "By Jane" + " ," * 20_000 + " Doe 11/19/19"
    return "\n".join(["* Home", "* News", "", "Council closes the bridge", byline, "", PARAGRAPH])


LARGE_PAGES: dict[str, Callable[[], str]] = {
    "10 MB line": ten_megabyte_line,
    "100,000 lines": hundred_thousand_lines,
    "10,000 identical lines": ten_thousand_identical_lines,
    "5,000 near-identical menu lines": near_identical_menu,
    "100,000 wrapped lines": hundred_thousand_wrapped_lines,
    "100,000 lines going on": hundred_thousand_lines_going_on,
    "megabyte words in the header": megabyte_words_in_the_header,
    "megabyte of markdown link openings": markdown_link_openings,
    "byline of 20,000 separators": byline_of_separators,
}


def small_pages() -> dict[str, str]:
    return {path.stem: path.read_bytes().decode("utf-8") for path in sorted(NASTY.glob("*.txt"))}
