"""Several articles at once: read a folder or a list of files, and stack per-article tables."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.article import Article, ArticleError, read_article


def article_paths(folder: str | os.PathLike[str]) -> list[Path]:
    """The ``*.txt`` articles of a folder, sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleError(f"{folder}: not a folder of articles")
    paths = sorted(p for p in folder.glob("*.txt") if p.is_file())
    if not paths:
        raise ArticleError(f"{folder}: no .txt articles in it")
    return paths


def read_articles(paths: Iterable[str | os.PathLike[str]]) -> list[Article]:
    """Read every article first, so that one bad file stops the run before any output."""
    return [read_article(p) for p in paths]


def per_article(table: Callable[..., pd.DataFrame], articles: Sequence[Article], **options: Any) -> pd.DataFrame:
    """``table(article, **options)`` for each article, stacked, with a leading ``file`` column."""
    frames = []
    for article in articles:
        frame = table(article, **options)
        frames.append(frame.assign(file=article.source or article.name)[["file", *frame.columns]])
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def paragraph_table(article: Article) -> pd.DataFrame:
    """One row per paragraph: number, section, sentences, words and its opening words."""
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
