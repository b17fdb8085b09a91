"""How much the article depends on the converter's line breaks.

    python benchmarks/converters.py

The AEB html-text dumps in benchmarks/data are rewritten as other converters
and scrapers would have written the same pages, and each version is scored
with the AEB metric (the same as ``run.py`` and ../shared/bench/score.py):

- ``as is``: the html-text dump;
- ``no blank lines``: every blank line dropped (a scraper that strips them);
- ``blank between all``: a blank line between every two lines (BeautifulSoup's
  ``get_text("\\n\\n")``);
- ``blank lines between all``: one to three blank lines between every two
  lines (two or three in a fifth of the gaps, at random, seeded by the page's
  id), as empty elements leave them;
- ``broken at links``: a *simulation* of a converter that writes every inline
  tag on a line of its own (BeautifulSoup's ``get_text("\\n")``): in a line of
  12 words or more, with probability 0.6, a run of one to three words is set
  on its own line, as a link would be, seeded by the page's id so that every
  run breaks the same lines. Real links stand on names and phrases, not at
  random places, so this is a stress test, not a measurement of one converter;
- ``broken, blank between``: the same with a blank line between all lines;
- ``wrapped at 78``: every line wrapped at 78 characters (``textwrap``), as
  html2text wraps paragraphs by default.

Only the text changes: the annotated bodies are the same, and shingles run
across line breaks, so a version that keeps every piece of the article scores
as high as the original.

Then the 17 pages of tests/fixtures/labelled, whose every line people
labelled, rewritten in the ways that keep each line whole (so that each
keeps its label): as they are, with no blank lines, with a blank line
between all lines, and with each line's indentation stripped (a scraper
that strips lines loses the nesting inscriptis writes). For each: the share
of lines labelled as people did, the mean F1 over the seven labels, and the
titles found (as ../shared/bench/score.py counts them).
"""

from __future__ import annotations

import random
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import DATA, page_counts, prf, read_jsonl

import newsclean

# A line this long may hold a link, ...
LINK_LINE_WORDS = 12
# ... does so this often, ...
LINK_SHARE = 0.6
# ... of at most this many words.
LINK_MAX_WORDS = 3


def broken_at_links(text: str, seed: str) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    for line in text.split("\n"):
        words = line.split()
        if len(words) >= LINK_LINE_WORDS and rng.random() < LINK_SHARE:
            start = rng.randrange(1, len(words) - LINK_MAX_WORDS - 1)
            end = start + rng.randrange(1, LINK_MAX_WORDS + 1)
            out += [" ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:])]
        else:
            out.append(line.strip())
    return out


# A fifth of the gaps hold two or three blank lines instead of one.
UNEVEN_GAPS_SHARE = 0.2


def spaced_unevenly(text: str, seed: str) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    for line in (x for x in text.split("\n") if x.strip()):
        out.append(line)
        out += [""] * (rng.randrange(2, 4) if rng.random() < UNEVEN_GAPS_SHARE else 1)
    return "\n".join(out)


VERSIONS: dict[str, Callable[[str, str], str]] = {
    "as is": lambda text, _: text,
    "no blank lines": lambda text, _: "\n".join(x for x in text.split("\n") if x.strip()),
    "blank between all": lambda text, _: "\n\n".join(x for x in text.split("\n") if x.strip()),
    "blank lines between all": lambda text, seed: spaced_unevenly(text, seed),
    "broken at links": lambda text, seed: "\n".join(broken_at_links(text, seed)),
    "broken, blank between": lambda text, seed: "\n\n".join(
        x for x in broken_at_links(text, seed) if x
    ),
    "wrapped at 78": lambda text, _: "\n".join(
        wrapped for line in text.split("\n") for wrapped in textwrap.wrap(line, 78) or [""]
    ),
}


LABELLED = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "labelled"
LABELS = ("title", "meta", "body", "duplicate", "navigation", "teaser", "boilerplate")
Labelled = tuple[list[str], list[str | None]]
# Rewrites that keep every line whole, each with its label.
LINE_VERSIONS: dict[str, Callable[[Labelled], Labelled]] = {
    "as is": lambda page: page,
    "no blank lines": lambda page: (
        [line for line in page[0] if line.strip()],
        [label for line, label in zip(*page) if line.strip()],
    ),
    "blank between all": lambda page: (
        [x for line in page[0] if line.strip() for x in (line, "")],
        [x for line, label in zip(*page) if line.strip() for x in (label, None)],
    ),
    "indentation stripped": lambda page: ([line.strip() for line in page[0]], page[1]),
}


def labelled_pages() -> list[Labelled]:
    sys.path.insert(0, str(LABELLED.parents[1]))
    from gold import read_gold  # type: ignore[import-not-found]  # (tests/, put on the path)

    pages = []
    for path in sorted(LABELLED.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        pages.append((lines, read_gold(path.with_suffix(".tsv"), len(lines))))
    return pages


def labelled_figures(pages: list[Labelled]) -> tuple[float, float, int, int]:
    """Line accuracy, macro-F1 over the labels, titles found, titles labelled."""
    pairs: list[tuple[str, str | None]] = []
    found = titled = 0
    for lines, gold in pages:
        page = newsclean.clean("\n".join(lines))
        pairs += [
            (want, got.value if got else None)
            for want, got, line in zip(gold, page.labels, lines)
            if want and line.strip()
        ]
        if "title" in gold:
            titled += 1
            found += (page.article.title or "").strip() == lines[gold.index("title")].strip()
    accuracy = sum(want == got for want, got in pairs) / len(pairs)
    f1s = []
    for label in LABELS:
        tp = sum(want == got == label for want, got in pairs)
        wrong = sum((want == label) != (got == label) for want, got in pairs)
        f1s.append(2 * tp / (2 * tp + wrong) if tp + wrong else 1.0)
    return accuracy, sum(f1s) / len(f1s), found, titled


def main() -> int:
    pages = read_jsonl(DATA / "html_text.jsonl.gz")
    gold = {row["id"]: row["body"] for row in read_jsonl(DATA / "gold.jsonl.gz")}
    print(f"AEB html-text dumps, {len(pages)} pages, rewritten; newsclean {newsclean.__version__}")
    print(f"{'version':<24} {'P':>6} {'R':>6} {'F1':>6}")
    for name, rewrite in VERSIONS.items():
        counts = [
            page_counts(
                gold[row["id"]], newsclean.clean(rewrite(row["text"], row["id"])).article.text
            )
            for row in pages
        ]
        p, r, f1 = prf(counts)
        print(f"{name:<24} {p:>6.3f} {r:>6.3f} {f1:>6.3f}")
    labelled = labelled_pages()
    print(f"\nthe {len(labelled)} labelled pages of tests/fixtures/labelled, rewritten")
    print(f"{'version':<24} {'lines':>6} {'macro':>6} titles")
    for version, line_rewrite in LINE_VERSIONS.items():
        figures = labelled_figures([line_rewrite(page) for page in labelled])
        accuracy, macro, found, titled = figures
        print(f"{version:<24} {accuracy:>6.3f} {macro:>6.3f} {found}/{titled}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
