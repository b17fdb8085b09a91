"""How often the article's date newsclean finds is the one in the page's URL.

    python benchmarks/dates.py            # the AEB pages in benchmarks/data
    python benchmarks/dates.py --list     # and every page where it differs

No page of the development set says by hand when its article was published,
but many addresses do: ".../2019/11/19/parise-scores-2-goals/",
".../20191118-...". For each page whose URL holds a whole date (year, month
and day), this counts whether ``Article.published`` is that day, a day or two
off (a time zone, or a page dated when it was updated), another date, or
none; for each page with none, whether a line of the page holds a date within
two days of it (the date was there to find).

A proxy, as benchmarks/titles.py is: a URL may carry the day a story was
first filed, and a page may rightly show only the time ("4:29 AM") or a
relative date ("an hour ago"). With the development set beside the project
(../shared/bench), its TRAF pages are counted too.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from titles import run_proxy

import newsclean
from newsclean.dates import find_date

# "/2019/11/19/", "/2019-11-19-", "/20191119": a year of this century or the
# last, then a month and a day, between the address's separators.
URL_DATE = re.compile(
    r"(?<![0-9])((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?![0-9])"
)
# A date this many days from the URL's is the same story's (time zones, updates).
NEAR_DAYS = 2


def url_date(url: str) -> datetime.date | None:
    """The first whole, valid date in the address's path, if any."""
    path = url.split("?", 1)[0]
    for match in URL_DATE.finditer(path):
        try:
            return datetime.date(*map(int, match.groups()))
        except ValueError:
            continue
    return None


def check(pages: list[dict[str, str]], name: str, listing: bool) -> None:
    dated = same = near = other = none = missed = 0
    for row in pages:
        want = url_date(row.get("url", ""))
        if want is None:
            continue
        dated += 1
        article = newsclean.clean(row["text"]).article
        got = article.published
        if got == want:
            same += 1
            continue
        if got is not None:
            if abs((got - want).days) <= NEAR_DAYS:
                near += 1
            else:
                other += 1
                if listing:
                    print(f"  {row['id'][:8]} URL {want}, found {got} ({article.published_raw!r})")
            continue
        none += 1
        lines = (line.strip() for line in row["text"].split("\n"))
        found = (find_date(line) for line in lines if line)
        if any(f is not None and abs((f.date - want).days) <= NEAR_DAYS for f in found):
            missed += 1
            if listing:
                print(f"  {row['id'][:8]} URL {want}, found none; the page holds it")
    print(
        f"{name:<16} {len(pages):>4} pages, {dated:>3} with a date in the URL: same day "
        f"{same:>3} ({same / max(dated, 1):.0%}), within {NEAR_DAYS} days {near:>2}, "
        f"other {other:>2}, none {none:>2} (of which the page holds it: {missed})"
    )


def main() -> int:
    return run_proxy(check, __doc__, "print the pages that differ")


if __name__ == "__main__":
    raise SystemExit(main())
