"""How often the title newsclean finds is the page's headline, told by its URL.

    python benchmarks/titles.py            # the AEB pages in benchmarks/data
    python benchmarks/titles.py --list     # and every page where it looks wrong

Only 17 labelled pages say which line is the title. Many more pages say it
another way: a news site writes the headline into the article's address
(".../2019/11/19/parise-scores-2-goals-wild-beat-sabres-4-1/"). For each page
whose URL has such a slug (three words or more, once numbers, short words and
words such as "news" are left out), this counts:

- **covered**: the title newsclean found holds at least half of the slug's
  words (a headline rewritten for the page still shares most of them);
- **missed**: the title holds fewer than half, or there is none, although a
  line of the page holds at least 80% of them: the headline was there to find.

A proxy, not a gold: a slug may be an older headline, a page's title may be
rightly none (a page of results), and a line that holds the slug may be a
link to the same story. Compare two versions with the same command; read the
pages ``--list`` prints before calling a change better. With the development
set beside the project (../shared/bench), its TRAF pages (many sites and
languages) are counted too.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import DATA, read_jsonl

import newsclean

TRAF = Path(__file__).resolve().parents[2] / "shared" / "bench" / "traf" / "inscriptis.jsonl.gz"
# A slug says the headline in three words or more; shorter ones name a section.
SLUG_MIN_WORDS = 3
# Words of an address that are no headline's.
_ADDRESS_WORDS = (
    "the and for with from that this are was were has have not but you your our its into "
    "over after about html htm php aspx index article story news"
)
ADDRESS_WORDS = frozenset(_ADDRESS_WORDS.split())
# The title holds at least this share of the slug's words: it is the headline.
COVERED = 0.5
# A line holds at least this share: the headline was on the page.
ON_THE_PAGE = 0.8
# Lines longer than this are paragraphs, not the headline.
HEADLINE_MAX_WORDS = 30


def words(text: str) -> list[str]:
    """Lower-case words without accents, of three letters or more, not numbers."""
    folded = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    return [
        word for word in re.findall(r"[a-z0-9]+", plain) if len(word) > 2 and not word.isdigit()
    ]


def slug_words(url: str) -> list[str] | None:
    """The words of the address's segment with the most hyphens, if it has enough."""
    segments = [segment for segment in unquote(urlparse(url).path).split("/") if segment]
    if not segments:
        return None
    slug = max(segments, key=lambda segment: len(re.findall(r"[-_]", segment)))
    found = [word for word in words(re.sub(r"\.\w+$", "", slug)) if word not in ADDRESS_WORDS]
    return found if len(found) >= SLUG_MIN_WORDS else None


def share(slug: list[str], text: str) -> float:
    held = set(words(text))
    return sum(word in held for word in slug) / len(slug)


def check(pages: list[dict[str, str]], name: str, listing: bool) -> None:
    with_slug = covered = missed = 0
    for row in pages:
        slug = slug_words(row.get("url", ""))
        if slug is None:
            continue
        with_slug += 1
        title = newsclean.clean(row["text"]).article.title or ""
        if share(slug, title) >= COVERED:
            covered += 1
            continue
        lines = [
            line.strip()
            for line in row["text"].split("\n")
            if line.strip() and len(line.split()) <= HEADLINE_MAX_WORDS
        ]
        best = max(lines, key=lambda line: share(slug, line), default="")
        if best and share(slug, best) >= ON_THE_PAGE:
            missed += 1
            if listing:
                print(f"  {row['id'][:8]} title {title[:60]!r}; on the page: {best[:60]!r}")
    print(
        f"{name:<16} {len(pages):>4} pages, {with_slug:>4} with a slug: title covers it "
        f"{covered:>4} ({covered / max(with_slug, 1):.0%}), missed {missed:>3}"
    )


def run_proxy(
    check: Callable[[list[dict[str, str]], str, bool], None], doc: str, list_help: str
) -> int:
    """The command of a proxy benchmark (this one, dates.py): ``check`` on the
    AEB dumps in the repository, then on the TRAF pages when the development
    set stands beside it; ``--list`` prints the pages it doubts."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help=list_help)
    listing = parser.parse_args().list
    for dump in ("inscriptis", "html_text"):
        check(read_jsonl(DATA / f"{dump}.jsonl.gz"), f"aeb/{dump}", listing)
    if TRAF.exists():
        check(read_jsonl(TRAF), "traf/inscriptis", listing)
    return 0


def main() -> int:
    return run_proxy(check, __doc__, "print the pages missed")


if __name__ == "__main__":
    raise SystemExit(main())
