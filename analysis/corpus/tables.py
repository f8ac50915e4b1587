"""One article's rows for every corpus table, computed by the same functions as the single-article
analyses, and a chunk of articles as Arrow tables with fixed columns.

Every row starts with the article id and the run's metadata columns; spans are offsets into the
article's text (``articles.text``), as everywhere in the project.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import pyarrow as pa

from analysis.corpus.inputs import Record

S, N, F, B = pa.string(), pa.int64(), pa.float64(), pa.bool_()  # text, whole number, number, yes/no

# the columns of each table after ``article`` and the metadata columns
COLUMNS: dict[str, list[tuple[str, pa.DataType]]] = {
    "articles": [
        ("source", S),
        ("headline", S),
        ("characters", N),
        ("words", N),
        ("paragraphs", N),
        ("sentences", N),
        ("direct_quotes", N),
        ("indirect_quotes", N),
        ("sources", N),
        ("anonymous_sources", N),
        ("narration_words", N),
        ("quoted_words", N),
        ("reported_words", N),
        ("compound", F),
        ("text", S),
    ],
    "sentences": [("sentence", N), ("paragraph", N), ("section", S), ("start", N), ("end", N), ("words", N)],
    "quotes": [
        ("quote", N),
        ("start", N),
        ("end", N),
        ("kind", S),
        ("speaker", S),
        ("speaker_type", S),
        ("speaker_start", N),
        ("speaker_end", N),
        ("cue", S),
        ("cue_start", N),
        ("cue_end", N),
        ("paragraph", N),
        ("sentence", N),
        ("text", S),
    ],
    "sources": [
        ("name", S),
        ("type", S),
        ("role", S),
        ("affiliation", S),
        ("direct_quotes", N),
        ("quoted_words", N),
        ("indirect", N),
        ("mentions", N),
        ("status", S),
    ],
    "entities": [("name", S), ("kind", S), ("start", N), ("end", N), ("text", S), ("sentence", N), ("paragraph", N)],
    "sentiment": [
        ("unit", S),
        ("number", N),
        ("paragraph", N),
        ("start", N),
        ("end", N),
        ("neg", F),
        ("neu", F),
        ("pos", F),
        ("compound", F),
        ("label", S),
    ],
    "themes": [
        ("view", S),
        ("paragraph", N),
        ("start", N),
        ("end", N),
        ("theme", S),
        ("score", N),
        ("lead", B),
    ],
    "terms": [("term", S), ("count", N), ("per_1000", F)],
    "keyness": [("term", S), ("count", N), ("per_million", F), ("ref_per_million", F), ("g2", F), ("log_ratio", F)],
    "errors": [("source", S), ("reason", S)],
}
TABLES = list(COLUMNS)
OWN = "own"  # the themes table's view for the article's own themes


def schema(table: str, meta: Sequence[str]) -> pa.Schema:
    return pa.schema([("article", S), *((m, S) for m in meta), *COLUMNS[table]])


def analyse(record: Record, pack=None) -> dict[str, list[dict]]:
    """Every table's rows for one article (without the id and metadata, which ``chunk`` adds)."""
    from analysis import terms
    from analysis.article import parse_article
    from analysis.entities import mention_rows
    from analysis.quotes import quote_records
    from analysis.sentiment import document_row, quote_rows, sentence_rows
    from analysis.sources import source_rows, voice_counts

    article = parse_article(record.text, record.source)
    text = article.text
    word_starts = [t.start for t in article.tokens if t.kind == "word"]
    out: dict[str, list[dict]] = {}
    out["sentences"] = [
        {
            "sentence": s.index,
            "paragraph": s.paragraph,
            "section": s.section,
            "start": s.start,
            "end": s.end,
            "words": bisect.bisect_left(word_starts, s.end) - bisect.bisect_left(word_starts, s.start),
        }
        for s in article.sentences
    ]
    quotes = quote_records(article)
    out["quotes"] = [{"quote": n, **r} for n, r in enumerate(quotes)]
    sources = source_rows(article)
    out["sources"] = sources
    out["entities"] = mention_rows(article)
    out["sentiment"] = [{**row, "number": row["sentence"]} for row in sentence_rows(article)] + [
        {**row, "number": n} for n, row in enumerate(quote_rows(article))
    ]
    out["themes"] = _theme_rows(article, OWN, None)
    if pack is not None:
        out["themes"] += _theme_rows(article, getattr(pack, "name", "pack"), pack)
    out["terms"] = terms.term_rows(article)
    out["keyness"] = terms.keyness_rows(article, over_only=True)  # over-used words, as the CLI shows them
    voices, _ = voice_counts(article)
    by_kind = {kind: sum(n for (_, k), n in voices.items() if k == kind) for kind in ("narration", "quoted", "reported")}
    document = document_row(article)
    headline = next((p for p in article.paragraphs if p.section == "headline"), None)
    out["articles"] = [
        {
            "source": record.source,
            "headline": text[headline.start : headline.end] if headline else None,
            "characters": len(text),
            "words": len(word_starts),
            "paragraphs": len(article.paragraphs),
            "sentences": len(article.sentences),
            "direct_quotes": sum(r["kind"] != "indirect" for r in quotes),
            "indirect_quotes": sum(r["kind"] == "indirect" for r in quotes),
            "sources": sum(row["status"] in ("quoted", "paraphrased") for row in sources),
            "anonymous_sources": sum(row["type"] == "anonymous" for row in sources),
            "narration_words": by_kind["narration"],
            "quoted_words": by_kind["quoted"],
            "reported_words": by_kind["reported"],
            "compound": document["compound"] if document["n"] else None,
            "text": text,
        }
    ]
    return out


def _theme_rows(article, view: str, pack) -> list[dict]:
    from analysis.themes import theme_rows

    rows = []
    for row in theme_rows(article, "paragraph", pack=pack)[0]:
        themes = row["themes"] or {None: 0}  # a paragraph with no theme keeps one row, so shares can be counted
        for theme, score in themes.items():
            rows.append(
                {
                    "view": view,
                    "paragraph": row["paragraph"],
                    "start": row["start"],
                    "end": row["end"],
                    "theme": theme,
                    "score": int(score),
                    "lead": theme is not None and theme == row["lead"],
                }
            )
    return rows


def chunk(records: Sequence[Record], meta: Sequence[str], pack=None) -> dict[str, pa.Table]:
    """Arrow tables for a chunk of articles; an article that fails is an ``errors`` row, never a stop."""
    results: dict[str, list[tuple[Record, list[dict]]]] = {t: [] for t in TABLES}
    for record in records:
        if record.error is not None:
            results["errors"].append((record, [{"source": record.source, "reason": record.error}]))
            continue
        try:
            rows = analyse(record, pack)
        except Exception as exc:  # one article's failure is reported, and the others go on
            results["errors"].append((record, [{"source": record.source, "reason": f"{type(exc).__name__}: {exc}"}]))
            continue
        for table, table_rows in rows.items():
            results[table].append((record, table_rows))
    out = {}
    for table in TABLES:
        parts = results[table]
        ids = [pa.array([r.article for r, rows in parts for _ in rows], S)]
        ids += [pa.array([r.meta.get(m) for r, rows in parts for _ in rows], S) for m in meta]
        # the rows' own columns: Arrow reads the dicts by field name (a missing key is null)
        body = pa.array([row for _, rows in parts for row in rows], pa.struct(COLUMNS[table])).flatten()
        out[table] = pa.Table.from_arrays([*ids, *body], schema=schema(table, meta))
    return out


WARM_TEXT = """Council backs plan for new library

The city council approved the plan on Monday, Mayor Ann Lee said. "It is a good day," she said.
"""


def warm() -> None:
    """Load every model and word list once (a worker calls this before its first chunk)."""
    analyse(Record("warm", "warm.txt", WARM_TEXT))
