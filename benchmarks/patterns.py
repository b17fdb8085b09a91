"""Which regular expressions slow down more than their input grows: a probe for backtracking.

    python benchmarks/patterns.py              # every pattern of the pipeline's modules
    python benchmarks/patterns.py --top 40

Every compiled pattern at module level in newsclean's modules is searched in
strings made of one short piece repeated ("[a](", " ,", "1/", a space, a
dash, ...: about a hundred pieces that open or continue what the patterns
look for), at two lengths, the second four times the first. A pattern that
is linear takes about four times as long on the longer string; one that
backtracks over what it has read takes sixteen times as long (quadratic),
or more. The table lists the slowest searches with their growth.

A row is a place to look, not a verdict: a pattern may only ever see short
or normalised text (a line's whitespace is one space by the time tags are
read; some patterns are only matched at a line's start, or on its last
characters). docs/guarantees.md ("Bounded work") says which rows were read
and why they are safe, and which were rewritten.
"""

from __future__ import annotations

import argparse
import importlib
import re
import time

import regex

MODULES = (
    "lines", "fragments", "language", "dates", "patterns", "features", "repeats",
    "blocks", "shapes", "region", "title", "labels", "meta", "outside", "page", "parts",
)  # fmt: skip
# Pieces that open, continue or nearly complete what the patterns look for.
PIECES = (
    "a", " ", "a ", "1", "1 ", "[1]", "[", "-", "=", ":", ". ", "A", "Aa ", "aA", "By ",
    "by a ", "© ", "* ", "# ", "| ", "— ", "12:", "1.", "1/", "2019-", "Mr. ", "A. ", "\u00a0",
    "ab-", "a.b", "http://a", "www.", "@a", "#a ", "…", "'", '"', "(", ")", "aaa.", "Title: ",
    "a, ", "1,", "AB ", "Ü", "日本", " - ", "Foto: ", "und ", "the ", "of the ", "[a](", "![",
    "**", "*a", "_a", "`", "<a", "\\", "1 a ", "12 ", "1:2", "1.2.", "on ", "am ", "AM ",
    "Jan ", "January 1, ", "(AP) ", "By A", "A B ", "Von ", ", ", ",", " ,", ". . ", "a.a.",
    "- ", "–", "Read more ", "›", "»", "> ", "\t", "12:30 ", "2019 ", "Monday ", "ago ",
    "1 hour ", "min ",
)  # fmt: skip
SHORT, LONG = 2_000, 8_000  # characters; the second four times the first
# A search this fast on the long string is not worth a row.
SHOWN_SECONDS = 0.01


def _patterns() -> list[tuple[str, re.Pattern[str] | regex.Pattern[str]]]:
    """Every pattern at module level: alone, in a tuple (the date shapes), or
    compiled for a whole page at once (a PagePattern's ``compiled``)."""
    found = []
    for name in MODULES:
        module = importlib.import_module(f"newsclean.{name}")
        for attribute, value in vars(module).items():
            values = value if isinstance(value, (tuple, list)) else (value,)
            for k, item in enumerate(values):
                item = getattr(item, "compiled", item)
                if isinstance(item, (re.Pattern, regex.Pattern)):
                    where = f"[{k}]" if len(values) > 1 else ""
                    found.append((f"{name}.{attribute}{where}", item))
    return found


def _seconds(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    # (as found, and with a character after that no piece ends in)
    pattern.search(text)
    pattern.search(text + "!")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=20, help="how many rows to print")
    args = parser.parse_args()
    patterns = _patterns()
    rows = []
    for name, pattern in patterns:
        for piece in PIECES:
            short = _seconds(pattern, piece * (SHORT // len(piece)))
            long = _seconds(pattern, piece * (LONG // len(piece)))
            if long >= SHOWN_SECONDS:
                rows.append((long, long / max(short, 1e-6), name, piece))
    rows.sort(reverse=True)
    print(
        f"{len(patterns)} patterns x {len(PIECES)} pieces, searched in {SHORT:,} and "
        f"{LONG:,} characters of one piece repeated (4x: linear; 16x: quadratic)"
    )
    print(f"{'seconds':>8} {'growth':>7}  pattern  piece")
    for seconds, growth, name, piece in rows[: args.top]:
        print(f"{seconds:>8.3f} {growth:>6.1f}x  {name}  {piece!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
