"""``python -m analysis COMMAND FILE... [options]``: every analysis as a command.

Thin on purpose: parse arguments, read every file first (so bad input leaves stdout empty),
call the library, print records. See CONTRACT.md for the behaviour of every command.
Commands import their modules lazily, so ``sentences`` never loads pandas or matplotlib.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from analysis.article import MAX_BYTES, Article, ArticleError, read_article

Records = list[dict[str, Any]]


@dataclass(frozen=True)
class Command:
    """One sub-command: its help, extra options, and a function from an article to records."""

    help: str
    run: Callable[[Article, argparse.Namespace], Records]
    options: Callable[[argparse.ArgumentParser], None] = lambda parser: None
    columns: tuple[str, ...] | None = None


def _sentences(article: Article, args: argparse.Namespace) -> Records:
    return [
        {"start": s.start, "end": s.end, "text": article.text[s.start : s.end], "paragraph": s.paragraph, "section": s.section}
        for s in article.sentences
    ]


def _frame_records(frame: Any, columns: Sequence[str] | None = None) -> Records:
    """DataFrame rows as records (all columns, or the named ones)."""
    if columns is not None:
        frame = frame[list(columns)]
    return frame.to_dict("records")


def _sections(args: argparse.Namespace) -> tuple[str, ...]:
    return tuple(args.sections.split(","))


def _top_option(default: int | None) -> Callable[[argparse.ArgumentParser], None]:
    def add(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--top", type=_positive, default=default, metavar="N", help=f"only the first N rows (default: {default or 'all'})"
        )
        parser.add_argument(
            "--sections", default="body", type=_section_list, help="comma-separated sections to read (default: body)"
        )

    return add


def max_size_option(parser: argparse.ArgumentParser) -> None:
    """``--max-size MB``: the size cap on article files (``args.max_size``, in megabytes)."""
    parser.add_argument(
        "--max-size",
        type=_positive,
        default=MAX_BYTES // (1024 * 1024),
        metavar="MB",
        help=f"refuse files larger than this many megabytes (default: {MAX_BYTES // (1024 * 1024)})",
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return number


def _section_list(value: str) -> str:
    from analysis.article import SECTIONS

    unknown = [s for s in value.split(",") if s not in SECTIONS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown section {unknown[0]!r} (choose from {', '.join(SECTIONS)})")
    return value


def _terms(article: Article, args: argparse.Namespace) -> Records:
    from analysis.terms import term_frequencies

    return _frame_records(term_frequencies(article, _sections(args), stem=args.stem, top=args.top))


def _terms_options(parser: argparse.ArgumentParser) -> None:
    _top_option(None)(parser)
    parser.add_argument("--stem", action="store_true", help="group inflected forms by their Snowball stem")


def _keyness(article: Article, args: argparse.Namespace) -> Records:
    from analysis.terms import keyness

    frame = keyness(article, _sections(args))
    frame = frame[frame["log_ratio"] > 0]
    return _frame_records(frame.head(args.top) if args.top else frame)


def _collocations(article: Article, args: argparse.Namespace) -> Records:
    from analysis.terms import collocations

    return _frame_records(collocations(article, _sections(args), min_count=args.min_count, top=args.top))


def _collocation_options(parser: argparse.ArgumentParser) -> None:
    _top_option(None)(parser)
    parser.add_argument(
        "--min-count",
        type=_positive,
        default=2,
        metavar="N",
        help="frequency floor for common-word n-grams (default: 2; names are exempt)",
    )


def _kwic(article: Article, args: argparse.Namespace) -> Records:
    from analysis.terms import kwic

    sections = _sections(args) if args.sections else None
    return _frame_records(kwic(article, args.term, width=args.width, sections=sections))


def _kwic_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--width", type=_positive, default=40, metavar="N", help="characters of context on each side (default: 40)"
    )
    parser.add_argument("--sections", default=None, type=_section_list, help="comma-separated sections (default: all)")


def _quotes(article: Article, args: argparse.Namespace) -> Records:
    from analysis.quotes import QUOTE_COLUMNS, quote_records

    keys = [k for k in QUOTE_COLUMNS if k != "sentence"]
    return [{k: r[k] for k in keys} for r in quote_records(article)]


def _sources(article: Article, args: argparse.Namespace) -> Records:
    from analysis.sources import sources

    return _frame_records(sources(article))


def _entities(article: Article, args: argparse.Namespace) -> Records:
    from analysis.entities import MENTION_COLUMNS, entities, entity_mentions

    if args.mentions:
        return _frame_records(entity_mentions(article), MENTION_COLUMNS)
    return _frame_records(entities(article), ("name", "kind", "mentions", "role", "affiliation"))


def _entities_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--mentions", action="store_true", help="one record per mention (names and resolved pronouns) with offsets"
    )


def _sentiment(article: Article, args: argparse.Namespace) -> Records:
    from analysis import sentiment

    if args.unit == "quote":
        frame = sentiment.quote_sentiment(article)
        columns = ["unit", "start", "end", "neg", "neu", "pos", "compound", "label", "speaker", "kind"]
    else:
        table = {
            "sentence": sentiment.sentence_sentiment,
            "paragraph": sentiment.paragraph_sentiment,
            "document": sentiment.document_sentiment,
        }[args.unit]
        frame = table(article)
        columns = ["unit", "start", "end", "neg", "neu", "pos", "compound", "label"] + (["n"] if "n" in frame else [])
    return _frame_records(frame, columns)


def _sentiment_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--unit",
        choices=("sentence", "paragraph", "document", "quote"),
        default="sentence",
        help="what to score (default: sentence); paragraphs and the document are means of sentences",
    )


def _themes(article: Article, args: argparse.Namespace) -> Records:
    from analysis.themes import theme_scores

    frame = theme_scores(article, unit=args.unit, pack=args.themes)
    return _frame_records(frame, ["unit", "start", "end", "themes", "evidence", "lead"])


def _themes_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--unit", choices=("paragraph", "sentence"), default="paragraph", help="score paragraphs (default) or sentences"
    )
    parser.add_argument(
        "--themes",
        type=_theme_pack,
        default=None,
        metavar="PACK",
        help="a theme pack: a TSV file (theme, term, weight, why, source) or a built-in name such as "
        "international-relations (default: the article's own themes, from its terms)",
    )


def _theme_pack(value: str):
    from analysis.themes import pack_argument  # imported on use: other commands do not load the themes

    return pack_argument(value)


COMMANDS: dict[str, Command] = {
    "sentences": Command(
        "split articles into sentences, with paragraph and section",
        _sentences,
        columns=("file", "paragraph", "section", "start", "end", "text"),
    ),
    "terms": Command("term frequencies (case-folded, stop words removed, places merged)", _terms, _terms_options),
    "keyness": Command("words the article uses more than general English (G², log ratio)", _keyness, _top_option(None)),
    "collocations": Command("multiword terms ranked by log-likelihood", _collocations, _collocation_options),
    "quotes": Command(
        "direct, partial and indirect quotations with cue and resolved speaker",
        _quotes,
        columns=("file", "kind", "speaker", "cue", "start", "end", "text"),
    ),
    "sources": Command("who the article quotes, paraphrases, mentions and credits", _sources),
    "entities": Command("people, places and organisations with mentions, role and affiliation", _entities, _entities_options),
    "sentiment": Command("VADER sentiment per sentence, paragraph, document or quote", _sentiment, _sentiment_options),
    "themes": Command(
        "themes per paragraph or sentence (the article's own, or a pack's), with the words that gave them",
        _themes,
        _themes_options,
    ),
    "kwic": Command(
        "keyword in context: every occurrence of TERM with offsets",
        _kwic,
        _kwic_options,
        columns=("file", "start", "end", "left", "match", "right"),
    ),
}
ALL_COMMANDS = [*COMMANDS, "figures", "view", "corpus"]  # the last three write files rather than print records


EXAMPLES = {
    "sentences": "analysis sentences seeds/ --format jsonl",
    "terms": "analysis terms seeds/*.txt --top 20 --stem",
    "keyness": "analysis keyness story.txt --top 15",
    "collocations": "analysis collocations story.txt --min-count 2",
    "quotes": "analysis quotes seeds/ --format csv > quotes.csv",
    "sources": "analysis sources story.txt",
    "entities": "analysis entities story.txt --mentions --format jsonl",
    "sentiment": "analysis sentiment story.txt --unit paragraph",
    "themes": "analysis themes story.txt --themes international-relations",
    "kwic": "analysis kwic seeds/*.txt Taiwan --width 30",
}
FORMATS = ("table", "jsonl", "csv", "tsv")


def _parser(name: str, command: Command) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"analysis {name}",
        description=command.help,
        epilog=f"example:\n  {EXAMPLES[name]}" if name in EXAMPLES else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text articles (paragraphs separated by blank lines), folders of .txt/.md articles, or - for standard input",
    )
    if name == "kwic":
        parser.usage = "analysis kwic [-h] [--width N] [--sections S] [--format FORMAT] FILE [FILE ...] TERM"
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    max_size_option(parser)
    command.options(parser)
    return parser


def _top_parser() -> argparse.ArgumentParser:
    lines = [f"  {name:<13}{cmd.help}" for name, cmd in COMMANDS.items()]
    lines.append(f"  {'figures':<13}regenerate every figure from seeds/ (--check compares with figures/)")
    lines.append(f"  {'view':<13}an annotated reading view of each article, as a standalone HTML page (--out DIR)")
    lines.append(f"  {'corpus':<13}every table for many articles, as Parquet datasets (--out DIR; parallel, resumable)")
    parser = argparse.ArgumentParser(
        prog="analysis",
        usage="analysis [--version] COMMAND FILE... [options]",
        description="Reproducible analysis of news articles.",
        epilog="commands:\n" + "\n".join(lines) + "\n\nRun 'analysis COMMAND --help' for a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=ALL_COMMANDS, metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status (130 after Ctrl-C, quietly)."""
    sys.unraisablehook = _interrupt_in_finaliser
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("analysis: interrupted", file=sys.stderr)
        return 130


def _interrupt_in_finaliser(unraisable) -> None:
    """A Ctrl-C that lands inside an object's finaliser (``__del__``) cannot propagate, and Python
    would print its traceback and carry on. Deliver it again a millisecond later, outside the
    finaliser, so that it stops the command as any Ctrl-C does; other unraisable errors keep
    Python's report."""
    import signal

    if issubclass(unraisable.exc_type, KeyboardInterrupt) and hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, _raise_interrupt)
        signal.setitimer(signal.ITIMER_REAL, 0.001)
        return
    sys.__unraisablehook__(unraisable)


def _raise_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        _top_parser().print_help(sys.stderr)
        return 2
    if argv[0] in ("--version", "-V"):
        from analysis import __version__

        print(f"analysis {__version__}")
        return 0
    if argv[0] == "view":
        from analysis.view import main as view_main

        return view_main(argv[1:])
    if argv[0] == "corpus":
        from analysis.corpus.cli import main as corpus_main

        return corpus_main(argv[1:])
    if argv[0] not in ALL_COMMANDS:
        if argv[0].startswith("-"):
            _top_parser().parse_args(argv[:1])
            return 2
        import difflib

        close = difflib.get_close_matches(argv[0], ALL_COMMANDS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        print(f"analysis: error: unknown command {argv[0]!r}{hint}; run 'analysis --help' for the list", file=sys.stderr)
        return 2
    name, rest = argv[0], argv[1:]
    try:
        if name == "figures":
            from analysis.figures import main as figures_main

            return figures_main(rest)
        command = COMMANDS[name]
        parser = _parser(name, command)
        args = parser.parse_intermixed_args(rest)
        if name == "kwic":
            if len(args.files) < 2:
                parser.error("kwic needs FILE... TERM (the term comes after the files)")
            args.files, args.term = args.files[:-1], args.files[-1]
            if not args.term.strip():
                parser.error("TERM is empty")
        args.files = _expand(args.files)
        articles = [read_article(path, args.max_size * 1024 * 1024) for path in args.files]
        for article in articles:
            if not article.paragraphs_in("body"):
                print(
                    f"analysis: warning: {article.source}: no body text (every paragraph reads as a headline, "
                    "caption or related link), so body-based results are empty",
                    file=sys.stderr,
                )
        records: Records = []
        for path, article in zip(args.files, articles):
            records.extend({"file": path, **r} for r in command.run(article, args))
    except ArticleError as exc:
        print(f"analysis: error: {exc}", file=sys.stderr)
        return 2
    from analysis import output

    if args.format == "jsonl":
        text = output.jsonl(records)
    elif args.format in ("csv", "tsv"):
        text = output.delimited(records, command.columns, "," if args.format == "csv" else "\t")
    else:
        text = output.table(records, command.columns, width=_terminal_width())
    return write_out(text)


def _expand(files: Sequence[str]) -> list[str]:
    """Folders become their articles (other files in them are named on stderr); files and - stay."""
    from pathlib import Path

    from analysis.corpus import article_paths, name_skipped

    out: list[str] = []
    for name in files:
        if name != "-" and Path(name).is_dir():
            skipped: list[Path] = []
            out.extend(str(p) for p in article_paths(name, skipped))
            name_skipped(skipped)
        else:
            out.append(name)
    return out


def _terminal_width() -> int | None:
    """The terminal's width when writing to one (a pipe or a file gets whole lines)."""
    import shutil

    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


def write_out(text: str) -> int:
    """Write to standard output; a reader that went away is fine, any other failure is one line."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except OSError as exc:
        _silence_stdout()
        print(f"analysis: error: cannot write the output ({exc.strerror or exc})", file=sys.stderr)
        return 1
    return 0


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's exit flush cannot fail again with a traceback."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
