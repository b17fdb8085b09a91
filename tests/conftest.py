from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
LABELLED = FIXTURES / "labelled"
SHARED_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (LABELLED / "lavrov-mali.txt").read_text(encoding="utf-8")
