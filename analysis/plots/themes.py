"""Figure 5: what each paragraph is about, theme by theme, in reading order."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.colours import Palette
from analysis.plots.base import TOP_INCHES, WIDTH, Figure, _empty, _finish, _place, plt, style


def theme_flow(frame: pd.DataFrame, theme_names: Sequence[str], palette: Palette, source: str) -> Figure:
    """Figure 5: each paragraph's score per theme, in reading order, lead theme outlined.

    The colour scale runs from zero to the highest score in the article, and every non-zero cell
    shows its score, so a weak hit is never mistaken for a strong one. With no theme at all the
    figure says so instead of drawing an empty scale.
    """
    view = frame.attrs.get("view", "discovered")
    discovered = view == "discovered"
    title = "Theme flow: what each paragraph is about" + (
        ", from the article's own terms" if discovered else f", under the {view} pack"
    )
    with style():
        fig = plt.figure(figsize=(WIDTH, TOP_INCHES + 1.35 + 0.22 * max(len(frame), 4)))
        ax = fig.add_axes((0.10, 0.2, 0.72, 0.6))
        _place(ax, 0.13, 0.69, bottom=1.35)  # the theme names below the grid take several lines
        matrix = frame[list(theme_names)].to_numpy(dtype=float) if len(frame) and theme_names else np.zeros((0, 0))
        if not matrix.size or matrix.max() <= 0:
            ax.set_axis_off()
            _empty(
                ax,
                "no theme: the article's terms form no groups"
                if discovered
                else f"the {view} pack found nothing in this article",
            )
            return _finish(fig, title, source, "a theme needs repeated evidence; see the notebook for the terms")
        top = float(matrix.max())
        image = ax.imshow(matrix, aspect="auto", cmap="cividis", vmin=0, vmax=top, interpolation="nearest")
        for (row, col), value in np.ndenumerate(matrix):
            if value > 0 and len(frame) <= 60:
                ax.text(
                    col, row, f"{value:g}", ha="center", va="center", fontsize=6.5, color="white" if value < top / 2 else "black"
                )
        led = frame["lead"].value_counts()
        ax.set_xticks(
            range(len(theme_names)),
            [f"{textwrap.fill(t, 14, break_long_words=False)}\n({led.get(t, 0)} led)" for t in theme_names],
            fontsize=7,
        )
        for tick, theme in zip(ax.get_xticklabels(), theme_names):
            tick.set_color(palette.theme(theme))
        ax.set_yticks(range(len(frame)), [f"¶ {p + 1}" for p in frame["paragraph"]], fontsize=7.5)
        for row, lead in enumerate(frame["lead"]):
            if isinstance(lead, str):  # pandas may hold "no theme" as NaN
                col = list(theme_names).index(lead)
                ax.add_patch(plt.Rectangle((col - 0.5, row - 0.5), 1, 1, fill=False, edgecolor=palette.theme(lead), lw=2.4))
        ax.set_ylabel("body paragraph (\u00b6 as numbered in the article;\ncaptions and related links are not shown)", fontsize=8)
        bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
        bar.set_label("occurrences of the theme's terms" if discovered else "theme score (sum of pack weights)")
        ax.spines[:].set_visible(False)
        unthemed = int(frame["lead"].isna().sum())
        rule = "its terms used twice or more" if discovered else "a score of 3 from two terms, or one term three times"
        return _finish(fig, title, source, f"outline: the paragraph's lead theme ({rule}); {unthemed} paragraph(s) with no theme")
