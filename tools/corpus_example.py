"""Build the example corpus aggregates that notebooks/06_corpus.ipynb reads (``make corpus-example``).

    python tools/corpus_example.py ../shared/benchmarks/quotes [--out examples/polnear]

Runs ``analysis corpus`` on the 924 PolNeAR articles (train and dev; seven US outlets, Nov 2015 to
Nov 2016; outlet and date come from the file names) with the ``international-relations`` pack,
into ``build/polnear-tables`` (resumable), then writes the per-article aggregates, which hold no
article text and no quotation, into ``examples/polnear/``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.corpus import aggregate  # noqa: E402

PACK = "international-relations"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("polnear", type=Path, help="the folder with polnear-train/ and polnear-dev/")
    parser.add_argument("--out", type=Path, default=ROOT / "examples" / "polnear")
    parser.add_argument("--tables", type=Path, default=ROOT / "build" / "polnear-tables")
    args = parser.parse_args()
    inputs = [args.polnear / split / "text" for split in ("polnear-train", "polnear-dev")]
    for folder in inputs:
        if not folder.is_dir():
            parser.error(f"{folder}: not found (PolNeAR lives in ../shared/benchmarks/quotes)")
    command = [sys.executable, "-m", "analysis", "corpus", *map(str, inputs), "--out", str(args.tables), "--themes", PACK]
    status = subprocess.run(command, cwd=ROOT).returncode
    if status != 0:
        return status
    written = aggregate.write(aggregate.compute(args.tables), args.out)
    for path in written:
        print(f"corpus-example: wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
