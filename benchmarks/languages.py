"""What the page's language does: guessed, or given by the caller.

    python benchmarks/languages.py

On the AEB pages in benchmarks/data: how many pages come out the same when
the language newsclean guessed is given instead (``Config(language=...)``),
and the AEB F1 with the language guessed page by page, given as English for
every page (most of them are English), and given wrongly as German for every
page: how much the stopword signal weighs against length and punctuation.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import DATA, page_counts, prf, read_jsonl

import newsclean

GIVEN = (None, "en", "de")


def main() -> int:
    gold = {row["id"]: row["body"] for row in read_jsonl(DATA / "gold.jsonl.gz")}
    for dump in ("inscriptis", "html_text"):
        pages = read_jsonl(DATA / f"{dump}.jsonl.gz")
        guessed = [newsclean.clean(page["text"]) for page in pages]
        languages = Counter(page.language for page in guessed)
        same = sum(
            newsclean.clean(row["text"], config=newsclean.Config(language=page.language)).to_dict()
            == page.to_dict()
            for row, page in zip(pages, guessed)
            if page.language is not None
        )
        with_list = len(pages) - languages[None]
        print(f"aeb/{dump}: {len(pages)} pages; guessed: {dict(languages.most_common())}")
        print(f"  the guessed language given: {same} of {with_list} pages come out the same")
        for language in GIVEN:
            config = newsclean.Config(language=language)
            counts = [
                page_counts(
                    gold[row["id"]], newsclean.clean(row["text"], config=config).article.text
                )
                for row in pages
            ]
            p, r, f1 = prf(counts)
            name = "guessed" if language is None else f"language={language!r} for all"
            print(f"  {name:<26} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
