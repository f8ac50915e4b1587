"""Figures command speed against its floor: Python starting and matplotlib saving the same files.

    python benchmarks/figures_speed.py

end-to-end : ``python -m analysis figures --out TMP`` (reads seeds/, analyses, draws, saves)
floor      : a fresh ``python`` that imports matplotlib, unpickles the same Figure objects
             (built beforehand, outside the timing) and saves each as SVG with the same settings.
Best of 3 runs of each; the ratio end-to-end / floor is the figure of merit (target <= 1.5).
"""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import best_of

from analysis.article import read_article
from analysis.corpus import article_paths
from analysis.figures import comparison_set, figure_set

ROOT = Path(__file__).resolve().parent.parent
FLOOR = """
import pickle, sys
import matplotlib
matplotlib.use("Agg")
from analysis import plots
figures = pickle.load(open(sys.argv[1], "rb"))
for n, f in enumerate(figures):
    with plots.style():
        f.savefig(f"{sys.argv[2]}/{n}.svg", format="svg", metadata={"Date": None})
"""


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)


def main() -> None:
    articles = [read_article(p) for p in article_paths(ROOT / "seeds")]
    figures = [f for a in articles for f in figure_set(a).values()] + list(comparison_set(articles).values())
    with tempfile.TemporaryDirectory() as tmp:
        pickled = Path(tmp) / "figures.pickle"
        pickled.write_bytes(pickle.dumps(figures))
        (Path(tmp) / "floor").mkdir()
        # a copy of the seeds folder: the article figures (and reading views) alone, without the example corpus's
        seeds = Path(tmp) / "seeds"
        shutil.copytree(ROOT / "seeds", seeds)
        command = [sys.executable, "-m", "analysis", "figures", "--seeds", str(seeds), "--out", str(Path(tmp) / "out")]
        end_to_end = best_of(lambda: _run(command))
        floor = best_of(lambda: _run([sys.executable, "-c", FLOOR, str(pickled), str(Path(tmp) / "floor")]))
    print(f"{len(figures)} figures: end-to-end {end_to_end:.2f} s, floor {floor:.2f} s, ratio {end_to_end / floor:.2f}")


if __name__ == "__main__":
    main()
