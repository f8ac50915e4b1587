"""Figures 1 to 4: what the story is about, in words (top terms, keyness, multiword terms) and
where its key terms fall."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import pandas as pd
from matplotlib.patches import Patch

from analysis.colours import GREY, OKABE_ITO, Palette
from analysis.plots.base import Figure, _barh, _empty, _finish, _new, _place, plt, style


def _ranked(
    data: pd.DataFrame,
    value: str,
    colour: str,
    notes: Sequence[str],
    empty: str,
    xlabel: str,
    title: str,
    subtitle: str,
    source: str,
) -> Figure:
    """A ranked horizontal bar chart of terms, the shape of figures 1 to 3."""
    with style():
        fig, ax = _new(4.6)
        if data.empty:
            _empty(ax, empty)
        else:
            _barh(ax, list(data["term"]), list(data[value]), colour, notes)
        ax.set_xlabel(xlabel)
        return _finish(fig, title, source, subtitle)


def top_terms(frame: pd.DataFrame, source: str, n: int = 15) -> Figure:
    """Figure 1: the body's most frequent terms, with counts and rate per 1,000 words."""
    data = frame.head(n)
    return _ranked(
        data,
        "count",
        OKABE_ITO[0],
        [f"{c} ({p:.3g} per 1,000 words)" for c, p in zip(data["count"], data["per_1000"])],
        "no terms",
        "occurrences in the body (count)",
        "What the story is about, in words: the most frequent terms",
        "case-folded, stop words removed, U.S. = United States; label: count (per 1,000 words)",
        source,
    )


def keyness(frame: pd.DataFrame, source: str, n: int = 15) -> Figure:
    """Figure 2: words the article uses far more than general English (G² and log ratio)."""
    data = frame[frame["log_ratio"] > 0].head(n)
    notes = [
        f"×{2**lr:,.0f} ({c})" if lr < 20 else f"unseen in reference ({c})" for lr, c in zip(data["log_ratio"], data["count"])
    ]
    return _ranked(
        data,
        "g2",
        OKABE_ITO[1],
        notes,
        "no over-used words",
        "log-likelihood G² (higher = more characteristic)",
        "What this article says more than usual: keyness against general English",
        "reference: wordfreq's English list; label: times more frequent than usual (count in the body)",
        source,
    )


def collocations(frame: pd.DataFrame, source: str, n: int = 15) -> Figure:
    """Figure 3: multiword terms and collocations, ranked by association."""
    data = frame.head(n)
    return _ranked(
        data,
        "score",
        OKABE_ITO[3],
        [f"{c}×" for c in data["count"]],
        "no multiword terms",
        "log-likelihood association score (NLTK)",
        "Multiword terms: names, titles and phrases that belong together",
        "two- and three-word sequences and capitalised names; label: occurrences in the body",
        source,
    )


def dispersion(
    frame: pd.DataFrame, terms: Sequence[str], term_themes: dict[str, str | None], tokens: int, palette: Palette, source: str
) -> Figure:
    """Figure 4: where each key term falls along the article (a lexical dispersion plot)."""
    with style():
        fig, ax = _new(0.9 + 0.32 * max(len(terms), 3))
        _place(ax, 0.22, 0.74)
        for row, term in enumerate(terms):
            y = len(terms) - 1 - row
            positions = frame.loc[frame["term"] == term, "position"]
            ax.vlines(positions, y - 0.35, y + 0.35, color=palette.theme(term_themes.get(term)), linewidth=2)
        ax.set_yticks(range(len(terms))[::-1], terms)
        ax.set_xlim(0, max(tokens, 1))
        ax.set_ylim(-0.6, len(terms) - 0.4)
        ax.set_xlabel("position in the body (word tokens from the start)")
        _theme_legend(ax, palette, {term_themes.get(t) for t in terms}, loc="upper left", bbox=(1.0, 1.0))
        _place(ax, 0.22, 0.56)
        return _finish(fig, "Where the key terms fall along the article", source, "colour: the theme a term belongs to")


def _theme_legend(ax: plt.Axes, palette: Palette, shown: set, loc: str = "best", bbox=None) -> None:
    handles = [
        Patch(color=c, label=textwrap.fill(t, 24, break_long_words=False)) for t, c in palette.themes.items() if t in shown
    ]
    if None in shown:
        handles.append(Patch(color=GREY, label="no theme"))
    if handles:
        ax.legend(handles=handles, loc=loc, bbox_to_anchor=bbox, fontsize=7.5)
