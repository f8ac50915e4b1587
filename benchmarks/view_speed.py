"""The reading view for a 5,000-word article: seconds to build and write the page (target: under 1 s).

    python benchmarks/view_speed.py

The article is the seed repeated to about 5,000 words. The first run includes loading the
models and word lists; the best of three warm runs is the figure to compare with the target.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timing import best_of  # noqa: E402

from analysis.article import parse_article  # noqa: E402
from analysis.view import write  # noqa: E402


def main() -> int:
    seed = next((ROOT / "seeds").glob("kyodo_*.txt")).read_text(encoding="utf-8")
    text = "\n\n".join([seed] * 9)
    words = len(text.split())
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        write(parse_article(text, "long.txt"), out)
        cold = time.perf_counter() - t0
        warm = best_of(lambda: write(parse_article(text, "long.txt"), out))
    print(f"{words:,} words: {cold:.2f} s cold (models loading), {warm:.2f} s warm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
