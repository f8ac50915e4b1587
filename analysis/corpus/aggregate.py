"""Per-article aggregates of a corpus run: small tables that answer the corpus questions without
any article text or quotation in them, computed with DuckDB's SQL straight from the Parquet files.

- ``articles``: words by voice (narration, quoted, reported), quotes, sources and anonymous sources;
- ``quotes_by_type``: quotations per source type, with the sum of their VADER compound scores;
- ``people``: how often each named person is quoted or paraphrased;
- ``themes``: paragraphs led by each theme of the run's pack (``--themes``), or by none;
- ``key_terms``: each article's ten most over-used words against general English (keyness G²),
  what a corpus is about when no pack fits it.

Each row carries the article id, its outlet and its month, so any grouping by outlet or month
is a ``GROUP BY`` away. ``write`` saves them as one Parquet file each (what ``make corpus-example``
commits); ``load`` reads either such a folder or a corpus run's folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from analysis.article import ArticleError
from analysis.corpus.tables import OWN

NAMES = ("articles", "quotes_by_type", "people", "themes", "key_terms")
KEY_TERMS = 10  # an article's most over-used words kept in ``key_terms``

_QUERIES = {
    "articles": """
        SELECT article, outlet, substr(date, 1, 7) AS month, words, narration_words, quoted_words, reported_words,
               direct_quotes, indirect_quotes, sources, anonymous_sources
        FROM read_parquet('{d}/articles/*.parquet')
        ORDER BY article""",
    "quotes_by_type": """
        SELECT q.article, q.outlet, substr(q.date, 1, 7) AS month, coalesce(q.speaker_type, 'unattributed') AS speaker_type,
               count(*) AS quotes, count(*) FILTER (WHERE q.kind <> 'indirect') AS direct,
               round(sum(s.compound), 4) AS compound_sum
        FROM read_parquet('{d}/quotes/*.parquet') q
        JOIN read_parquet('{d}/sentiment/*.parquet') s ON s.article = q.article AND s.unit = 'quote' AND s.number = q.quote
        GROUP BY ALL ORDER BY q.article, speaker_type""",
    "people": """
        SELECT article, outlet, substr(date, 1, 7) AS month, speaker AS person, count(*) AS quotes
        FROM read_parquet('{d}/quotes/*.parquet')
        WHERE speaker_type = 'person'
        GROUP BY ALL ORDER BY article, person""",
    "themes": """
        SELECT article, outlet, substr(date, 1, 7) AS month, '{view}' AS view, coalesce(theme, 'no theme') AS theme,
               count(*) AS paragraphs
        FROM (SELECT article, outlet, date, paragraph, max(CASE WHEN lead THEN theme END) AS theme
              FROM read_parquet('{d}/themes/*.parquet') WHERE view = '{view}' GROUP BY ALL)
        GROUP BY ALL ORDER BY article, theme""",
    "key_terms": """
        SELECT article, outlet, substr(date, 1, 7) AS month, term, g2
        FROM (SELECT *, row_number() OVER (PARTITION BY article ORDER BY g2 DESC, term) AS rank
              FROM read_parquet('{d}/keyness/*.parquet')
              WHERE rtrim(lower(term), '.') NOT IN (SELECT word FROM stop) AND regexp_matches(term, '[[:alpha:]]{{2}}'))
        WHERE rank <= {top} ORDER BY article, g2 DESC, term""",
}


def compute(run: str | os.PathLike[str]) -> dict[str, pd.DataFrame]:
    """The aggregates of a corpus run's folder (the pack's themes if the run had one, else its own)."""
    import json

    import duckdb

    folder = Path(run)
    if not (folder / "articles").is_dir():
        raise ArticleError(f"{folder}: not a corpus run's folder (no articles/ table)")
    settings = json.loads((folder / "run.json").read_text()) if (folder / "run.json").exists() else {}
    if "outlet" not in settings.get("metadata", ["outlet"]) or "date" not in settings.get("metadata", ["date"]):
        raise ArticleError(f"{folder}: the run has no outlet and date columns to group by")
    view = settings.get("themes") or OWN
    d = str(folder).replace("'", "''")
    from analysis.stopwords import stopwords

    with duckdb.connect() as con:
        con.register("stop", pd.DataFrame({"word": sorted(stopwords())}))  # key terms are content words
        tables = {name: con.sql(sql.format(d=d, view=view, top=KEY_TERMS)).df() for name, sql in _QUERIES.items()}
    people = tables["people"]
    people["person"] = people["person"].map(corpus_names(people["person"], people["quotes"]))
    tables["people"] = people.groupby(["article", "outlet", "month", "person"], as_index=False, dropna=False)["quotes"].sum()
    return tables


def corpus_names(names, weights=None) -> dict[str, str]:
    """One name per person across articles (within an article the resolver has already done this):

    - a name with middle names or initials joins its first-and-last form when the corpus has it
      ("Donald J. Trump", "Hillary Rodham Clinton" -> "Donald Trump", "Hillary Clinton");
    - a lone surname joins the full name that ends with it, when one does or when one of several
      has nine tenths of their weight ("Obama" -> "Barack Obama" beside a rarely quoted "Michelle
      Obama"); otherwise it stays as it is.
    """
    weights = weights if weights is not None else pd.Series(1, index=names)
    weight = weights.groupby(names.to_numpy()).sum().to_dict()
    unique = set(names.dropna())
    out = {}
    for name in unique:
        words = name.split()
        short = f"{words[0]} {words[-1]}"
        out[name] = short if len(words) > 2 and short in unique else name
    full: dict[str, set[str]] = {}
    for name in unique:
        words = out[name].split()
        if len(words) > 1:
            full.setdefault(words[-1], set()).add(out[name])
    for name in unique:
        if " " in name:
            continue
        candidates = full.get(name, set())
        if not candidates:
            continue
        totals = {c: sum(w for n, w in weight.items() if out.get(n) == c) for c in candidates}
        best = max(sorted(totals), key=lambda c: totals[c])
        if len(candidates) == 1 or totals[best] >= 0.9 * sum(totals.values()):
            out[name] = best
    return out


def write(tables: dict[str, pd.DataFrame], folder: str | os.PathLike[str]) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in NAMES:
        path = folder / f"{name}.parquet"
        tables[name].to_parquet(path, index=False, compression="zstd")
        written.append(path)
    return written


def load(folder: str | os.PathLike[str]) -> dict[str, pd.DataFrame]:
    """Aggregates from a folder written by ``write``, or computed from a corpus run's folder."""
    folder = Path(folder)
    if (folder / "articles").is_dir():
        return compute(folder)
    missing = [n for n in NAMES if not (folder / f"{n}.parquet").is_file()]
    if missing:
        raise ArticleError(f"{folder}: neither a corpus run nor its aggregates (no {missing[0]}.parquet)")
    return {n: pd.read_parquet(folder / f"{n}.parquet") for n in NAMES}
