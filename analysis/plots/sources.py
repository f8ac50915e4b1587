"""Figures 7 and 8: who speaks, who is quoted, who is only mentioned, and whose voice the body is."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from analysis.colours import NARRATION, Palette
from analysis.plots.base import Figure, _empty, _finish, _new, _place, style


def who_speaks(frame: pd.DataFrame, palette: Palette, source: str) -> Figure:
    """Figure 7: every source, with quoted segments, quoted words and reported speech, by type."""
    with style():
        data = frame[frame["type"] != "media"].copy()
        fig, ax = _new(1.3 + 0.34 * max(len(data), 3))
        _place(ax, 0.40, 0.50)
        if data.empty:
            _empty(ax, "no sources")
            return _finish(fig, "Who speaks", source)
        labels = [_source_label(r) for r in data.itertuples(index=False)]
        y = np.arange(len(data))[::-1]
        colors = [palette.speaker(n) for n in data["name"]]
        ax.barh(y, data["direct_quotes"], color=colors, height=0.7, label="quoted segments (direct and partial)")
        ax.barh(
            y,
            data["indirect"],
            left=data["direct_quotes"],
            color=colors,
            alpha=0.45,
            height=0.7,
            hatch="///",
            edgecolor="white",
            label="reported speech (indirect)",
        )
        top = max(int((data["direct_quotes"] + data["indirect"]).max()), 1)
        for yi, row in zip(y, data.itertuples(index=False)):
            total = row.direct_quotes + row.indirect
            note = f"{row.quoted_words} quoted words" if row.direct_quotes else ("mentioned only" if not total else "")
            ax.text(total + top * 0.02, yi, note, va="center", fontsize=7.5, color="#333333")
        ax.set_yticks(y, labels, fontsize=7.5)
        ax.set_xlim(0, top * 1.45)
        ax.set_ylim(-0.6, len(data) - 0.4)
        ax.set_xlabel("attributions in the article (count)")
        ax.legend(  # neutral keys: the colour is each speaker's own, the fill says the kind
            handles=[
                Patch(facecolor="#777777", label="quoted segments (direct and partial)"),
                Patch(facecolor="#777777", alpha=0.45, hatch="///", edgecolor="white", label="reported speech (indirect)"),
            ],
            loc="lower right",
            fontsize=7.5,
        )
        media = frame.loc[frame["type"] == "media", "name"].tolist()
        sub = "label: name, type, role and affiliation" + (f"; credited: {', '.join(media)}" if media else "")
        return _finish(fig, "Who speaks, who is quoted, who is only mentioned", source, sub)


def _source_label(row) -> str:
    parts = [row.type]
    if isinstance(row.role, str) and row.role:
        parts.append(row.role)
    if isinstance(row.affiliation, str) and row.affiliation:
        parts.append(row.affiliation)
    name = row.name if len(row.name) <= 38 else row.name[:36] + "…"
    return f"{name}\n({', '.join(parts)})"


def voice_share(frame: pd.DataFrame, palette: Palette, source: str) -> Figure:
    """Figure 8: how much of the body is narration and how much each source's quoted or reported words."""
    with style():
        fig, ax = _new(1.4 + 0.3 * max(len(frame), 3))
        _place(ax, 0.34, 0.58)
        labels = [
            f"{textwrap.shorten(v, 34)} ({k})" if k != "narration" else "the writer's narration"
            for v, k in zip(frame["voice"], frame["kind"])
        ]
        colors = [NARRATION if k == "narration" else palette.speaker(v) for v, k in zip(frame["voice"], frame["kind"])]
        alphas = [1.0 if k != "reported" else 0.5 for k in frame["kind"]]
        y = np.arange(len(frame))[::-1]
        for yi, share, color, alpha in zip(y, frame["share"], colors, alphas):
            ax.barh(yi, 100 * share, color=color, alpha=alpha, height=0.7)
        for yi, share, words in zip(y, frame["share"], frame["words"]):
            ax.text(100 * share + 1, yi, f"{100 * share:.1f}% ({words} words)", va="center", fontsize=7.5)
        ax.set_yticks(y, labels, fontsize=7.5)
        ax.set_xlim(0, 115)
        ax.set_ylim(-0.6, len(frame) - 0.4)
        ax.set_xlabel("share of the body's words (%)")
        return _finish(
            fig,
            "Whose voice is it? Narration, quotation and reported speech",
            source,
            "quoted = inside quotation marks; reported = paraphrased speech outside them",
        )
