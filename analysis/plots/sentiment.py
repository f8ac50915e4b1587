"""Figures 9 and 10: tone along the article, and by speaker and theme."""

from __future__ import annotations

import textwrap

import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from analysis.colours import GREY, Palette
from analysis.plots.base import BOTTOM_INCHES, TOP_INCHES, WIDTH, Figure, _empty, _finish, _vertical, plt, style


def sentiment_flow(sentences: pd.DataFrame, quotes: pd.DataFrame, palette: Palette, source: str) -> Figure:
    """Figure 9: sentence compound in reading order, coloured by theme, quotes marked by speaker."""
    with style():
        fig = plt.figure(figsize=(WIDTH, 4.4))
        ax = fig.add_axes((0.09, 0.2, 0.62, 0.64))
        x = np.arange(1, len(sentences) + 1)
        ax.bar(x, sentences["compound"], color=[palette.theme(t) for t in sentences["theme"]], width=0.75)
        ax.axhline(0, color="#444444", lw=0.8)
        for bound in (0.05, -0.05):
            ax.axhline(bound, color="#999999", lw=0.6, ls=":")
        marked: list[str] = []  # speakers in order of first quote (a list: sets are unordered)
        for row in quotes.itertuples(index=False):
            if row.sentence_number in x:
                ax.scatter(
                    row.sentence_number, 1.08, marker="v", s=36, color=palette.speaker(row.speaker), zorder=3, clip_on=False
                )
                if row.speaker not in marked:
                    marked.append(row.speaker)
        ax.set_ylim(-1, 1.15)
        ax.set_xlim(0.3, len(sentences) + 0.7)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.set_xlabel("sentence of the body, in reading order")
        ax.set_ylabel("VADER compound (−1 to +1)")
        shown = set(sentences["theme"])
        handles = [Patch(color=c, label=t) for t, c in palette.themes.items() if t in shown]
        if None in shown or any(pd.isna(t) for t in shown):
            handles.append(Patch(color=GREY, label="no theme"))
        handles += [
            Line2D([], [], marker="v", ls="", color=palette.speaker(s), label=textwrap.shorten(f"quote: {s}", 30)) for s in marked
        ]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7)
        return _finish(
            fig,
            "Tone along the article: sentence sentiment by theme, with quotes marked",
            source,
            "dotted lines: the ±0.05 thresholds of the VADER authors",
        )


def sentiment_by(by_speaker: pd.DataFrame, by_theme: pd.DataFrame, palette: Palette, source: str) -> Figure:
    """Figure 10: mean compound by speaker (quote scores) and by theme (sentence scores), with n."""
    with style():
        rows = max(len(by_speaker), len(by_theme), 3)
        height = TOP_INCHES + 0.3 + BOTTOM_INCHES + 0.3 * rows
        fig = plt.figure(figsize=(WIDTH, height))
        y0, h = _vertical(height, top=TOP_INCHES + 0.3)  # room for the panel titles
        left = fig.add_axes((0.24, y0, 0.24, h))
        right = fig.add_axes((0.72, y0, 0.24, h))
        for ax, frame, key, colour, title in (
            (left, by_speaker, "speaker", palette.speaker, "by speaker (their quotes)"),
            (right, by_theme, "theme", palette.theme, "by lead theme (sentences)"),
        ):
            if frame.empty:
                _empty(ax, "no quotes" if key == "speaker" else "no sentence has a theme")
                ax.set_title(title, fontsize=9, fontweight="normal")
                continue
            y = np.arange(len(frame))[::-1]
            ax.barh(y, frame["compound"], color=[colour(k) for k in frame[key]], height=0.65)
            ax.axvline(0, color="#444444", lw=0.8)
            names = [textwrap.shorten(str(k), 30) for k in frame[key]]
            ax.set_yticks(y, names, fontsize=7.5)
            for yi, value, n in zip(y, frame["compound"], frame["n"]):
                ax.text(
                    value + (0.03 if value >= 0 else -0.03),
                    yi,
                    f"n={n}",
                    va="center",
                    ha="left" if value >= 0 else "right",
                    fontsize=7,
                )
            ax.set_xlim(-1, 1)
            ax.set_ylim(-0.6, max(len(frame), 1) - 0.4)
            ax.set_xlabel("mean VADER compound")
            ax.set_title(title, fontsize=9, fontweight="normal")
        return _finish(
            fig,
            "Tone by speaker and by theme",
            source,
            "means of quote or sentence scores (never one long text); n = scores behind each mean",
        )
