"""Development aid: where newsclean disagrees with the labelled pages and the AEB gold.

    python benchmarks/diagnose.py labels [PAGE]   # confusion matrix, title misses, a page's errors
    python benchmarks/diagnose.py aeb [N]         # the N AEB pages with the lowest F1

Reads ../shared/bench when present (the development set is not shipped).
"""

from __future__ import annotations

import collections
import gzip
import json
import re
import sys
from pathlib import Path

import newsclean

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(ROOT / "tests"))
from gold import read_gold  # noqa: E402  (the tests' reader of the .tsv labels)

TOKEN = re.compile(r"\w+")


def labels(page_name: str | None) -> None:
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    for txt in sorted((BENCH / "labelled").glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        lines = text.split("\n")
        gold = read_gold(txt.with_suffix(".tsv"), len(lines))
        page = newsclean.clean(text)
        if "title" in gold:
            want = lines[gold.index("title")].strip()
            if (page.article.title or "") != want:
                print(f"{txt.stem}: title {page.article.title!r} want {want!r}")
        for i, (g, p) in enumerate(zip(gold, page.labels)):
            if g and lines[i].strip():
                confusion[(g, p.value if p else "-")] += 1
                if page_name and page_name in txt.stem and g != (p.value if p else None):
                    print(
                        f"{i + 1:>5} gold {g:<11} got {p.value if p else '-':<11} "
                        f"{page.reasons[i]} | {lines[i].strip()[:70]}"
                    )
    names = ["title", "meta", "body", "duplicate", "navigation", "teaser", "boilerplate"]
    print("gold\\got   " + " ".join(f"{n[:6]:>6}" for n in names))
    for g in names:
        print(f"{g:<11}" + " ".join(f"{confusion[(g, p)]:>6}" for p in names))


def read_jsonl(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def shingles(text: str) -> collections.Counter[tuple[str, ...]]:
    t = TOKEN.findall(text)
    return collections.Counter(tuple(t[i : i + 4]) for i in range(max(1, len(t) - 3)))


def aeb(n: int, converter: str = "inscriptis") -> None:
    gold = {g["id"]: g["body"] for g in read_jsonl(BENCH / "aeb/gold.jsonl.gz")}
    scores = []
    for row in read_jsonl(BENCH / f"aeb/{converter}.jsonl.gz"):
        t, p = shingles(gold[row["id"]]), shingles(newsclean.clean(row["text"]).article.text)
        tp = sum((t & p).values())
        prec = tp / max(1, sum(p.values()))
        rec = tp / max(1, sum(t.values()))
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        scores.append((f1, prec, rec, row["id"], row["url"]))
    for f1, prec, rec, pid, url in sorted(scores)[:n]:
        print(f"F1 {f1:.2f} P {prec:.2f} R {rec:.2f} {pid} {url[:80]}")


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "labels"
    if what == "labels":
        labels(sys.argv[2] if len(sys.argv) > 2 else None)
    else:
        aeb(
            int(sys.argv[2]) if len(sys.argv) > 2 else 20,
            sys.argv[3] if len(sys.argv) > 3 else "inscriptis",
        )
