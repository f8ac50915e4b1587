"""Sentence-splitting speed: this project's splitter against pySBD on the same news text.

    python benchmarks/sentences_speed.py            (or: make bench)

Builds a ~2 MB text from the seed's body paragraphs (and a 50 MB one for the scaling check),
times `analysis.sentences.sentence_spans`, and times pySBD 0.3.4 (`Segmenter(language="en",
clean=False, char_span=True)`) on a 200 kB slice of the same text (pySBD is too slow for
2 MB in a benchmark run); speeds are compared in characters per second. Best of 3 runs.
"""

from __future__ import annotations

from pathlib import Path

from timing import best_of

from analysis.article import parse_article
from analysis.sentences import sentence_spans

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")


def corpus(size: int) -> str:
    """Seed paragraphs repeated (and numbered, so no two paragraphs are equal) up to ``size``."""
    paragraphs = [p for p in SEED.split("\n\n") if p.strip()]
    out, total, n = [], 0, 0
    while total < size:
        p = f"{paragraphs[n % len(paragraphs)]} Item No. {n}."
        out.append(p)
        total += len(p) + 2
        n += 1
    return "\n\n".join(out)


def main() -> None:
    two_mb = corpus(2_000_000)
    ours = best_of(lambda: sentence_spans(two_mb))
    n = len(sentence_spans(two_mb))
    print(
        f"analysis.sentences: {len(two_mb) / 1e6:.1f} MB, {n} sentences in {ours:.3f} s "
        f"({len(two_mb) / ours / 1e6:.1f} M chars/s)"
    )
    try:
        import pysbd
    except ImportError:
        print("pysbd not installed (pip install -c constraints.txt pysbd): comparison skipped")
    else:
        slice_ = two_mb[:200_000]
        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        theirs = best_of(lambda: seg.segment(slice_), runs=1)
        ours_slice = best_of(lambda: sentence_spans(slice_))
        print(
            f"pysbd 0.3.4: 200 kB in {theirs:.2f} s ({len(slice_) / theirs / 1e6:.3f} M chars/s); "
            f"ours on the same slice {ours_slice:.4f} s: {theirs / ours_slice:.0f}x faster"
        )
    small, big = corpus(5_000_000), corpus(50_000_000)
    t_small = best_of(lambda: parse_article(small), runs=1)
    t_big = best_of(lambda: parse_article(big), runs=1)
    print(f"parse_article: 5 MB {t_small:.2f} s, 50 MB {t_big:.2f} s (ratio {t_big / t_small:.1f}; 10 = linear)")


if __name__ == "__main__":
    main()
