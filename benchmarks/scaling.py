"""Does every analysis grow linearly? The seed repeated ×1 … ×256, and crafted hostile inputs.

    python benchmarks/scaling.py                 # seed ×1, ×4, ×16, ×64, ×256 and the crafted inputs
    python benchmarks/scaling.py --max 1024      # up to ×1024 (4 MB; slow)
    python benchmarks/scaling.py --only quotes   # one analysis

For each analysis it prints the seconds at each size and the growth ratio per ×4 step (4 is
linear; the issue's bar is at most 5 from ×256 to ×1,024). Then each crafted input, which
should take well under 5 s per analysis here. A benchmark, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.article import parse_article  # noqa: E402
from analysis.entities import entities  # noqa: E402
from analysis.quotes import quote_records  # noqa: E402
from analysis.sentiment import sentence_sentiment  # noqa: E402
from analysis.sources import sources  # noqa: E402
from analysis.terms import collocations, keyness, kwic, term_frequencies  # noqa: E402
from analysis.themes import theme_scores  # noqa: E402

ANALYSES = {
    "parse": lambda text: parse_article(text).sentences,
    "terms": lambda text: term_frequencies(parse_article(text)),
    "keyness": lambda text: keyness(parse_article(text)),
    "collocations": lambda text: collocations(parse_article(text)),
    "kwic": lambda text: kwic(parse_article(text), "Taiwan"),
    "quotes": lambda text: quote_records(parse_article(text)),
    "sources": lambda text: sources(parse_article(text)),
    "entities": lambda text: entities(parse_article(text)),
    "sentiment": lambda text: sentence_sentiment(parse_article(text)),
    "themes": lambda text: theme_scores(parse_article(text)),
    "themes (pack)": lambda text: theme_scores(parse_article(text), pack="international-relations"),
}


def crafted() -> dict[str, str]:
    people = " ".join(f"Officer Name{n} Surname{n} spoke." for n in range(6600))
    return {
        '"said " x 40,000': "said " * 40_000,
        "200,000 characters, no sentence end": ("word " * 40_000).strip(),
        "6,600 distinct people": people,
        "unclosed quotes": "\n\n".join('"' + "This quote never closes and runs on " * 20 for _ in range(300)),
        "10,000 short quotes in one paragraph": " ".join(f'"Yes {n}," he said.' for n in range(10_000)),
        "156 KB of dots": "." * 156_000,
        "156 KB of hyphens and plus signs": "-+" * 78_000,
    }


def seconds(fn, text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max", type=int, default=256, help="largest repetition of the seed (a power of 4)")
    ap.add_argument("--only", help="one analysis by name")
    args = ap.parse_args()
    seed = next((ROOT / "seeds").glob("kyodo_*.txt")).read_text(encoding="utf-8")
    names = [args.only] if args.only else list(ANALYSES)
    sizes = []
    n = 1
    while n <= args.max:
        sizes.append(n)
        n *= 4
    print("seed repeated: " + ", ".join(f"x{n}" for n in sizes))
    for name in names:
        fn = ANALYSES[name]
        times = [seconds(fn, "\n\n".join([seed] * n)) for n in sizes]
        ratios = [b / a if a > 0 else float("nan") for a, b in zip(times, times[1:])]
        print(
            f"{name:14} " + " ".join(f"{t:7.2f}s" for t in times) + "   growth per x4: " + " ".join(f"{r:4.1f}" for r in ratios),
            flush=True,
        )
    print("crafted inputs (seconds per analysis):")
    for label, text in crafted().items():
        row = {name: seconds(ANALYSES[name], text) for name in names}
        worst = max(row, key=row.get)
        print(f"  {label:40} worst {row[worst]:6.2f}s ({worst}); all: " + " ".join(f"{v:.2f}" for v in row.values()), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
