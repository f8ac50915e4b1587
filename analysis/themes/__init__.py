"""Themes: what each paragraph is about, from the article itself or from a pack the user picks.

- **Discovered** (the default, ``analysis.themes.discovered``): the article's characteristic
  terms grouped by where they occur together, each group named by its strongest terms. Needs
  no list; works on any story.
- **Curated** (``pack=``, ``analysis.themes.packs``): a pack of words per theme, such as the
  shipped ``international-relations`` pack or the user's own TSV file or DataFrame.

Both give the same table: one row per paragraph (or sentence) with its score per theme, the
words that gave it, and its lead theme (None: no theme reached it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.article import Article
from analysis.callable import make_callable
from analysis.themes.discovered import Discovered, discover, discovered_rows
from analysis.themes.packs import BUILTIN, MIN_SCORE, Pack, PackError, builtin_packs, load_pack, pack_argument, pack_rows

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, so the row functions never load it
    import os

    import pandas as pd

    PackLike = str | os.PathLike[str] | pd.DataFrame | Pack | None

__all__ = [
    "BUILTIN",
    "MIN_SCORE",
    "Discovered",
    "Pack",
    "PackError",
    "builtin_packs",
    "cooccurrence",
    "discover",
    "load_pack",
    "pack_argument",
    "term_theme",
    "theme_names",
    "theme_scores",
]


def theme_names(article: Article, pack: PackLike = None, sections: Sequence[str] = ("body",)) -> list[str]:
    """The themes in play: the article's discovered themes, or the pack's themes in its order."""
    return list(load_pack(pack).themes) if pack is not None else discover(article, sections).names


def theme_scores(
    article: Article, unit: str = "paragraph", sections: Sequence[str] = ("body",), pack: PackLike = None
) -> pd.DataFrame:
    """Per paragraph (or sentence): a score per theme, the words that gave it, the lead theme.

    Columns: unit, start, end, paragraph, themes ({theme: score}), evidence ({theme: [words]}),
    lead (None when no theme reaches the unit), and one numeric column per theme. The frame's
    ``attrs`` hold ``themes`` (the names, in order) and ``view`` ("discovered" or the pack's name).
    """
    import pandas as pd

    rows, names, view = theme_rows(article, unit, sections, pack)
    frame = pd.DataFrame(rows, columns=["unit", "start", "end", "paragraph", "themes", "evidence", "lead", *names])
    frame["lead"] = pd.Series([r["lead"] for r in rows], index=frame.index, dtype=object)  # None: no theme
    frame.attrs["themes"] = list(names)
    frame.attrs["view"] = view
    return frame


def theme_rows(
    article: Article, unit: str = "paragraph", sections: Sequence[str] = ("body",), pack: PackLike = None
) -> tuple[list[dict], list[str], str]:
    """The rows of ``theme_scores`` (dicts), the theme names in order, and the view's name."""
    if unit not in ("paragraph", "sentence"):
        raise ValueError(f"unit must be paragraph or sentence, not {unit!r}")
    units = list(article.paragraphs_in(*sections) if unit == "paragraph" else article.sentences_in(*sections))
    if pack is None:
        found = discover(article, sections)
        return discovered_rows(article, units, found, unit, sections), found.names, "discovered"
    chosen = load_pack(pack)
    return pack_rows(units, lambda u: _unit_words(article, u.start, u.end), chosen, unit), list(chosen.themes), chosen.name


def term_theme(article: Article, term: str, pack: PackLike = None) -> str | None:
    """The theme a term belongs to: its discovered group, or the pack theme that lists it."""
    if pack is not None:
        return load_pack(pack).term_theme(term)
    found = discover(article)
    return found.theme_of.get(term.casefold())


def cooccurrence(article: Article, sections: Sequence[str] = ("body",)) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The network behind the discovered themes: (nodes, edges).

    nodes: term (the article's spelling), count, theme (its group's name; None for a term in no
    group), degree (sentences shared with other terms); edges: source, target, weight (sentences
    shared). Only terms linked to another term are drawn.
    """
    import pandas as pd

    found = discover(article, sections)
    degree: dict[str, int] = {}
    for (a, b), w in found.edges.items():
        degree[a] = degree.get(a, 0) + w
        degree[b] = degree.get(b, 0) + w
    keys = sorted(degree, key=lambda k: (-found.counts[k], k))
    nodes = pd.DataFrame(
        [{"term": found.label[k], "count": found.counts[k], "theme": found.theme_of.get(k), "degree": degree[k]} for k in keys],
        columns=["term", "count", "theme", "degree"],
    )
    edges = pd.DataFrame(
        [{"source": found.label[a], "target": found.label[b], "weight": w} for (a, b), w in sorted(found.edges.items())],
        columns=["source", "target", "weight"],
    )
    return nodes, edges


def _unit_words(article: Article, start: int, end: int) -> list[str]:
    return [t.text.casefold() for t in article.tokens_in(start, end) if t.kind == "word" and t.text not in ("'s", "’s")]


make_callable(__name__, theme_scores, "themes per paragraph (the article's own, or pack=...)")
