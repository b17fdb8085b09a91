"""Time and peak memory of cleaning the nasty pages, one fresh process per page.

    python benchmarks/nasty.py            # every page, a table on stdout
    python benchmarks/nasty.py --repeat 3 # median of three runs per page

Each page runs in its own subprocess so that its peak resident memory
(ru_maxrss) is its own, reported beside the input size as a ratio. Times are
medians over --repeat runs inside that process. The pages come from
tests/nasty_pages.py: the small hand-made ones in tests/fixtures/nasty and the
large generated ones (a 10 MB line, 100,000 lines, ...).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, re, statistics, sys, time
sys.path.insert(0, sys.argv[1])
import newsclean
from nasty_pages import LARGE_PAGES, small_pages
name, repeat = sys.argv[2], int(sys.argv[3])
text = LARGE_PAGES[name]() if name in LARGE_PAGES else small_pages()[name]
def hwm():  # peak RSS of this address space in KiB; unlike ru_maxrss it starts anew at exec
    return int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1))
base = hwm()
times = []
for _ in range(repeat):
    start = time.perf_counter()
    page = newsclean.clean(text)
    times.append(time.perf_counter() - start)
peak = hwm()
print(json.dumps({
    "name": name, "bytes": len(text.encode("utf-8")), "lines": len(page.labels),
    "seconds": statistics.median(times), "peak_kib": peak, "base_kib": base,
}))
"""


def run(name: str, repeat: int) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT / "tests"), name, str(repeat)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per page (median)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from nasty_pages import LARGE_PAGES, small_pages

    names = [*small_pages(), *LARGE_PAGES]
    print(
        f"{'page':<34} {'input':>10} {'lines':>8} {'seconds':>8} {'us/line':>8} "
        f"{'peak RSS':>9} {'added':>9} {'added/input':>11}"
    )
    for name in names:
        r = run(name, args.repeat)
        size = int(r["bytes"])  # type: ignore[call-overload]
        added = (int(r["peak_kib"]) - int(r["base_kib"])) * 1024  # type: ignore[call-overload]
        seconds = float(r["seconds"])  # type: ignore[arg-type]
        lines = int(r["lines"])  # type: ignore[call-overload]
        ratio = f"{added / size:.1f}x" if size > 100_000 else "-"
        print(
            f"{name:<34} {size / 1e6:>8.2f}MB {lines:>8} {seconds:>8.3f} "
            f"{1e6 * seconds / lines:>8.1f} {int(r['peak_kib']) / 1024:>7.0f}MB "  # type: ignore[call-overload]
            f"{added / 1e6:>7.0f}MB {ratio:>11}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
