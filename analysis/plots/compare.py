"""Comparison figures: one 100% bar per article (or outlet), stacked by voice or by theme."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.colours import GREY, NARRATION, OKABE_ITO, Palette
from analysis.plots.base import Figure, _finish, _new, _place, _short_name, style


def stacked_shares(
    frame: pd.DataFrame,
    parts: Sequence[tuple[str, str]],
    xlabel: str,
    title: str,
    source: str,
    label: str = "article",
    subtitle: str | None = None,
) -> Figure:
    """One 100% bar per row (an article, an outlet...), stacked by ``parts`` ((column, colour), shares from 0 to 1)."""
    with style():
        fig, ax = _new(1.4 + 0.35 * max(len(frame), 2))
        _place(ax, 0.3, 0.43)
        y = np.arange(len(frame))[::-1]
        left = np.zeros(len(frame))
        for column, colour in parts:
            values = 100 * frame[column].to_numpy()
            ax.barh(y, values, left=left, color=colour, height=0.7, label=column)
            left += values
        ax.set_yticks(y, [_short_name(a) for a in frame[label]], fontsize=7.5)
        ax.set_xlim(0, 100)
        ax.set_xlabel(xlabel)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7)
        return _finish(fig, title, source, subtitle)


def compare_voices(frame: pd.DataFrame, source: str) -> Figure:
    """Comparison: narration, quotation and reported speech as shares of each article's body."""
    parts = [("narration", NARRATION), ("quoted", OKABE_ITO[0]), ("reported", OKABE_ITO[2])]
    return stacked_shares(
        frame, parts, "share of the body's words (%)", "Comparison: how much of each article is its sources' words", source
    )


def compare_themes(frame: pd.DataFrame, theme_names: Sequence[str], palette: Palette, source: str) -> Figure:
    """Comparison: share of each article's paragraphs led by each theme."""
    parts = [(t, palette.theme(t)) for t in theme_names] + [("no theme", GREY)]
    return stacked_shares(frame, parts, "paragraphs led by each theme (%)", "Comparison: what each article is about", source)
