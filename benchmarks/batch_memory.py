"""Peak memory of the newsclean command over JSONL batches of growing size.

    python benchmarks/batch_memory.py               # 1,000 and 10,000 records, --jobs 1
    python benchmarks/batch_memory.py --jobs 2

Writes JSONL files of the fixture pages repeated (each record a real page),
runs the installed command over each in a fresh process, and prints the peak
resident memory of that process (with --jobs N, of the biggest worker too).
Memory that stays flat from 1,000 to 10,000 records means the batch streams.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "tests" / "fixtures" / "labelled").glob("*.txt"))


def write_batch(path: Path, records: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in PAGES]
    with path.open("w", encoding="utf-8") as f:
        for i in range(records):
            f.write(json.dumps({"id": i, "text": texts[i % len(texts)]}) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    args = parser.parse_args()
    print(f"{'records':>8} {'input MB':>9} {'seconds':>8} {'pages/s':>8} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            batch = Path(folder) / f"batch-{size}.jsonl"
            write_batch(batch, size)
            code = (
                "import re, resource, sys\n"
                "from newsclean.cli import main\n"
                "status = main(sys.argv[1:])\n"
                "status_file = open('/proc/self/status').read()\n"
                "me = int(re.search(r'VmHWM:\\s+(\\d+)', status_file).group(1))\n"
                "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
                "print(max(me, kids), file=sys.stderr)\n"
                "sys.exit(status)\n"
            )
            start = time.perf_counter()
            result = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    code,
                    "--text-field",
                    "text",
                    "-f",
                    "jsonl",
                    "-j",
                    str(args.jobs),
                    str(batch),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                check=True,
            )
            seconds = time.perf_counter() - start
            peak_kib = int(result.stderr.strip().splitlines()[-1])
            print(
                f"{size:>8} {batch.stat().st_size / 1e6:>9.1f} {seconds:>8.1f} "
                f"{size / seconds:>8.0f} {peak_kib / 1024:>12.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
