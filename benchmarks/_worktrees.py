"""Check out git revisions of the project side by side, for the benchmarks that compare them."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def sources(revisions: dict[str, str | None], scratch: Path) -> Iterator[dict[str, Path]]:
    """The ``src`` folder of each revision (None: the working tree), removed on exit."""
    found: dict[str, Path] = {}
    try:
        for name, revision in revisions.items():
            if revision is None:
                found[name] = ROOT / "src"
                continue
            tree = scratch / name
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), revision],
                check=True,
                capture_output=True,
            )
            found[name] = tree / "src"
        yield found
    finally:
        for source in found.values():
            if source != ROOT / "src":
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(source.parent)],
                    check=True,
                    capture_output=True,
                )
