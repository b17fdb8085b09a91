"""Every `$ newsclean ...` example in docs/cli.md and README.md, run and compared."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def examples() -> list[tuple[str, str, str]]:
    found = []
    for doc in (ROOT / "docs" / "cli.md", ROOT / "README.md"):
        for block in BLOCK.findall(doc.read_text(encoding="utf-8")):
            command, _, output = block.partition("\n")
            assert command.startswith("$ newsclean "), command
            found.append((doc.name, command[2:], output))
    return found


@pytest.mark.parametrize(("doc", "command", "output"), examples(), ids=lambda v: str(v)[:40])
def test_documented_command_gives_the_documented_output(
    doc: str, command: str, output: str
) -> None:
    args = shlex.split(command)[1:]
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", *args], cwd=ROOT, capture_output=True, text=True
    )
    assert result.stdout == output


def test_there_are_documented_examples() -> None:
    assert len(examples()) >= 4
