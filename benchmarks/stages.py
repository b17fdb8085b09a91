r"""Where the time goes: each step of the pipeline on the AEB pages.

    python benchmarks/stages.py            # 5 runs
    python benchmarks/stages.py --runs 9

For every page, each step's fastest time over the runs (the least disturbed
by other work on the machine), then the median over the 181 inscriptis pages,
in milliseconds. The steps are those of ``newsclean.pipeline.clean``: split
the lines, measure them, find repeated headlines, find runs, label, assemble.

Two floors follow, timed the same way: splitting the page at newlines and
stripping each line, and that plus one regex pass over each line for its
words (``\w+`` on the case-folded line, as measuring does). They say how
much of a 3 ms page budget the least per-line work in Python already takes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

import regex

from newsclean.blocks import find_runs
from newsclean.config import Config
from newsclean.features import measure
from newsclean.labels import label_page
from newsclean.lines import split_lines
from newsclean.page import assemble
from newsclean.repeats import find_repeats

DATA = Path(__file__).resolve().parent / "data" / "aeb" / "inscriptis.jsonl.gz"
STEPS = ("split", "measure", "repeats", "runs", "label", "assemble", "all")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per page (fastest kept)")
    args = parser.parse_args()
    with gzip.open(DATA, "rt", encoding="utf-8") as records:
        texts = [json.loads(record)["text"] for record in records]
    config = Config()
    best = {step: [float("inf")] * len(texts) for step in STEPS}
    clock = time.perf_counter
    for _ in range(args.runs):
        for i, text in enumerate(texts):
            t0 = clock()
            lines = split_lines(text)
            t1 = clock()
            page = measure(lines, config)
            t2 = clock()
            repeats = find_repeats(page.lines, config)
            t3 = clock()
            runs = find_runs(page.lines)
            t4 = clock()
            labelling = label_page(page, repeats, runs, config)
            t5 = clock()
            assemble(page.lines, labelling, page.stopwords)
            t6 = clock()
            for step, took in zip(
                STEPS, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t6 - t0)
            ):
                best[step][i] = min(best[step][i], took)
    print(f"{len(texts)} AEB inscriptis pages, fastest of {args.runs} runs a page, median of pages")
    for step in STEPS:
        print(f"{step:<9} {statistics.median(best[step]) * 1000:7.2f} ms")
    floors = {name: [float("inf")] * len(texts) for name in FLOORS}
    for _ in range(args.runs):
        for i, text in enumerate(texts):
            for name, floor in FLOORS.items():
                t0 = clock()
                floor(text)
                floors[name][i] = min(floors[name][i], clock() - t0)
    print("floors (the least per-line work):")
    for name in FLOORS:
        print(f"  {name:<28} {statistics.median(floors[name]) * 1000:7.2f} ms")
    return 0


_WORDS = regex.compile(r"\w+")


def _strip_lines(text: str) -> None:
    for line in text.split("\n"):
        line.strip()


def _words_of_lines(text: str) -> None:
    for line in text.split("\n"):
        _WORDS.findall(line.strip().casefold())


FLOORS = {"split and strip each line": _strip_lines, "... and find its words": _words_of_lines}


if __name__ == "__main__":
    sys.exit(main())
