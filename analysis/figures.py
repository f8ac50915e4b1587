"""The figure set: tables from the library, figures from ``analysis.plots``, files via ``analysis.paths``.

``python -m analysis figures [--seeds DIR] [--out DIR] [--check]`` turns every article in the
seeds folder into the figure set; with several articles, comparison figures are added.
``--check`` regenerates into a temporary folder and compares byte for byte with ``--out``.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from analysis import paths, plots
from analysis.article import Article, ArticleError
from analysis.corpus import article_paths, read_articles
from analysis.entities import entity_network
from analysis.sentiment import aggregate, quote_sentiment, sentence_sentiment
from analysis.sources import sources, voice_share
from analysis.terms import collocations, dispersion, keyness, term_frequencies
from analysis.themes import community_themes, cooccurrence, term_theme, theme_scores, themes

FIGURE_NAMES = [
    "01_top_terms", "02_keyness", "03_collocations", "04_dispersion", "05_theme_flow", "06_term_network",
    "07_who_speaks", "08_voice_share", "09_sentiment_flow", "10_sentiment_by", "11_entity_network",
]
_KIND_COLOURS = {"person": plots.OKABE_ITO[0], "place": plots.OKABE_ITO[2], "organization": plots.OKABE_ITO[3]}


def source_line(article: Article) -> str:
    """The article named in each figure's source line: its file name and first words."""
    first = article.sentences_in("headline", "body")
    opening = article.text[first[0].start : first[0].end] if first else ""
    words = opening.split()
    return f"{article.name}.txt (\u201c{' '.join(words[:9])}{'…' if len(words) > 9 else ''}\u201d)"


def palette_for(article: Article, source_table: pd.DataFrame) -> plots.Palette:
    """Theme colours in lexicon order; speaker colours in the order of the sources table."""
    speakers = source_table.loc[source_table["type"] != "media", "name"]
    return plots.Palette.build(themes(), speakers)


def dispersion_terms(article: Article, frequencies: pd.DataFrame, paragraph_themes: pd.DataFrame) -> list[str]:
    """Key terms to place along the article: the top actors and places, then each theme's main words."""
    chosen: list[str] = list(frequencies["term"].head(4))
    display = {t.casefold(): t for t in frequencies["term"]}
    evidence_counts: dict[str, dict[str, int]] = {}
    for row in paragraph_themes.itertuples(index=False):
        for theme, words in row.evidence.items():
            for word in words:
                evidence_counts.setdefault(theme, {}).setdefault(word, 0)
                evidence_counts[theme][word] += 1
    for theme in themes():
        words = sorted(evidence_counts.get(theme, {}).items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
        for word, _ in words[:3]:
            if word.casefold() not in {c.casefold() for c in chosen}:
                chosen.append(display.get(word) or _spelling(article, word))
    return chosen[:18]


def _spelling(article: Article, word: str) -> str:
    """The article's own spelling of a case-folded word or phrase ("red sea" -> "Red Sea")."""
    found = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, word.split())) + r"(?!\w)", article.text, re.IGNORECASE)
    return found.group() if found else word


def figure_set(article: Article) -> dict[str, plots.Figure]:
    """Every figure for one article, by file name (without folder or extension)."""
    source = source_line(article)
    source_table = sources(article)
    palette = palette_for(article, source_table)
    frequencies = term_frequencies(article)
    paragraph_themes = theme_scores(article)
    figures = {
        "01_top_terms": plots.top_terms(frequencies, source),
        "02_keyness": plots.keyness(keyness(article), source),
        "03_collocations": plots.collocations(collocations(article), source),
    }
    terms = dispersion_terms(article, frequencies, paragraph_themes)
    positions = dispersion(article, terms)
    figures["04_dispersion"] = plots.dispersion(positions, terms, {t: term_theme(t) for t in terms},
                                                positions.attrs["tokens"], palette, source)
    figures["05_theme_flow"] = plots.theme_flow(paragraph_themes, themes(), palette, source)
    nodes, edges = cooccurrence(article)
    communities = community_themes(nodes)
    community_colour = {c: plots.TOL_BRIGHT[c % len(plots.TOL_BRIGHT)] for c in communities["community"]}
    legend = {f"community {c + 1}" + (f" (mostly {t})" if isinstance(t, str) else ""): community_colour[c]
              for c, t in zip(communities["community"], communities["curated_theme"])}
    figures["06_term_network"] = plots.network(
        nodes, edges, dict(zip(nodes["term"], nodes["community"].map(community_colour))), legend,
        "Terms that share sentences, and the communities they form",
        "node size: occurrences; line width: sentences shared; communities by greedy modularity", source)
    figures["07_who_speaks"] = plots.who_speaks(source_table, palette, source)
    figures["08_voice_share"] = plots.voice_share(voice_share(article), palette, source)
    sentences, quotes = _sentiment_tables(article)
    figures["09_sentiment_flow"] = plots.sentiment_flow(sentences, quotes, palette, source)
    by_speaker = aggregate(quotes, "speaker")
    by_theme = aggregate(sentences.dropna(subset=["theme"]), "theme")
    figures["10_sentiment_by"] = plots.sentiment_by(by_speaker, by_theme, palette, source)
    entity_nodes, entity_edges = entity_network(article)
    figures["11_entity_network"] = plots.network(
        entity_nodes.rename(columns={"name": "term", "mentions": "count"}), entity_edges,
        {n: _KIND_COLOURS[k] for n, k in zip(entity_nodes["name"], entity_nodes["kind"])},
        {k: c for k, c in _KIND_COLOURS.items() if k in set(entity_nodes["kind"])},
        "People, places and organisations that share sentences",
        "node size: sentences mentioning the entity (names and pronouns); line width: sentences shared", source)
    return figures


def _sentiment_tables(article: Article) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sentence scores with each sentence's lead theme, and quote scores placed on the same axis."""
    sentences = sentence_sentiment(article)
    sentence_themes = theme_scores(article, unit="sentence")
    sentences["theme"] = list(sentence_themes["lead"]) if len(sentence_themes) == len(sentences) else None
    number_of = {s: n + 1 for n, s in enumerate(sentences["start"])}
    quotes = quote_sentiment(article)
    quotes = quotes[quotes["kind"] != "indirect"].reset_index(drop=True)
    starts = list(sentences["start"])
    quotes["sentence_number"] = [number_of.get(max((s for s in starts if s <= q), default=starts[0] if starts else 0), 0)
                                 for q in quotes["start"]]
    return sentences, quotes


def comparison_set(articles: Sequence[Article]) -> dict[str, plots.Figure]:
    """Figures comparing several articles (only made when there are two or more)."""
    if len(articles) < 2:
        return {}
    voices, theme_rows = [], []
    for article in articles:
        share = voice_share(article).groupby("kind")["share"].sum()
        voices.append({"article": article.name, **{k: float(share.get(k, 0.0)) for k in ("narration", "quoted", "reported")}})
        leads = theme_scores(article)["lead"].fillna("no theme").value_counts(normalize=True)
        theme_rows.append({"article": article.name, **{t: float(leads.get(t, 0.0)) for t in [*themes(), "no theme"]}})
    source = f"{len(articles)} articles in the seeds folder"
    palette = plots.Palette.build(themes(), [])
    return {
        "compare_voices": plots.compare_voices(pd.DataFrame(voices), source),
        "compare_themes": plots.compare_themes(pd.DataFrame(theme_rows), themes(), palette, source),
    }


def render(seeds: Path, out: Path) -> list[Path]:
    """Write every figure for the articles in ``seeds`` under ``out``; returns the files written."""
    articles = read_articles(article_paths(seeds))
    written = []
    for article in articles:
        for name, figure in figure_set(article).items():
            written.append(_save(figure, paths.figure_path(out, article.name, name)))
    for name, figure in comparison_set(articles).items():
        written.append(_save(figure, paths.figure_path(out, None, name)))
    return written


def _save(figure: plots.Figure, path: Path) -> Path:
    """Save reproducibly (no date, fixed ids), whole or not at all (write then rename)."""
    import matplotlib.pyplot as plt

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    os.close(handle)
    try:
        with plots.style():
            figure.savefig(temporary, format="svg", metadata={"Date": None, "Creator": "news-analysis"})
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
        plt.close(figure)
    return path


def check(seeds: Path, out: Path) -> list[str]:
    """Regenerate in a temporary folder; the lines describing every file that differs, is missing or extra."""
    with tempfile.TemporaryDirectory() as fresh:
        render(seeds, Path(fresh))
        expected = {p.relative_to(fresh) for p in Path(fresh).rglob(f"*{paths.FIGURE_SUFFIX}")}
        present = {p.relative_to(out) for p in out.rglob(f"*{paths.FIGURE_SUFFIX}")} if out.is_dir() else set()
        problems = [f"differs: {out / p}" for p in sorted(expected & present)
                    if not filecmp.cmp(Path(fresh) / p, out / p, shallow=False)]
        problems += [f"missing: {out / p}" for p in sorted(expected - present)]
        problems += [f"extra: {out / p}" for p in sorted(present - expected)]
    return problems


def main(argv: Sequence[str]) -> int:
    """``analysis figures``: write the figure set, or check it with ``--check``."""
    parser = argparse.ArgumentParser(prog="analysis figures", description="regenerate every figure from the seeds folder")
    parser.add_argument("--seeds", type=Path, default=paths.SEEDS, metavar="DIR", help="articles (default: seeds/)")
    parser.add_argument("--out", type=Path, default=paths.FIGURES, metavar="DIR", help="figures folder (default: figures/)")
    parser.add_argument("--check", action="store_true", help="compare a fresh run with --out instead of writing")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check(args.seeds, args.out)
            for line in problems:
                print(line)
            return 1 if problems else 0
        render(args.seeds, args.out)
    except ArticleError as exc:
        print(f"analysis: error: {exc}", file=sys.stderr)
        return 2
    return 0
