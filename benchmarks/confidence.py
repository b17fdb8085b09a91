"""How far the AEB figures may move on other pages of the same kind.

    python benchmarks/confidence.py              # 2,000 resamples
    python benchmarks/confidence.py --resamples 10000

The 181 AEB pages are a sample of news pages: on others of the same kind
newsclean's F1 will not be exactly the same. This prints, for the inscriptis
and html-text dumps, the F1 (the AEB metric of ``run.py``) on all pages, the
interval that holds 95% of the F1s of the same number of pages drawn again
with replacement (the bootstrap, seeded: the figures repeat), and the F1 of
each half of the pages split at random. Pages are resampled, not shingles:
the spread is that of pages, which is what a user meets.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import DATA, page_counts, prf, read_jsonl

import newsclean

SEED = 20261129


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resamples", type=int, default=2000, help="bootstrap resamples")
    args = parser.parse_args()
    gold = {g["id"]: g["body"] for g in read_jsonl(DATA / "gold.jsonl.gz")}
    print(f"{'dump':<12} {'pages':>5} {'F1':>6} {'95% of resamples':>18} {'halves':>14}")
    for converter in ("inscriptis", "html_text"):
        pages = read_jsonl(DATA / f"{converter}.jsonl.gz")
        counts = [
            page_counts(gold[page["id"]], newsclean.clean(page["text"]).article.text)
            for page in pages
        ]
        rng = random.Random(SEED)
        resampled = sorted(
            prf(rng.choices(counts, k=len(counts)))[2] for _ in range(args.resamples)
        )
        low, high = (
            statistics.quantiles(resampled, n=40)[0],
            statistics.quantiles(resampled, n=40)[-1],
        )
        order = list(range(len(counts)))
        rng.shuffle(order)
        half = len(order) // 2
        first = prf([counts[i] for i in order[:half]])[2]
        second = prf([counts[i] for i in order[half:]])[2]
        print(
            f"{converter:<12} {len(counts):>5} {prf(counts)[2]:>6.3f} "
            f"{low:>8.3f} - {high:.3f} {first:>6.3f} {second:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
