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

from analysis.article import Article, ArticleError, read_article

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


COMMANDS: dict[str, Command] = {
    "sentences": Command(
        "split articles into sentences, with paragraph and section",
        _sentences,
        columns=("file", "paragraph", "section", "start", "end", "text"),
    ),
}


def _parser(name: str, command: Command) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"analysis {name}", description=command.help)
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text articles, paragraphs separated by blank lines")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default: table)")
    command.options(parser)
    return parser


def _top_parser() -> argparse.ArgumentParser:
    lines = [f"  {name:<13}{cmd.help}" for name, cmd in COMMANDS.items()]
    lines.append(f"  {'figures':<13}regenerate every figure from seeds/ (--check compares with figures/)")
    parser = argparse.ArgumentParser(
        prog="analysis",
        description="Reproducible analysis of news articles.",
        epilog="commands:\n" + "\n".join(lines) + "\n\nRun 'analysis COMMAND --help' for a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=[*COMMANDS, "figures"], metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS and argv[0] != "figures":
        _top_parser().parse_args(argv[:1])
        return 2
    name, rest = argv[0], argv[1:]
    try:
        if name == "figures":
            from analysis.figures import main as figures_main

            return figures_main(rest)
        command = COMMANDS[name]
        args = _parser(name, command).parse_intermixed_args(rest)
        articles = [read_article(path) for path in args.files]
        records: Records = []
        for path, article in zip(args.files, articles):
            records.extend({"file": path, **r} for r in command.run(article, args))
    except ArticleError as exc:
        print(f"analysis: error: {exc}", file=sys.stderr)
        return 2
    from analysis import output

    text = output.jsonl(records) if args.format == "jsonl" else output.table(records, command.columns)
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()
    return 0
