"""Compare the quality of two versions of newsclean on the development set, page by page.

    python benchmarks/quality_diff.py 10aa6bd          # that commit against the working tree
    python benchmarks/quality_diff.py HEAD~1 HEAD

Each version is checked out (``git worktree``) and run in its own process
over the development set in ../shared/bench (not shipped with the project).
It prints, for each version, four figures with four decimals, then every page
whose figure moved:

- ``aeb_insc`` / ``aeb_html``: F1 of the AEB article bodies, precision and
  recall averaged over pages as AEB does, on *sets* of 4-token shingles (a
  page's figure is then exact to read; ``score.py`` counts bags, so its
  totals differ from these in the third decimal);
- ``traf``: F1 of the trafilatura snippets, with the snippets found and the
  junk snippets let in;
- ``labelled``: the lines labelled as people did, and the titles found.

This is how the four-decimal steps in docs/heuristics.md and CHANGELOG.md
were measured: a change of a rule, page by page, before ``score.py`` shows it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _worktrees import ROOT, sources

BENCH = ROOT.parent / "shared" / "bench"
# A page counts as moved when its F1 changes by more than this.
MOVED = 0.002

CHILD = r"""
import glob, gzip, json, os, re, sys
from pathlib import Path
import newsclean

bench = sys.argv[1]
token = re.compile(r"\w+")


def shingles(text):
    words = token.findall(text)
    return {tuple(words[i:i + 4]) for i in range(max(1, len(words) - 3))}


def squash(text):
    return " ".join(text.split())


def jsonl(name):
    with gzip.open(os.path.join(bench, name), "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


out = {"aeb_insc": {}, "aeb_html": {}, "traf": {}, "labelled": {}}
gold = {row["id"]: row["body"] for row in jsonl("aeb/gold.jsonl.gz")}
for key, dump in (("aeb_insc", "aeb/inscriptis.jsonl.gz"), ("aeb_html", "aeb/html_text.jsonl.gz")):
    for row in jsonl(dump):
        ours, want = shingles(newsclean.clean(row["text"]).article.text), shingles(gold[row["id"]])
        both = len(ours & want)
        out[key][row["id"][:8]] = [both / len(ours) if ours else 0, both / len(want) if want else 0]
snippets = {row["id"]: row for row in jsonl("traf/gold.jsonl.gz")}
for row in jsonl("traf/inscriptis.jsonl.gz"):
    text = squash(newsclean.clean(row["text"]).article.text)
    want = snippets[row["id"]]
    out["traf"][row["id"][:8]] = [
        sum(squash(s) in text for s in want["with"]),
        len(want["with"]),
        sum(squash(s) in text for s in want["without"]),
    ]
sys.path.insert(0, sys.argv[2])
from gold import read_gold
for path in sorted(glob.glob(os.path.join(bench, "labelled", "*.txt"))):
    with open(path, encoding="utf-8") as page_file:
        text = page_file.read()
    lines = text.split("\n")
    labels = read_gold(Path(path[:-4] + ".tsv"), len(lines))
    page = newsclean.clean(text)
    ours = [label.value if label else None for label in page.labels]
    pairs = [(g, p) for g, p, line in zip(labels, ours, lines) if g and line.strip()]
    found = (page.article.title or "").strip()
    title = "title" in labels and found == lines[labels.index("title")].strip()
    right = sum(g == p for g, p in pairs)
    out["labelled"][os.path.basename(path)[:-4]] = [right, len(pairs), int(title)]
print(json.dumps(out))
"""


def measure(source: Path) -> dict[str, dict[str, list[float]]]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(BENCH), str(ROOT / "tests")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, dict[str, list[float]]] = json.loads(out)
    return result


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def totals(figures: dict[str, dict[str, list[float]]]) -> str:
    parts = []
    for key in ("aeb_insc", "aeb_html"):
        pages = list(figures[key].values())
        precision = sum(p for p, _ in pages) / len(pages)
        recall = sum(r for _, r in pages) / len(pages)
        parts.append(f"{key} {f1(precision, recall):.4f}")
    found = sum(h for h, _, _ in figures["traf"].values())
    wanted = sum(n for _, n, _ in figures["traf"].values())
    junk = sum(j for _, _, j in figures["traf"].values())
    precision = found / (found + junk) if found + junk else 0.0
    parts.append(f"traf {f1(precision, found / wanted):.4f} ({found:.0f} found, {junk:.0f} junk)")
    right = sum(c for c, _, _ in figures["labelled"].values())
    lines = sum(n for _, n, _ in figures["labelled"].values())
    titles = sum(t for _, _, t in figures["labelled"].values())
    parts.append(f"labelled {right / lines:.4f} ({right:.0f} lines, {titles:.0f} titles)")
    return "  ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="git revision to compare against")
    parser.add_argument("other", nargs="?", help="git revision (default: the working tree)")
    args = parser.parse_args()
    if not BENCH.is_dir():
        print(f"the development set is not at {BENCH}: nothing to compare", file=sys.stderr)
        return 1
    revisions = {"base": args.base, "other": args.other}
    with tempfile.TemporaryDirectory() as scratch, sources(revisions, Path(scratch)) as found:
        figures = {name: measure(source) for name, source in found.items()}
    base, other = figures["base"], figures["other"]
    print(f"{args.base:<14} {totals(base)}")
    print(f"{args.other or 'working tree':<14} {totals(other)}")
    for key in base:
        for page, before in base[key].items():
            after = other[key][page]
            if key.startswith("aeb"):
                if abs(f1(*after) - f1(*before)) > MOVED:
                    print(f"{key} {page} {f1(*before):.3f} -> {f1(*after):.3f}")
            elif after != before:
                print(f"{key} {page} {before} -> {after}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
