"""Compare the speed of two versions of newsclean on the same pages, interleaved.

    python benchmarks/compare.py 607e670          # that commit against the working tree
    python benchmarks/compare.py v0.1 HEAD --runs 7

Each version is checked out (``git worktree``) into a temporary folder and
timed by ``benchmarks/stages.py`` in its own process; the two alternate,
twice each, and each step keeps its fastest median. Interleaving and keeping
the fastest is what makes a comparison hold on a machine whose speed drifts
by a third within the hour: compare the ratio, not the absolute times.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _worktrees import sources

ROOT = Path(__file__).resolve().parents[1]
STAGES = ROOT / "benchmarks" / "stages.py"
ROUNDS = 2


def run_stages(source: Path, runs: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    out = subprocess.run(
        [sys.executable, str(STAGES), "--runs", str(runs)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {m[1]: float(m[2]) for m in re.finditer(r"^(\w+)\s+([\d.]+) ms$", out, re.MULTILINE)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="git revision to compare against")
    parser.add_argument("other", nargs="?", help="git revision (default: the working tree)")
    parser.add_argument("--runs", type=int, default=5, help="runs per page in each process")
    args = parser.parse_args()
    revisions = {"base": args.base, "other": args.other}
    with tempfile.TemporaryDirectory() as scratch, sources(revisions, Path(scratch)) as found:
        best: dict[str, dict[str, float]] = {"base": {}, "other": {}}
        for _ in range(ROUNDS):
            for name, source in found.items():
                for step, ms in run_stages(source, args.runs).items():
                    best[name][step] = min(best[name].get(step, ms), ms)
    labels = {"base": args.base, "other": args.other or "working tree"}
    print(f"median ms per page (AEB inscriptis), fastest of {ROUNDS} interleaved processes")
    print(f"{'step':<10} {labels['base']:>14} {labels['other']:>14} {'other/base':>11}")
    for step, base_ms in best["base"].items():
        other_ms = best["other"][step]
        print(f"{step:<10} {base_ms:>14.2f} {other_ms:>14.2f} {other_ms / base_ms:>10.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
