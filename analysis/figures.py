"""The figure set: tables from the library, figures from ``analysis.plots``, files via ``analysis.paths``.

``python -m analysis figures [--seeds DIR] [--out DIR] [--check]`` turns every article in the
seeds folder into the figure set; with several articles, comparison figures are added.
``--check`` regenerates into a temporary folder and compares byte for byte with ``--out``.
"""

from __future__ import annotations

import argparse
import errno
import filecmp
import os
import re
import signal
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

import pandas as pd

from analysis import paths, plots
from analysis.article import Article, ArticleError, read_article
from analysis.corpus import article_paths, name_skipped
from analysis.entities import entity_network
from analysis.sentiment import aggregate, quote_sentiment, sentence_sentiment
from analysis.sources import sources, voice_share
from analysis.terms import collocations, dispersion, keyness, term_frequencies
from analysis.themes import BUILTIN, cooccurrence, discover, load_pack, pack_argument, term_theme, theme_scores

KIND_COLOURS = {"person": plots.OKABE_ITO[0], "place": plots.OKABE_ITO[2], "organization": plots.OKABE_ITO[3]}


def source_line(article: Article) -> str:
    """The article named in each figure's source line: its file name and first words."""
    first = article.sentences_in("headline", "body")
    opening = article.text[first[0].start : first[0].end] if first else ""
    words = opening.split()
    return f"{article.name}.txt (\u201c{' '.join(words[:9])}{'…' if len(words) > 9 else ''}\u201d)"


def palette_for(source_table: pd.DataFrame, theme_names: Sequence[str]) -> plots.Palette:
    """Theme colours in the themes' order; speaker colours in the order of the sources table."""
    speakers = source_table.loc[source_table["type"] != "media", "name"]
    return plots.Palette.build(theme_names, speakers)


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
    for theme in paragraph_themes.attrs["themes"]:
        words = sorted(evidence_counts.get(theme, {}).items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
        for word, _ in words[:3]:
            if word.casefold() not in {c.casefold() for c in chosen}:
                chosen.append(display.get(word) or _spelling(article, word))
    return chosen[:18]


def _spelling(article: Article, word: str) -> str:
    """The article's own spelling of a case-folded word or phrase ("red sea" -> "Red Sea")."""
    found = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, word.split())) + r"(?!\w)", article.text, re.IGNORECASE)
    return found.group() if found else word


class Tables:
    """The tables one article's figures are drawn from, each computed once when first needed."""

    def __init__(self, article: Article, pack=None) -> None:
        self.article = article
        self.pack = pack  # None: the article's discovered themes
        self.source = source_line(article)

    @cached_property
    def sources(self) -> pd.DataFrame:
        return sources(self.article)

    @cached_property
    def palette(self) -> plots.Palette:
        return palette_for(self.sources, self.theme_names)

    @cached_property
    def theme_names(self) -> list[str]:
        return self.paragraph_themes.attrs["themes"]

    @cached_property
    def frequencies(self) -> pd.DataFrame:
        return term_frequencies(self.article)

    @cached_property
    def paragraph_themes(self) -> pd.DataFrame:
        return theme_scores(self.article, pack=self.pack)

    @cached_property
    def sentiment(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        return sentiment_tables(self.article, self.pack)

    def warm(self) -> None:
        """Compute the shared tables now (before the figures are drawn in parallel)."""
        for table in ("sources", "palette", "frequencies", "paragraph_themes", "sentiment"):
            getattr(self, table)


def _dispersion(t: Tables) -> plots.Figure:
    terms = dispersion_terms(t.article, t.frequencies, t.paragraph_themes)
    positions = dispersion(t.article, terms)
    return plots.dispersion(
        positions,
        terms,
        {term: term_theme(t.article, term, t.pack) for term in terms},
        positions.attrs["tokens"],
        t.palette,
        t.source,
    )


def _term_network(t: Tables) -> plots.Figure:
    nodes, edges = cooccurrence(t.article)
    palette = t.palette if t.pack is None else plots.Palette.build(discover(t.article).names, [])
    shown = [theme for theme in palette.themes if theme in set(nodes["theme"])]
    legend = {theme: palette.theme(theme) for theme in shown}
    if nodes["theme"].isna().any():
        legend["in no theme"] = palette.theme(None)
    return plots.network(
        nodes,
        edges,
        {term: palette.theme(theme) for term, theme in zip(nodes["term"], nodes["theme"])},
        legend,
        "The article's own themes: terms that share sentences",
        "node size: occurrences; line width: sentences shared; groups by greedy modularity, named by their top terms",
        t.source,
    )


def _entity_network(t: Tables) -> plots.Figure:
    nodes, edges = entity_network(t.article)
    return plots.network(
        nodes.rename(columns={"name": "term", "mentions": "count"}),
        edges,
        {n: KIND_COLOURS[k] for n, k in zip(nodes["name"], nodes["kind"])},
        {k: c for k, c in KIND_COLOURS.items() if k in set(nodes["kind"])},
        "People, places and organisations that share sentences",
        "node size: sentences mentioning the entity (names and pronouns); line width: sentences shared",
        t.source,
    )


def _sentiment_by(t: Tables) -> plots.Figure:
    sentences, quotes = t.sentiment
    return plots.sentiment_by(
        aggregate(quotes, "speaker"), aggregate(sentences.dropna(subset=["theme"]), "theme"), t.palette, t.source
    )


BUILDERS = {
    "01_top_terms": lambda t: plots.top_terms(t.frequencies, t.source),
    "02_keyness": lambda t: plots.keyness(keyness(t.article), t.source),
    "03_collocations": lambda t: plots.collocations(collocations(t.article), t.source),
    "04_dispersion": _dispersion,
    "05_theme_flow": lambda t: plots.theme_flow(t.paragraph_themes, t.theme_names, t.palette, t.source),
    "06_term_network": _term_network,
    "07_who_speaks": lambda t: plots.who_speaks(t.sources, t.palette, t.source),
    "08_voice_share": lambda t: plots.voice_share(voice_share(t.article), t.palette, t.source),
    "09_sentiment_flow": lambda t: plots.sentiment_flow(*t.sentiment, t.palette, t.source),
    "10_sentiment_by": _sentiment_by,
    "11_entity_network": _entity_network,
}
FIGURE_NAMES = list(BUILDERS)


def figure(article: Article, name: str, pack=None) -> plots.Figure:
    """One figure of the set by name (``"07_who_speaks"``), for notebooks; ``pack``: a theme pack
    for the theme figures instead of the article's own themes."""
    return BUILDERS[name](Tables(article, pack))


def figure_set(article: Article, pack=None) -> dict[str, plots.Figure]:
    """Every figure for one article, by file name (without folder or extension)."""
    tables = Tables(article, pack)
    return {name: build(tables) for name, build in BUILDERS.items()}


def sentiment_tables(article: Article, pack=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sentence scores with each sentence's lead theme, and quote scores placed on the same axis."""
    sentences = sentence_sentiment(article)
    sentence_themes = theme_scores(article, unit="sentence", pack=pack)
    sentences["theme"] = list(sentence_themes["lead"]) if len(sentence_themes) == len(sentences) else None
    number_of = {s: n + 1 for n, s in enumerate(sentences["start"])}
    quotes = quote_sentiment(article)
    quotes = quotes[quotes["kind"] != "indirect"].reset_index(drop=True)
    starts = list(sentences["start"])
    quotes["sentence_number"] = [
        number_of.get(max((s for s in starts if s <= q), default=starts[0] if starts else 0), 0) for q in quotes["start"]
    ]
    return sentences, quotes


def comparison_set(articles: Sequence[Article], pack=BUILTIN, where: str = "the seeds folder") -> dict[str, plots.Figure]:
    """Figures comparing several articles (only made when there are two or more).

    Themes are compared under one pack (by default ``international-relations``): each article's
    discovered themes are its own, so only a shared codebook makes their shares comparable.
    """
    if len(articles) < 2:
        return {}
    chosen = load_pack(pack)
    names = list(chosen.themes)
    voices, theme_rows = [], []
    for article in articles:
        share = voice_share(article).groupby("kind")["share"].sum()
        voices.append({"article": article.name, **{k: float(share.get(k, 0.0)) for k in ("narration", "quoted", "reported")}})
        leads = theme_scores(article, pack=chosen)["lead"].fillna("no theme").value_counts(normalize=True)
        theme_rows.append({"article": article.name, **{t: float(leads.get(t, 0.0)) for t in [*names, "no theme"]}})
    source = f"{len(articles)} articles in {where}; themes under the {chosen.name} pack"
    palette = plots.Palette.build(names, [])
    return {
        "compare_voices": plots.compare_voices(pd.DataFrame(voices), source),
        "compare_themes": plots.compare_themes(pd.DataFrame(theme_rows), names, palette, source),
    }


@dataclass
class Run:
    """What a ``figures`` run did: files written and removed, articles that failed, files skipped."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    articles: int = 0


COMPARISON_NAMES = ("compare_voices", "compare_themes")


def corpus_tasks(corpus: Path, out: Path) -> tuple[list[tuple[Callable, Path]], list[Path]]:
    """The corpus figures of a corpus run (or its aggregates) as one task writing into ``out``."""
    from analysis.corpus import aggregate
    from analysis.corpus import figures as corpus_figures

    tables = aggregate.load(corpus)
    source = corpus_figures.describe(tables, Path(corpus).resolve().name)
    written = [out / f"{name}{paths.FIGURE_SUFFIX}" for name in corpus_figures.FIGURES]
    return [(partial(corpus_figures.figure_set, tables, source), out)], written


def render_corpus(corpus: Path, out: Path) -> Run:
    """``figures --corpus DIR``: the corpus figures alone, into ``out`` (with its own manifest)."""
    run = Run()
    _remove_leftovers(out)
    tasks, run.written = corpus_tasks(corpus, out)
    _run(tasks, 1)
    run.removed = _update_manifest(out, run.written)
    return run


def render(
    seeds: Path,
    out: Path,
    workers: int = 2,
    pack=None,
    keep_going: bool = False,
    progress: bool = False,
    corpus: Path | None = None,
) -> Run:
    """Write every figure for the articles in ``seeds`` under ``out``.

    The shared tables are computed first; then, where the system can fork, a second process
    draws and saves half of the figures (each file is independent, so the output is the same
    byte for byte as a single-process run: ``workers=1``). Figures of articles no longer in the
    seeds folder are removed, but only files an earlier run wrote (``out/MANIFEST.txt``). With
    ``keep_going``, an article that cannot be read is reported and the others are drawn.
    With ``corpus`` (a corpus run or its aggregates), its figures go to ``out/_corpus/``.
    """
    run = Run()
    files = article_paths(seeds, run.skipped)
    articles = []
    for path in files:
        try:
            articles.append(read_article(path))
        except ArticleError as exc:
            if not keep_going:
                raise
            run.failed.append(str(exc))
    run.articles = len(articles)
    _remove_leftovers(out)
    tasks: list[tuple[Callable[[], plots.Figure], Path]] = []
    used: set[str] = set()
    for n, article in enumerate(articles, 1):
        if progress:
            print(f"analysis: [{n}/{len(articles)}] {article.name}", file=sys.stderr, flush=True)
        tables = Tables(article, pack)
        tables.warm()
        folder = paths.folder_name(article.name)
        while folder in used:  # two names that make the same safe folder name
            folder += "-2"
        used.add(folder)
        for name, build in BUILDERS.items():
            path = paths.figure_path(out, folder, name)
            tasks.append((partial(build, tables), path))
            run.written.append(path)
        view = out / folder / VIEW_FILE  # the annotated reading view, checked like the figures
        tasks.append((partial(_view_page, article), view))
        run.written.append(view)
    if len(articles) > 1:
        where = "the seeds folder" if Path(seeds).resolve() == paths.SEEDS.resolve() else f"{Path(seeds).name}/"
        tasks.append((partial(comparison_set, articles, pack or BUILTIN, where), out / paths.COMPARISON))
        run.written += [out / paths.COMPARISON / f"{name}{paths.FIGURE_SUFFIX}" for name in COMPARISON_NAMES]
    if corpus is not None:
        more, written = corpus_tasks(corpus, out / paths.CORPUS)
        tasks += more
        run.written += written
    _run(tasks, workers if hasattr(os, "fork") else 1)
    run.removed = _update_manifest(out, run.written)
    return run


def default_corpus(seeds: Path) -> Path | None:
    """The example corpus is drawn with the project's own seeds folder (wherever the command runs)."""
    project = Path(__file__).resolve().parent.parent
    example = project / paths.CORPUS_EXAMPLE
    if Path(seeds).resolve() == project / paths.SEEDS and (example / "articles.parquet").is_file():
        return example
    return None


MANIFEST = "MANIFEST.txt"


def _update_manifest(out: Path, written: Sequence[Path]) -> list[Path]:
    """Remove the figures an earlier run wrote that this run did not, then record this run's files."""
    manifest = out / MANIFEST
    now = {p.relative_to(out).as_posix() for p in written}
    before = set(manifest.read_text(encoding="utf-8").split()) if manifest.is_file() else set()
    removed = []
    for name in sorted(before - now):
        stale = out / name
        if stale.is_file() and stale.suffix in (paths.FIGURE_SUFFIX, ".html") and out in stale.parents:
            stale.unlink()
            removed.append(stale)
            if stale.parent != out and not any(stale.parent.iterdir()):
                stale.parent.rmdir()
    if written or before:
        out.mkdir(parents=True, exist_ok=True)
        manifest.write_text("".join(f"{name}\n" for name in sorted(now)), encoding="utf-8")
    return removed


VIEW_FILE = "view.html"


def _view_page(article: Article) -> str:
    from analysis.view import page

    return page(article)


def figure_files(out: Path) -> list[Path]:
    """The figure files (and reading views) under ``out``; files being written are not figures."""
    found = [*out.rglob(f"*{paths.FIGURE_SUFFIX}"), *out.rglob(VIEW_FILE)]
    return sorted(p for p in found if not p.name.startswith(paths.TEMPORARY_PREFIX))


def _remove_leftovers(out: Path) -> None:
    """Temporary files a killed run could not remove (``kill -9`` leaves no chance to clean up)."""
    if out.is_dir():
        for stale in out.rglob(f"{paths.TEMPORARY_PREFIX}*"):
            stale.unlink(missing_ok=True)


def _run(tasks: list[tuple[Callable, Path]], workers: int) -> None:
    """Draw and save every task, in this process and (``workers`` > 1) a forked one."""
    if workers < 2 or len(tasks) < 2:
        for build, path in tasks:
            _draw(build, path)
        return
    child_tasks, own_tasks = tasks[1::2], tasks[0::2]
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: draw its half, report success by exit status, never return
        status = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stopped by the parent: clean up first
            for build, path in child_tasks:
                if os.getppid() != parent:  # the parent is gone: stop, do not write on
                    break
                _draw(build, path)
            else:
                status = 0
        except SystemExit:  # stopped by the parent (SIGTERM): the temporary file is already removed
            status = 143
        except BaseException:
            import traceback

            traceback.print_exc(limit=1)
        finally:
            os._exit(status)
    try:
        for build, path in own_tasks:
            _draw(build, path)
    except BaseException:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    if status != 0:
        raise RuntimeError("drawing figures failed in the worker process")


def _draw(build: Callable, path: Path) -> None:
    result = build()
    if isinstance(result, dict):  # the comparison figures: name -> Figure, into a folder
        for name, figure in result.items():
            _save(figure, path / f"{name}{paths.FIGURE_SUFFIX}")
    else:
        _save(result, path)  # a Figure, or the reading view's HTML


def _save(figure: plots.Figure | str, path: Path) -> Path:
    """Save reproducibly (no date, fixed ids), whole or not at all (write then rename)."""
    return paths.write_whole(path, figure if isinstance(figure, str) else svg(figure))


def svg(figure: plots.Figure, close: bool = True) -> str:
    """The figure as the same SVG text the figures command writes (for notebooks); closes it."""
    import io

    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    _shorten_long_words(figure)
    with plots.style():
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "news-analysis"})
    if close:
        plt.close(figure)
    return _accessible(buffer.getvalue(), getattr(figure, "news_title", ""), getattr(figure, "news_description", ""))


def _accessible(text: str, title: str, description: str) -> str:
    """The SVG with a <title> and <desc> for screen readers (role="img", labelled by them)."""
    from xml.sax.saxutils import escape

    if not title:
        return text
    opening = re.search(r"<svg\b[^>]*>", text)
    if opening is None:
        return text
    tag = opening.group()[:-1] + ' role="img" aria-labelledby="figure-title figure-desc">'
    inner = f'\n <title id="figure-title">{escape(title)}</title>\n <desc id="figure-desc">{escape(description)}</desc>'
    return text[: opening.start()] + tag + inner + text[opening.end() :]


class Shown:
    """A figure for a notebook, as SVG and as PNG.

    nbval compares the SVG (deterministic text), so any change in a figure fails the notebook
    check; JupyterLab, GitHub and nbviewer show the PNG, which they display even in a notebook
    that has not been trusted (untrusted SVG output is not rendered).
    """

    def __init__(self, svg_text: str, png: bytes, title: str = "") -> None:
        self.svg, self.png, self.title = svg_text, png, title

    def __repr__(self) -> str:  # the notebook's text/plain output: the same on every run
        return f"<figure: {self.title}>" if self.title else "<figure>"

    def _repr_mimebundle_(self, include=None, exclude=None):
        import base64

        return {"image/svg+xml": self.svg, "image/png": base64.b64encode(self.png).decode("ascii")}


LONGEST_WORD = 40


def _shorten_long_words(figure: plots.Figure) -> None:
    """Cut any word of more than ``LONGEST_WORD`` characters in the figure's text (a 100,000-letter
    "word" would make a label kilometres wide and the file megabytes long)."""
    from matplotlib.text import Text

    def short(value: str) -> str:
        if len(value) <= LONGEST_WORD or all(len(w) <= LONGEST_WORD for w in value.split()):
            return value
        return " ".join(w if len(w) <= LONGEST_WORD else w[: LONGEST_WORD - 1] + "…" for w in value.split(" "))

    for ax in figure.axes:  # tick labels are made again from their formatter at every draw
        for axis in (ax.xaxis, ax.yaxis):
            labels = [t.get_text() for t in axis.get_majorticklabels()]
            if any(short(label) != label for label in labels):
                axis.set_ticks(axis.get_majorticklocs(), [short(label) for label in labels])
    for text in figure.findobj(Text):
        text.set_text(short(text.get_text()))


def show(figure: plots.Figure) -> Shown:
    """Display a figure in a notebook: deterministic SVG (checked by nbval) and a PNG that any viewer shows."""
    import io

    import matplotlib.pyplot as plt

    text = svg(figure, close=False)
    buffer = io.BytesIO()
    with plots.style():
        figure.savefig(buffer, format="png", dpi=80, metadata={"Software": None})
    plt.close(figure)
    return Shown(text, buffer.getvalue(), getattr(figure, "news_title", ""))


def check(seeds: Path, out: Path, pack=None, corpus: Path | None = None, corpus_only: bool = False) -> list[str]:
    """Regenerate in a temporary folder; the lines describing every file that differs, is missing or extra."""
    if corpus is None and not corpus_only:
        corpus = default_corpus(seeds)
    with tempfile.TemporaryDirectory() as fresh:
        if corpus_only:
            render_corpus(corpus, Path(fresh))
        else:
            render(seeds, Path(fresh), pack=pack, corpus=corpus)
        expected = {p.relative_to(fresh) for p in figure_files(Path(fresh))}
        present = {p.relative_to(out) for p in figure_files(out)} if out.is_dir() else set()
        problems = [
            f"differs: {out / p}" for p in sorted(expected & present) if not filecmp.cmp(Path(fresh) / p, out / p, shallow=False)
        ]
        problems += [f"missing: {out / p}" for p in sorted(expected - present)]
        problems += [f"extra: {out / p}" for p in sorted(present - expected)]
    return problems


def main(argv: Sequence[str]) -> int:
    """``analysis figures``: write the figure set, or check it with ``--check``."""
    parser = argparse.ArgumentParser(prog="analysis figures", description="regenerate every figure from the seeds folder")
    parser.add_argument("--seeds", type=Path, default=paths.SEEDS, metavar="DIR", help="articles (default: seeds/)")
    parser.add_argument("--out", type=Path, default=paths.FIGURES, metavar="DIR", help="figures folder (default: figures/)")
    parser.add_argument("--check", action="store_true", help="compare a fresh run with --out instead of writing")
    parser.add_argument(
        "--keep-going", action="store_true", help="draw every article that can be read; name the others; exit 2 if any failed"
    )
    parser.add_argument(
        "--themes",
        type=pack_argument,
        default=None,
        metavar="PACK",
        help="draw the theme figures with a theme pack (a TSV file or a built-in name) instead of the articles' own themes",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        metavar="DIR",
        help="draw only the corpus figures of DIR (a folder written by 'analysis corpus', or its aggregates) "
        f"into --out (default: {paths.CORPUS_FIGURES}/)",
    )
    args = parser.parse_args(argv)
    corpus_only = args.corpus is not None
    if corpus_only and args.out == paths.FIGURES:
        args.out = paths.CORPUS_FIGURES
    corpus = args.corpus if corpus_only else default_corpus(args.seeds)
    try:
        if args.check:
            problems = check(args.seeds, args.out, args.themes, corpus, corpus_only)
            for line in problems:
                print(line)
            return 1 if problems else 0
        if args.out.exists() and not args.out.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "it exists and is not a folder", str(args.out))
        if corpus_only:
            run = render_corpus(args.corpus, args.out)
            print(f"analysis: wrote {len(run.written)} corpus figures into {args.out}/", file=sys.stderr)
            return 0
        run = render(
            args.seeds, args.out, pack=args.themes, keep_going=args.keep_going, progress=sys.stderr.isatty(), corpus=corpus
        )
        name_skipped(run.skipped)
        for line in run.failed:
            print(f"analysis: error: {line}", file=sys.stderr)
        removed = f", removed {len(run.removed)} stale" if run.removed else ""
        print(
            f"analysis: wrote {len(run.written)} files for {run.articles} article(s) into {args.out}/{removed}"
            + (f"; {len(run.failed)} article(s) failed" if run.failed else ""),
            file=sys.stderr,
        )
        if run.failed:
            return 2
    except ArticleError as exc:
        print(f"analysis: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        _remove_leftovers(args.out)
        print("analysis: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        where = exc.filename or args.out
        print(f"analysis: error: cannot write figures to {where} ({exc.strerror or exc})", file=sys.stderr)
        return 2
    return 0
