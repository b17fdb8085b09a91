"""Reading the human labels of tests/fixtures/labelled (and of ../shared/bench/labelled).

Shared by the tests and by benchmarks/diagnose.py, which puts this folder on
its path as benchmarks/nasty.py does.
"""

from __future__ import annotations

from pathlib import Path


def read_gold(tsv: Path, n_lines: int) -> list[str | None]:
    """Human labels per line (None where the .tsv gives none)."""
    labels: list[str | None] = [None] * n_lines
    for row in tsv.read_text(encoding="utf-8").split("\n"):
        if row.strip() and not row.startswith("#"):
            start, end, label = row.split("\t")[:3]
            for i in range(int(start) - 1, int(end)):
                labels[i] = label
    return labels
