"""Figures: each function takes tables and returns a matplotlib Figure; nothing here re-reads text.

Every figure has a title that says what it shows, labelled axes with units, a colour-blind-safe
palette (Okabe & Ito 2008 for themes; Paul Tol's "muted" and "bright" schemes for speakers and
communities), the same colour for the same speaker or theme everywhere (``Palette``), and a
small source line naming the article. ``style()`` fixes fonts (matplotlib's bundled DejaVu Sans,
kept as real text in SVG) and the SVG hash salt, so files are identical on every machine.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import matplotlib.ticker

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from analysis.colours import GREY, NARRATION, OKABE_ITO, TOL_BRIGHT, TOL_MUTED, Palette  # noqa: E402,F401

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


def _label_nodes(ax: plt.Axes, position: dict, radius: dict[str, float], fontsize: float = 7.5) -> None:
    """Label each node beside its circle where the label covers no other label or node.

    Nodes are labelled largest first. Each tries eight places around its circle (right, left,
    above, below, then the diagonals) and takes the first free one; when none is free it takes the
    one that overlaps least. ``radius`` is in points, as networkx draws node sizes.
    """
    fig = ax.figure
    ax.set_xlim(*_padded(p[0] for p in position.values()))
    ax.set_ylim(*_padded(p[1] for p in position.values()))
    renderer = fig.canvas.get_renderer()
    to_pixels = ax.transData.transform
    scale = fig.dpi / 72  # points to pixels
    circles = {n: (*to_pixels(position[n]), radius[n] * scale) for n in position}
    placed: list[tuple[float, float, float, float]] = []

    def overlap(box) -> float:
        area = 0.0
        for other in placed:
            area += _shared_area(box, other)
        for cx, cy, r in circles.values():
            area += _shared_area(box, (cx - r, cy - r, cx + r, cy + r))
        return area

    for name in sorted(position, key=lambda n: (-radius[n], n)):
        cx, cy, r = circles[name]
        text = ax.text(0, 0, name, fontsize=fontsize, family="DejaVu Sans")
        extent = text.get_window_extent(renderer)
        w, h = extent.width, extent.height
        gap = r + 1.5 * scale
        offsets = [
            (gap, -h / 2),
            (-gap - w, -h / 2),
            (-w / 2, gap),
            (-w / 2, -gap - h),
            (gap * 0.7, gap * 0.7),
            (-gap * 0.7 - w, gap * 0.7),
            (gap * 0.7, -gap * 0.7 - h),
            (-gap * 0.7 - w, -gap * 0.7 - h),
        ]
        boxes = []
        for dx, dy in offsets:
            box = (cx + dx, cy + dy, cx + dx + w, cy + dy + h)
            boxes.append((overlap(box) - _shared_area(box, (cx - r, cy - r, cx + r, cy + r)), box))  # its own node aside
        free = [box for cost, box in boxes if cost <= 0]
        best = free[0] if free else min(boxes, key=lambda item: item[0])[1]
        x, y = ax.transData.inverted().transform((best[0], best[1]))
        text.set_position((x, y))
        text.set_ha("left")
        text.set_va("bottom")
        placed.append(best)


def _shared_area(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """The area two boxes (x0, y0, x1, y1) share (a circle counts as its bounding box)."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _padded(values) -> tuple[float, float]:
    values = list(values)
    low, high = min(values), max(values)
    pad = max(high - low, 1e-6) * 0.12
    return low - pad, high + pad


def network(
    nodes: pd.DataFrame,
    edges: pd.DataFrame,
    colour_of: dict[str, str],
    legend: dict[str, str],
    title: str,
    subtitle: str,
    source: str,
    size_column: str = "count",
) -> Figure:
    """Figures 6 and 11: a term or entity network, node size by count, colour by group."""
    import networkx as nx

    with style():
        fig = plt.figure(figsize=(WIDTH, 5.6))
        ax = fig.add_axes((0.01, 0.06, 0.72, 0.82))
        ax.set_axis_off()
        if nodes.empty:
            _empty(ax, "no terms occur twice")
            return _finish(fig, title, source, subtitle)
        graph = nx.Graph()
        for row in nodes.itertuples(index=False):
            graph.add_node(row.term if hasattr(row, "term") else row.name)
        for a, b, w in edges.itertuples(index=False):
            graph.add_edge(a, b, weight=w)
        position = nx.spring_layout(graph, seed=7, weight="weight", k=1.6 / np.sqrt(max(len(graph), 1)), iterations=100)
        key = "term" if "term" in nodes else "name"
        sizes = {k: s for k, s in zip(nodes[key], nodes[size_column])}
        widths = [0.4 + 0.6 * graph[a][b]["weight"] for a, b in graph.edges]
        nx.draw_networkx_edges(graph, position, ax=ax, width=widths, edge_color="#BBBBBB", alpha=0.7)
        nx.draw_networkx_nodes(
            graph,
            position,
            ax=ax,
            node_size=[60 + 70 * sizes[n] for n in graph.nodes],
            node_color=[colour_of[n] for n in graph.nodes],
            linewidths=0.5,
            edgecolors="white",
        )
        _label_nodes(ax, position, {n: np.sqrt(60 + 70 * sizes[n]) / 2 for n in graph.nodes})
        ax.legend(
            handles=[
                Patch(color=colour, label=textwrap.fill(text, 30, break_long_words=False)) for text, colour in legend.items()
            ],
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            fontsize=7.5,
        )
        return _finish(fig, title, source, subtitle)


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
