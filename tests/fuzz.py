"""A longer run of the robustness property test: real pages broken at random.

    python tests/fuzz.py                 # one minute
    python tests/fuzz.py --minutes 10 --seed 7

Takes the 17 labelled pages of tests/fixtures/labelled, breaks each at
random the ways a scrape breaks (``test_robustness._mutated``: stretches lost
or shown twice, rewrapped, lines cut or glued, blank lines added or dropped,
odd characters put in), and checks every invariant of docs/guarantees.md on
it (``test_robustness.check_invariants``), a fifth of the pages read with a
language given at random (right or wrong: a language given is trusted). A
page that breaks one is written to the working folder as
``fuzz-<seed>-<n>.txt`` and named; the exit status is 1 if any did. CI
runs the same test on 60 pages; this runs thousands.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

import newsclean
from newsclean.language import LANGUAGES
from test_robustness import REAL_PAGES, _mutated, check_invariants  # (run from tests/)

# The kinds of break _mutated knows, and how many a page gets at most.
KINDS = 9
MOST_BREAKS = 5
# This share of the pages is read with a language given, at random.
GIVEN_LANGUAGE_SHARE = 0.2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=1.0, help="how long to run")
    parser.add_argument("--seed", type=int, default=1, help="the random seed (runs repeat)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    end = time.monotonic() + args.minutes * 60
    pages = broken = 0
    while time.monotonic() < end:
        mutations = [
            (rng.randrange(KINDS), rng.random(), rng.random())
            for _ in range(rng.randint(1, MOST_BREAKS))
        ]
        text = _mutated(rng.choice(REAL_PAGES), mutations)
        language = rng.choice(LANGUAGES) if rng.random() < GIVEN_LANGUAGE_SHARE else None
        pages += 1
        try:
            check_invariants(text, newsclean.Config(language=language))
        except Exception:  # any break of an invariant, or a crash
            broken += 1
            path = Path(f"fuzz-{args.seed}-{pages}.txt")
            path.write_text(text, encoding="utf-8")
            last = traceback.format_exc().strip().splitlines()[-1]
            print(f"{path}: {last} (breaks: {mutations}, language: {language})", flush=True)
    print(f"{pages} pages, {broken} broke an invariant")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
