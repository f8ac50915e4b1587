"""The shared ground of every figure: matplotlib without a display, the project's style (fonts,
sizes, the SVG hash salt), a title, subtitle and source line at fixed distances in inches, and
the layout helpers the figures share."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

WIDTH = 7.5  # inches: a column of a report at full width

_RC = {
    "font.family": "DejaVu Sans",
    "font.size": 9.5,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "svg.hashsalt": "news-analysis",
    "text.parse_math": False,  # "$5 billion and $6 billion" is money, not mathematics
    "svg.fonttype": "none",  # real text: searchable, selectable, read by screen readers
    "figure.dpi": 100,
}


def _bundled_fonts_only() -> None:
    """Use matplotlib's own DejaVu files, not whatever the system has, so glyphs are the same everywhere."""
    bundled = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    manager = font_manager.fontManager
    own = [f for f in manager.ttflist if Path(f.fname).parent == bundled]
    if own and len(own) != len(manager.ttflist):
        manager.ttflist = own
        manager._findfont_cached.cache_clear()


@contextmanager
def style():
    """The project's plotting style for everything drawn inside the block (restored after it)."""
    _bundled_fonts_only()
    params = matplotlib.rcParams
    saved = {key: params[key] for key in _RC}
    params.update(_RC)
    try:
        yield
    finally:
        params.update(saved)


def _finish(fig: Figure, title: str, source: str, subtitle: str | None = None) -> Figure:
    # kept for the SVG's <title> and <desc>, which screen readers announce
    fig.news_title = title  # type: ignore[attr-defined]
    fig.news_description = f"{subtitle + '. ' if subtitle else ''}Source: {source}."  # type: ignore[attr-defined]
    height = fig.get_size_inches()[1]  # title, subtitle and source line sit at fixed distances in inches
    fig.suptitle(title, x=0.01, y=1 - 0.08 / height, ha="left", va="top", fontsize=11.5, fontweight="bold")
    if subtitle:
        fig.text(0.01, 1 - 0.4 / height, subtitle, ha="left", va="top", fontsize=8.5, color="#444444")
    fig.text(
        0.01, 0.08 / height, f"Source: {source}. Figure: news-analysis.", ha="left", va="bottom", fontsize=7, color="#666666"
    )
    return fig


TOP_INCHES = 0.85  # title and subtitle
BOTTOM_INCHES = 0.75  # the x-axis label and the source line


def _vertical(height: float, top: float = TOP_INCHES, bottom: float = BOTTOM_INCHES) -> tuple[float, float]:
    """(bottom, height) of the plotting area as figure fractions, leaving fixed room in inches above
    and below, so that titles, labels and the source line never overlap whatever the figure's height."""
    return bottom / height, max(height - top - bottom, 0.3) / height


def _place(ax: plt.Axes, left: float, width: float, top: float = TOP_INCHES, bottom: float = BOTTOM_INCHES) -> None:
    """Put the plotting area at ``left``/``width`` (fractions), with fixed room in inches above and below."""
    y, h = _vertical(ax.figure.get_size_inches()[1], top, bottom)
    ax.set_position((left, y, width, h))


def _short_name(name: str, width: int = 36) -> str:
    """A file name that fits a row label: its start and its end, joined by an ellipsis."""
    return name if len(name) <= width else name[: width - 13] + "…" + name[-12:]


def _new(height: float) -> tuple[Figure, plt.Axes]:
    height = max(height, TOP_INCHES + BOTTOM_INCHES + 0.8)
    fig = plt.figure(figsize=(WIDTH, height))
    y, h = _vertical(height)
    ax = fig.add_axes((0.25, y, 0.58, h))
    return fig, ax


def _empty(ax: plt.Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666666")
    ax.set_xticks([])
    ax.set_yticks([])


def _barh(ax: plt.Axes, labels: Sequence[str], values: Sequence[float], colors, notes: Sequence[str] = ()) -> None:
    y = np.arange(len(labels))[::-1]
    ax.barh(y, values, color=colors, height=0.7)
    ax.set_yticks(y, labels)
    ax.set_ylim(-0.6, len(labels) - 0.4)
    top = max(values) if len(values) else 1
    for yi, value, note in zip(y, values, notes):
        ax.text(value + top * 0.01, yi, note, va="center", fontsize=8, color="#333333")
    ax.set_xlim(0, top * 1.3 if top else 1)
