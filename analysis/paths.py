"""Where things live: the one module that knows the project's paths and figure file names."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path("seeds")  # default input folder, relative to where the command runs
FIGURES = Path("figures")  # default output folder
COMPARISON = "_comparison"  # sub-folder for figures that compare several articles
FIGURE_SUFFIX = ".svg"


def figure_path(out: Path, article: str | None, name: str) -> Path:
    """``figures/<article>/<name>.svg``, or ``figures/_comparison/<name>.svg`` for cross-article figures."""
    return out / (article or COMPARISON) / f"{name}{FIGURE_SUFFIX}"
