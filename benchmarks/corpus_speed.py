"""Corpus mode: throughput, scaling with workers, Dask, flat memory, and the same rows as the CLI.

    python benchmarks/corpus_speed.py ../shared/benchmarks/quotes [--memory] [--sample 10]

Every timing is a whole process (``python -m analysis corpus ... --out DIR``), start-up and
Parquet writing included, over the 924 PolNeAR articles (train and dev), complete table set:
1 worker, 2 workers, and a ``dask.distributed.LocalCluster`` with two worker processes (started
before the timing). Peak RSS is the largest resident set of the command and its workers.
``--memory`` also runs 1,000 and 10,000 articles (the corpus repeated under new ids, as JSON lines)
to show that memory stays flat. ``--sample N`` checks that the corpus rows of N dev articles equal
the single-article command's output (quotes and sources).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEAK = (
    "import resource, subprocess, sys; s = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, s)"
)


def timed(args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of ``python -m analysis corpus ARGS``."""
    command = [sys.executable, "-c", PEAK, sys.executable, "-m", "analysis", "corpus", *args, "--quiet"]
    t0 = time.perf_counter()
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    seconds = time.perf_counter() - t0
    if out[1] != "0":
        raise SystemExit(f"corpus run failed ({out[1]}): {args}")
    return seconds, int(out[0]) / 1024


def repeated(inputs: list[Path], n: int, path: Path) -> Path:
    """``n`` articles as JSON lines: the corpus over and over, each copy under a new id."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for folder in inputs for p in sorted(folder.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as handle:
        for k in range(n):
            name, text = texts[k % len(texts)]
            handle.write(json.dumps({"id": f"{name}-{k // len(texts)}", "text": text}) + "\n")
    return path


def same_rows(folder: Path, out: Path, sample: int) -> str:
    sys.path.insert(0, str(ROOT))
    from analysis.corpus.store import read

    quotes, sources = read(out, "quotes"), read(out, "sources")
    paths = sorted(folder.glob("*.txt"))[:: max(1, len(list(folder.glob("*.txt"))) // sample)][:sample]
    for path in paths:
        for command, table, keys in (
            ("quotes", quotes, ["start", "end", "speaker"]),
            ("sources", sources, ["name", "type", "status"]),
        ):
            proc = subprocess.run(
                [sys.executable, "-m", "analysis", command, str(path), "--format", "jsonl"],
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            expected = [{k: r[k] for k in keys} for r in map(json.loads, proc.stdout.splitlines())]
            got = table[table["article"] == path.stem][keys].astype(object).where(lambda f: f.notna(), None).to_dict("records")
            if got != expected:
                return f"differ: {path.name} {command}"
    return f"equal on {len(paths)} dev articles (quotes, sources)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("polnear", type=Path, help="folder with polnear-train/ and polnear-dev/")
    parser.add_argument("--memory", action="store_true", help="also run 1,000 and 10,000 articles")
    parser.add_argument("--sample", type=int, default=10)
    args = parser.parse_args()
    inputs = [args.polnear / s / "text" for s in ("polnear-train", "polnear-dev")]
    n = sum(len(list(f.glob("*.txt"))) for f in inputs)
    print(f"corpus: {n} articles, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        one, rss1 = timed([*map(str, inputs), "--out", str(tmp / "one"), "--workers", "1"])
        print(f"1 worker:   {one:6.1f} s  {n / one:5.1f} articles/s  peak RSS {rss1:5.0f} MB")
        two, rss2 = timed([*map(str, inputs), "--out", str(tmp / "two"), "--workers", "2"])
        print(f"2 workers:  {two:6.1f} s  {n / two:5.1f} articles/s  peak RSS {rss2:5.0f} MB  ({one / two:.2f}x one worker)")
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            dask, _ = timed([*map(str, inputs), "--out", str(tmp / "dask"), "--scheduler", cluster.scheduler_address])
        print(f"Dask (2):   {dask:6.1f} s  {n / dask:5.1f} articles/s  ({dask / two:.2f}x the local two-worker time)")
        sys.path.insert(0, str(ROOT))
        from analysis.corpus.store import read
        from analysis.corpus.tables import TABLES

        equal = all(
            read(tmp / "dask", t).equals(read(tmp / "two", t)) and read(tmp / "one", t).equals(read(tmp / "two", t))
            for t in TABLES
        )
        rows = same_rows(inputs[1], tmp / "one", args.sample)
        print(f"tables: 1 worker, 2 workers and Dask {'identical' if equal else 'DIFFER'}; {rows}")
        if args.memory:
            for size in (1_000, 10_000):
                source = repeated(inputs, size, tmp / f"repeat-{size}.jsonl")
                seconds, rss = timed([str(source), "--out", str(tmp / f"m{size}"), "--workers", "2"])
                print(f"{size:6,} articles (2 workers): {seconds:6.1f} s  {size / seconds:5.1f}/s  peak RSS {rss:5.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
