"""Figures: each function takes tables and returns a matplotlib Figure; nothing here re-reads text.

Every figure has a title that says what it shows, labelled axes with units, a colour-blind-safe
palette (Okabe & Ito 2008 for themes; Paul Tol's "muted" and "bright" schemes for speakers and
communities), the same colour for the same speaker or theme everywhere (``Palette``), and a
small source line naming the article. ``style()`` fixes fonts (matplotlib's bundled DejaVu Sans,
kept as real text in SVG) and the SVG hash salt, so files are identical on every machine.

Stages: ``base`` (style, titles and layout), then one module per group of figures: ``terms``
(figures 1-4), ``themes`` (5), ``network`` (6, 11), ``sources`` (7, 8), ``sentiment`` (9, 10)
and ``compare`` (the comparison figures).
"""

from analysis.colours import GREY, NARRATION, OKABE_ITO, TOL_BRIGHT, TOL_MUTED, Palette
from analysis.plots.base import WIDTH, Figure, style
from analysis.plots.compare import compare_themes, compare_voices, stacked_shares
from analysis.plots.network import network
from analysis.plots.sentiment import sentiment_by, sentiment_flow
from analysis.plots.sources import voice_share, who_speaks
from analysis.plots.terms import collocations, dispersion, keyness, top_terms
from analysis.plots.themes import theme_flow

__all__ = [
    "GREY",
    "NARRATION",
    "OKABE_ITO",
    "TOL_BRIGHT",
    "TOL_MUTED",
    "WIDTH",
    "Figure",
    "Palette",
    "collocations",
    "compare_themes",
    "compare_voices",
    "dispersion",
    "keyness",
    "network",
    "sentiment_by",
    "sentiment_flow",
    "stacked_shares",
    "style",
    "theme_flow",
    "top_terms",
    "voice_share",
    "who_speaks",
]
