"""Several articles at once.

In memory: ``Corpus`` reads folders and files and stacks any per-article table (this module).
At scale (``analysis corpus INPUT... --out DIR``), one stage per module, data flowing one way:

- ``inputs``: folders, files and tables of texts as a stream of records with their metadata;
- ``tables``: one article's rows for every table, by the functions behind the single-article commands;
- ``run``: chunks of records analysed in this process, a pool of processes, or on Dask;
- ``store``: each chunk's tables as Parquet parts, written so that a run can resume;
- ``aggregate``: per-article aggregates (DuckDB SQL over the parts), ``figures``: corpus figures;
- ``cli``: the ``corpus`` command.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

from analysis.article import Article, ArticleError, read_article

ARTICLE_SUFFIXES = (".txt", ".md")  # any case: "STORY.TXT" is an article too


def article_paths(folder: str | os.PathLike[str], skipped: list[Path] | None = None) -> list[Path]:
    """The articles of a folder (``.txt`` or ``.md`` files, any case), sorted by name.

    Other files are not articles; they are added to ``skipped`` (when given) so that a caller
    can name them; hidden files other than articles are ignored.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleError(f"{folder}: not a folder of articles")
    paths = []
    for p in sorted(folder.iterdir()):
        if not p.is_file():
            continue
        if p.suffix.lower() in ARTICLE_SUFFIXES:
            paths.append(p)
        elif skipped is not None and not p.name.startswith("."):  # hidden files are no one's articles
            skipped.append(p)
    if not paths:
        raise ArticleError(f"{folder}: no .txt or .md articles in it")
    return paths


def name_skipped(paths: Sequence[Path]) -> None:
    """Say on stderr which files of an input folder were left out, and why."""
    import sys

    for path in paths:
        print(f"analysis: skipped {path} (not a .txt or .md article)", file=sys.stderr)


def per_article(table: Callable[..., pd.DataFrame], articles: Sequence[Article], **options: Any) -> pd.DataFrame:
    """``table(article, **options)`` for each article, stacked, with a leading ``file`` column."""
    return _stacked(table, articles, "file", lambda a: a.source or a.name, options)


def _stacked(table: Callable[..., pd.DataFrame], articles: Sequence[Article], column: str, label, options) -> pd.DataFrame:
    """Each article's table with ``column`` = ``label(article)`` first (unless it has one), stacked."""
    import pandas as pd

    frames = []
    for article in articles:
        frame = table(article, **options)
        if column not in frame.columns:
            frame = frame.copy()
            frame.insert(0, column, label(article))
        frames.append(frame)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def paragraph_table(article: Article) -> pd.DataFrame:
    """One row per paragraph: number, section, sentences, words and its opening words."""
    import pandas as pd

    rows = []
    for p in article.paragraphs:
        sentences = [s for s in article.sentences if s.paragraph == p.index]
        words = sum(t.kind == "word" for t in article.tokens_in(p.start, p.end))
        opening = " ".join(article.text[p.start : p.end].split()[:8])
        rows.append(
            {
                "paragraph": p.index + 1,
                "section": p.section,
                "sentences": len(sentences),
                "words": words,
                "start": p.start,
                "end": p.end,
                "opens with": opening,
            }
        )
    return pd.DataFrame(rows, columns=["paragraph", "section", "sentences", "words", "start", "end", "opens with"])


class Corpus:
    """Several articles: ``Corpus("seeds/", "extra.txt")``; ``corpus.table(analysis.quotes)`` stacks
    any per-article table with an ``article`` column first."""

    def __init__(self, *sources: str | os.PathLike[str] | Article) -> None:
        self.articles: list[Article] = []
        for source in sources:
            if isinstance(source, Article):
                self.articles.append(source)
            elif Path(source).is_dir():
                self.articles.extend(read_article(p) for p in article_paths(source))
            else:
                self.articles.append(read_article(source))

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self):
        return iter(self.articles)

    def __repr__(self) -> str:
        names = ", ".join(a.name for a in self.articles[:3]) + (", ..." if len(self.articles) > 3 else "")
        return f"Corpus({len(self.articles)} articles: {names})"

    def table(self, analysis: Callable[..., pd.DataFrame], **options: Any) -> pd.DataFrame:
        """``analysis(article, **options)`` for every article, stacked, with an ``article`` column first."""
        return _stacked(analysis, self.articles, "article", lambda a: a.name, options)
