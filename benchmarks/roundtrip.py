"""How much of an article comes back when newsclean cleans its own output.

    python benchmarks/roundtrip.py        # the AEB pages in benchmarks/data

A cleaned article may be cleaned again: a corpus stored as ``Article.text``
or as ``Article.to_markdown()`` goes through the same pipeline later, or
through another step that calls newsclean. For each AEB dump (inscriptis and
html-text) whose article was found, this cleans the article's text and its
Markdown again and counts the pages whose article keeps each of its facts:
its title, byline, date, dateline, tags, paragraphs and their kinds.

``Article.text`` holds only the body, so only its paragraphs are compared
(docs/guarantees.md promises them: property tests check it). The Markdown
holds the facts in its front matter and the title as a heading, so all of
them are.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import DATA, read_jsonl

import newsclean

FACTS = ("title", "byline", "published", "dateline", "tags", "paragraphs", "paragraph_kinds")


def main() -> None:
    for source in ("inscriptis", "html_text"):
        articles = [
            newsclean.clean(row["text"]).article for row in read_jsonl(DATA / f"{source}.jsonl.gz")
        ]
        found = [article for article in articles if article.found]
        text_kept = sum(
            newsclean.clean(article.text).article.paragraphs == article.paragraphs
            for article in found
        )
        again = [newsclean.clean(article.to_markdown()).article for article in found]
        print(f"AEB {source}: {len(found)} articles found of {len(articles)} pages")
        print(f"  Article.text cleaned again, the same paragraphs: {text_kept}")
        print("  Article.to_markdown() cleaned again, the same ...")
        for fact in FACTS:
            kept = sum(getattr(a, fact) == getattr(b, fact) for a, b in zip(found, again))
            print(f"    {fact:<16} {kept:>4} of {len(found)}")


if __name__ == "__main__":
    main()
