"""Quotes for a folder of articles in one process: parse, rules, the learned tagger and speakers.

    python benchmarks/quotes_speed.py ../shared/benchmarks/quotes/polnear-dev/text

Reports the first run (model loading included) and the best of three warm runs. The target for
the 84 PolNeAR dev articles is under 3 s.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of  # noqa: E402

from analysis.article import parse_article  # noqa: E402
from analysis.quotes import quote_records  # noqa: E402


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/benchmarks/quotes/polnear-dev/text")
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]

    def run() -> int:
        return sum(len(quote_records(parse_article(text, name))) for name, text in texts)

    t0 = time.perf_counter()
    n = run()
    cold = time.perf_counter() - t0
    warm = best_of(run)
    print(f"{len(texts)} articles, {n} records: {cold:.2f} s cold (model loading included), {warm:.2f} s warm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
