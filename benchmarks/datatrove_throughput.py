"""Pages per second of newsclean as a datatrove step, with 1 and 2 workers.

    pip install -e ".[datatrove]"
    python benchmarks/datatrove_throughput.py            # 2,000 pages, 4 tasks
    python benchmarks/datatrove_throughput.py --pages 10000 --tasks 8

Writes JSONL shards of the fixture pages (repeated), runs JsonlReader ->
NewsClean -> JsonlWriter with datatrove's LocalPipelineExecutor, once with one
worker and once with two, and prints wall time, pages per second and pages per
second per worker, each with the reader and writer included, as a corpus run
has them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_shards(folder: Path, pages: int, tasks: int) -> None:
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests/fixtures/labelled").glob("*.txt"))
    ]
    folder.mkdir(parents=True)
    files = [(folder / f"shard-{k}.jsonl").open("w", encoding="utf-8") for k in range(tasks)]
    for i in range(pages):
        files[i % tasks].write(json.dumps({"id": str(i), "text": texts[i % len(texts)]}) + "\n")
    for f in files:
        f.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--tasks", type=int, default=4)
    args = parser.parse_args()
    try:
        from datatrove.executor import LocalPipelineExecutor
        from datatrove.pipeline.readers import JsonlReader
        from datatrove.pipeline.writers import JsonlWriter
    except ImportError:
        print("datatrove is not installed: pip install -e '.[datatrove]'")
        return 2
    from newsclean.integrations.datatrove import NewsClean

    print(f"{'workers':>7} {'pages':>7} {'seconds':>8} {'pages/s':>8} {'pages/s/worker':>15}")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in"
        write_shards(source, args.pages, args.tasks)
        for workers in (1, 2):
            start = time.perf_counter()
            LocalPipelineExecutor(
                [JsonlReader(str(source)), NewsClean(), JsonlWriter(f"{tmp}/out-{workers}")],
                tasks=args.tasks,
                workers=workers,
                logging_dir=f"{tmp}/logs-{workers}",
            ).run()
            seconds = time.perf_counter() - start
            rate = args.pages / seconds
            print(
                f"{workers:>7} {args.pages:>7} {seconds:>8.1f} {rate:>8.0f} {rate / workers:>15.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
