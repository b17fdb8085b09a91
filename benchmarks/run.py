"""Quality and speed of newsclean beside the cleaners people would use instead.

    pip install -e ".[bench]"
    python benchmarks/run.py                  # everything, a few minutes on 2 cores
    python benchmarks/run.py --skip-scaling   # the quality and speed table only

All systems run in this one process on the same pages: the 181 news pages of
the AEB benchmark in benchmarks/data (as inscriptis and as html-text dumps),
scored with AEB's own metric (bags of 4-token shingles, precision and recall
averaged over pages, F1 of the two averages). The peers:

- full dump: the text as it is, the floor;
- C4 line rules: keep lines that end in terminal punctuation and have at least
  3 words, drop lines with "javascript" and cookie or privacy-policy sentences
  (written from that description of C4's filter);
- jusText and trafilatura, given the same text: each non-blank line
  html-escaped in a <p> (they are HTML extractors; this is how they see a dump);
- newsclean.

Times are of the system alone (HTML wrapping is done beforehand): median and
p95 milliseconds per page, pages per second, and each peer's median time over
newsclean's (above 1, newsclean is that many times faster). A peer that is
not installed is named and left out.

Then the time to import each cleaner in a fresh interpreter, a scaling run
(one page repeated 1x to 256x with its lines varied, and a page of 100,000
short menu lines: microseconds per line at each size, so that super-linear
growth shows), and the peak memory of cleaning the largest case, in a fresh
process.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import platform
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import newsclean

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "aeb"
TOKEN = re.compile(r"\w+")
SEED = ROOT / "tests" / "fixtures" / "labelled" / "lavrov-mali.txt"

Cleaner = Callable[[str], str]
# Each scaling case is cleaned about this many lines' worth of times, 1 to 50 runs.
SCALING_LINES_PER_CASE = 30_000
SCALING_RUNS_MAX = 50


def read_jsonl(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


# --- the AEB metric, as ../shared/bench/score.py and the benchmark compute it ---


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def share(tp: float, wrong: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return tp / (tp + wrong) if tp + wrong else 0.0

    precision = statistics.mean(share(tp, fp, fp, fn) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(share(tp, fn, fp, fn) for tp, fp, fn in counts if tp + fn > 0)
    return precision, recall, 2 * precision * recall / (precision + recall)


# --- the systems ---


def full_dump(text: str) -> str:
    return text


_C4_TERMINAL = (".", "!", "?", '"', "”")
_C4_POLICY = re.compile(r"cookie|privacy policy|terms of use", re.IGNORECASE)


def c4_rules(text: str) -> str:
    kept = []
    for line in text.split("\n"):
        line = line.strip()
        if (
            line.endswith(_C4_TERMINAL)
            and len(line.split()) >= 3
            and "javascript" not in line.lower()
            and not _C4_POLICY.search(line)
        ):
            kept.append(line)
    return "\n".join(kept)


def as_html(text: str) -> str:
    body = "".join(
        f"<p>{html.escape(line.strip())}</p>\n" for line in text.split("\n") if line.strip()
    )
    return f"<html><body>\n{body}</body></html>"


def newsclean_article(text: str) -> str:
    return newsclean.clean(text).article.text


def peers() -> tuple[dict[str, tuple[Cleaner, bool]], list[str]]:
    """name -> (function, takes HTML); and the peers that are missing."""
    systems: dict[str, tuple[Cleaner, bool]] = {
        "full dump": (full_dump, False),
        "C4 line rules": (c4_rules, False),
    }
    missing = []
    try:
        import justext

        stoplist = justext.get_stoplist("English")

        def run_justext(page: str) -> str:
            paragraphs = justext.justext(page, stoplist)
            return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

        systems["jusText"] = (run_justext, True)
    except ImportError:
        missing.append("jusText (pip install justext lxml_html_clean)")
    try:
        import trafilatura

        def run_trafilatura(page: str) -> str:
            return trafilatura.extract(page, include_comments=False) or ""

        systems["trafilatura"] = (run_trafilatura, True)
    except ImportError:
        missing.append("trafilatura (pip install trafilatura)")
    systems["newsclean"] = (newsclean_article, False)
    return systems, missing


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


# --- the runs ---


def quality_and_speed(converter: str) -> None:
    gold = {g["id"]: g["body"] for g in read_jsonl(DATA / "gold.jsonl.gz")}
    pages = read_jsonl(DATA / f"{converter}.jsonl.gz")
    systems, missing = peers()
    for name in missing:
        print(f"  not installed, left out: {name}")
    wrapped = [as_html(p["text"]) for p in pages]
    counts: dict[str, list[tuple[float, float, float]]] = {name: [] for name in systems}
    times: dict[str, list[float]] = {name: [] for name in systems}
    # Page by page, every system in turn: these machines drift by a third
    # within minutes, and timing one system's pages after another's would
    # put the drift into the ratios.
    for page, page_html in zip(pages, wrapped):
        for name, (function, takes_html) in systems.items():
            given = page_html if takes_html else page["text"]
            start = time.perf_counter()
            out = function(given)
            times[name].append(time.perf_counter() - start)
            counts[name].append(page_counts(gold[page["id"]], out))
    rows = {name: (prf(counts[name]), times[name]) for name in systems}
    ours = statistics.median(rows["newsclean"][1])
    print(f"\naeb/{converter}: {len(pages)} pages")
    print(
        f"{'system':<15} {'P':>6} {'R':>6} {'F1':>6} {'median ms':>10} {'p95 ms':>8} "
        f"{'pages/s':>8} {'time / ours':>12}"
    )
    for name, ((p, r, f1), times) in rows.items():
        median = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        # The peer's median time over newsclean's: above 1 newsclean is faster.
        ratio = "-" if name == "newsclean" else f"{median / ours:.3g}"
        print(
            f"{name:<15} {p:>6.3f} {r:>6.3f} {f1:>6.3f} {1000 * median:>10.2f} "
            f"{1000 * p95:>8.2f} {len(times) / sum(times):>8.0f} {ratio:>12}"
        )


def varied(text: str, copies: int) -> str:
    """The page repeated, each copy's lines made different so that none is an exact repeat."""
    lines = text.split("\n")
    return "\n".join(
        f"{line} ({k})" if line.strip() else line for k in range(copies) for line in lines
    )


def menu_page(lines: int) -> str:
    return "\n".join(f"  * Section {i}" for i in range(lines))


def scaling() -> None:
    seed = SEED.read_text(encoding="utf-8")
    print("\nscaling: microseconds per line (median of repeated runs; flat means linear)")
    print(f"{'page':<26} {'lines':>8} {'seconds':>8} {'us/line':>8} {'vs 1x':>6}")
    base = 0.0
    cases = [(f"seed page x{k}", varied(seed, k)) for k in (1, 4, 16, 64, 256)]
    cases.append(("100,000 short menu lines", menu_page(100_000)))
    for name, text in cases:
        n = len(text.split("\n"))
        # Small pages take milliseconds: repeat them more, so that noise does not decide.
        runs = max(1, min(SCALING_RUNS_MAX, SCALING_LINES_PER_CASE // n))
        seconds = statistics.median(_timed(text) for _ in range(runs))
        per_line = 1e6 * seconds / n
        base = base or per_line
        print(f"{name:<26} {n:>8} {seconds:>8.3f} {per_line:>8.1f} {per_line / base:>5.2f}x")


def _timed(text: str) -> float:
    start = time.perf_counter()
    newsclean.clean(text)
    return time.perf_counter() - start


def peak_memory() -> None:
    # VmHWM (Linux) is the peak of this address space and starts anew at exec;
    # ru_maxrss would carry over the parent's peak.
    code = (
        "import re, sys\n"
        f"sys.path.insert(0, {str(ROOT / 'benchmarks')!r})\n"
        "from run import SEED, varied\n"
        "import newsclean\n"
        "def hwm():\n"
        "    status = open('/proc/self/status').read()\n"
        "    return int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n"
        "text = varied(SEED.read_text(encoding='utf-8'), 256)\n"
        "before = hwm()\n"
        "newsclean.clean(text)\n"
        "print(len(text.encode('utf-8')), before, hwm())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    size, before, after = (int(x) for x in out.stdout.split())
    print(
        f"\npeak memory, seed page x256 ({size / 1e6:.1f} MB of text): "
        f"peak RSS {after / 1024:.0f} MB, {(after - before) / 1024:.0f} MB added by cleaning "
        f"({(after - before) * 1024 / size:.1f}x the input)"
    )


IMPORT_RUNS = 5


def import_times() -> None:
    """Seconds to import each cleaner in a fresh interpreter (median of IMPORT_RUNS).

    A command-line run or a worker process pays this once before its first page.
    """
    print(f"\nimport time, fresh process (median of {IMPORT_RUNS})")
    code = "import time; t = time.perf_counter(); import {0}; print(time.perf_counter() - t)"
    ours = 0.0
    for name, module in (
        ("newsclean", "newsclean"),
        ("jusText", "justext"),
        ("trafilatura", "trafilatura"),
    ):
        times = []
        for _ in range(IMPORT_RUNS):
            out = subprocess.run(
                [sys.executable, "-c", code.format(module)], capture_output=True, text=True
            )
            if out.returncode:
                break
            times.append(float(out.stdout))
        if not times:
            print(f"{name:<16} not installed")
            continue
        median = statistics.median(times)
        ours = ours or median
        print(f"{name:<16} {median * 1000:8.0f} ms  {median / ours:6.2f}x newsclean's")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-scaling", action="store_true", help="only the quality table")
    args = parser.parse_args()
    print(
        f"newsclean {newsclean.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()}, {__import__('os').cpu_count()} cores; "
        f"jusText {version('jusText')}, trafilatura {version('trafilatura')}"
    )
    for converter in ("inscriptis", "html_text"):
        quality_and_speed(converter)
    import_times()
    if not args.skip_scaling:
        scaling()
        peak_memory()
    return 0


if __name__ == "__main__":
    sys.exit(main())
