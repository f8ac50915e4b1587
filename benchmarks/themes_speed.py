"""Themes for a folder of articles in one process: the article's own, and under the shipped pack.

    python benchmarks/themes_speed.py ../shared/benchmarks/quotes/polnear-dev/text

Articles are parsed first (not timed); the target for the 84 PolNeAR dev articles is under 2 s
for each view.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of  # noqa: E402

from analysis.article import parse_article  # noqa: E402
from analysis.themes import theme_scores  # noqa: E402


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/benchmarks/quotes/polnear-dev/text")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    theme_scores(parse_article(texts[0]), pack="international-relations")  # load word lists once

    def run(pack):
        for text in texts:
            theme_scores(parse_article(text), pack=pack)

    parse = best_of(lambda: [parse_article(t) for t in texts])
    own = best_of(lambda: run(None)) - parse
    pack = best_of(lambda: run("international-relations")) - parse
    print(f"{len(texts)} articles: own themes {own:.2f} s, international-relations pack {pack:.2f} s (parsing excluded)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
