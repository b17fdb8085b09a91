from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
LABELLED = FIXTURES / "labelled"
SHARED_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


def read_gold(tsv: Path, n_lines: int) -> list[str | None]:
    """Human labels per line (None where the .tsv gives none)."""
    labels: list[str | None] = [None] * n_lines
    for row in tsv.read_text(encoding="utf-8").split("\n"):
        if row.strip() and not row.startswith("#"):
            start, end, label = row.split("\t")[:3]
            for i in range(int(start) - 1, int(end)):
                labels[i] = label
    return labels


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (LABELLED / "lavrov-mali.txt").read_text(encoding="utf-8")
