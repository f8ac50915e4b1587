"""``analysis corpus INPUT... --out DIR``: every table for many articles, as Parquet datasets."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool

from analysis.article import ArticleError

EXAMPLE = """examples:
  analysis corpus articles/ --out tables/
  analysis corpus stories.jsonl --meta outlets.csv --out tables/ --workers 4
  analysis corpus articles/ --out tables/ --scheduler tcp://10.0.0.5:8786

Each table is a folder of Parquet files under DIR: articles, sentences, quotes, sources,
entities, sentiment, themes, terms, keyness and errors. Query them with DuckDB:
  duckdb -c "SELECT outlet, count(*) FROM 'tables/quotes/*.parquet' GROUP BY outlet"
or pandas: pandas.read_parquet('tables/quotes'). Run the same command again to resume."""


def _parser() -> argparse.ArgumentParser:
    from analysis.cli import _positive, _theme_pack, max_size_option
    from analysis.corpus.run import CHUNK_SIZE

    parser = argparse.ArgumentParser(
        prog="analysis corpus",
        description="Analyse many articles into Parquet tables, streaming, resumable and in parallel.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="folders of .txt/.md articles, article files, or .jsonl/.csv/.parquet tables with a text column",
    )
    parser.add_argument(
        "--out", required=True, metavar="DIR", help="folder for the tables: new, empty, or an earlier run's (resumes it)"
    )
    parser.add_argument("--meta", metavar="FILE", help="metadata per article: a table with an 'article' column")
    parser.add_argument("--text-column", default="text", metavar="NAME", help="the text column of table inputs (default: text)")
    parser.add_argument("--workers", type=_positive, default=None, metavar="N", help="processes here (default: all cores)")
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask cluster: tcp://HOST:PORT, or 'dask' for the scheduler in your Dask config",
    )
    parser.add_argument("--themes", type=_theme_pack, default=None, metavar="PACK", help="also score paragraphs with a pack")
    parser.add_argument(
        "--chunk-size", type=_positive, default=CHUNK_SIZE, metavar="N", help=f"articles per part (default: {CHUNK_SIZE})"
    )
    max_size_option(parser)
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return parser


def main(argv: Sequence[str]) -> int:
    from analysis.corpus import name_skipped
    from analysis.corpus.inputs import Inputs
    from analysis.corpus.run import run
    from analysis.corpus.store import Store

    args = _parser().parse_args(argv)
    if args.workers and args.scheduler:
        print("analysis: error: --workers and --scheduler exclude each other (Dask decides the workers)", file=sys.stderr)
        return 2
    try:
        inputs = Inputs(args.inputs, args.meta, args.text_column, args.max_size * 1024 * 1024)
        settings = {
            "metadata": inputs.columns,
            "themes": getattr(args.themes, "name", None),
            "text_column": args.text_column,
        }
        name_skipped(inputs.skipped)
        store = Store(args.out, settings)
        total = None if args.quiet else inputs.count()
    except ArticleError as exc:
        print(f"analysis: error: {exc}", file=sys.stderr)
        return 2
    try:
        summary = run(
            inputs,
            store,
            workers=args.workers or 0,
            scheduler=args.scheduler,
            pack=args.themes,
            chunk_size=args.chunk_size,
            progress=not args.quiet,
            total=total,
        )
    except ArticleError as exc:
        print(f"analysis: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: no half-written part stays behind; running it again resumes
        store.tidy()
        store.discard_if_empty()
        raise
    except (OSError, TimeoutError, BrokenProcessPool) as exc:  # a worker died, or the cluster cannot be reached
        store.discard_if_empty()
        print(f"analysis: error: the run stopped ({type(exc).__name__}: {exc}); run it again to resume", file=sys.stderr)
        return 1
    for reason in summary.failures:
        print(f"analysis: failed: {reason}", file=sys.stderr)
    if summary.errors > len(summary.failures):
        print(f"analysis: ... and {summary.errors - len(summary.failures):,} more in {args.out}/errors", file=sys.stderr)
    skipped = f", {summary.skipped:,} done before" if summary.skipped else ""
    print(
        f"analysis: {summary.articles:,} article(s) analysed, {summary.errors:,} error(s){skipped}, "
        f"in {summary.seconds:.1f} s ({summary.rate:.1f}/s), tables in {args.out}",
        file=sys.stderr,
    )
    return 1 if store.errors() else 0
