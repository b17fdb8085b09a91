"""How much faster newsclean runs compiled to C with mypyc: where its time goes.

    python benchmarks/compiled.py            # needs mypy (extra [test]) and a C compiler
    python benchmarks/compiled.py --runs 3

newsclean is pure Python and ships so. This probe compiles a copy of its
pipeline modules with mypyc (the compiler that builds mypy itself) into a
temporary folder, checks that the copy gives the same JSON on the 181 AEB
inscriptis pages, then times each step of both with ``benchmarks/stages.py``,
alternating the two processes (fastest of two rounds each).

A step that runs much faster compiled spends its time in the interpreter
(calls, attribute reads, small tuples); a step that does not spends it in
the regular-expression engines and string methods, which are C already and
which no compiler of the Python code can speed up.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from compare import ROUNDS, run_stages

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsclean"
# The pipeline's steps; the public types, the command and the integrations
# stay Python (attrs classes and argparse gain nothing from compiling).
COMPILED = (
    "lines", "fragments", "language", "dates", "patterns", "features", "repeats",
    "blocks", "shapes", "region", "title", "labels", "page",
)  # fmt: skip
MYPY_CONFIG = "[mypy]\n[mypy-regex.*]\nignore_missing_imports = True\n"
# The same JSON from both: every page's to_dict(), hashed.
DIGEST = """
import gzip, hashlib, json, newsclean
rows = [json.loads(l)["text"] for l in gzip.open({data!r}, "rt", encoding="utf-8")]
pages = [json.dumps(newsclean.clean(t).to_dict(), sort_keys=True, default=str) for t in rows]
suffix = newsclean.features.__file__.rsplit(".", 1)[-1]
print(suffix, hashlib.sha256("".join(pages).encode()).hexdigest())
"""
DATA = ROOT / "benchmarks" / "data" / "aeb" / "inscriptis.jsonl.gz"


def compile_copy(scratch: Path) -> Path:
    """A copy of the package beside its modules compiled by mypyc."""
    copy = scratch / "newsclean"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (scratch / "mypy.ini").write_text(MYPY_CONFIG)
    modules = [f"newsclean/{name}.py" for name in COMPILED]
    subprocess.run(
        [sys.executable, "-m", "mypyc", *modules],
        cwd=scratch,
        check=True,
        capture_output=True,
        text=True,
    )
    return scratch


def digest(source: Path) -> tuple[str, str]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    out = subprocess.run(
        [sys.executable, "-c", DIGEST.format(data=str(DATA))],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return out[0], out[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per page in each process")
    args = parser.parse_args()
    try:
        import mypyc  # noqa: F401
    except ImportError:
        print("mypyc is missing: pip install -e '.[test]' (mypy ships it)")
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        try:
            compiled = compile_copy(Path(scratch))
        except subprocess.CalledProcessError as error:
            print(f"mypyc failed:\n{error.stdout[-2000:]}{error.stderr[-2000:]}")
            return 1
        found = {"python": ROOT / "src", "compiled": compiled}
        kinds = {name: digest(source) for name, source in found.items()}
        print(f"modules: python .{kinds['python'][0]}, compiled .{kinds['compiled'][0]}")
        same = kinds["python"][1] == kinds["compiled"][1]
        print(f"same JSON on the {DATA.parent.name.upper()} pages: {'yes' if same else 'NO'}")
        best: dict[str, dict[str, float]] = {"python": {}, "compiled": {}}
        for _ in range(ROUNDS):
            for name, source in found.items():
                for step, ms in run_stages(source, args.runs).items():
                    best[name][step] = min(best[name].get(step, ms), ms)
    print(f"median ms per page (AEB inscriptis), fastest of {ROUNDS} interleaved processes")
    print(f"{'step':<10} {'python':>9} {'compiled':>9} {'speed-up':>9}")
    for step, ms in best["python"].items():
        fast = best["compiled"][step]
        print(f"{step:<10} {ms:>9.2f} {fast:>9.2f} {ms / fast:>8.2f}x")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
