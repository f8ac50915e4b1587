"""Figures 6 and 11: term and entity networks, with labels placed where they cover nothing else."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from analysis.plots.base import WIDTH, Figure, _empty, _finish, plt, style


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
