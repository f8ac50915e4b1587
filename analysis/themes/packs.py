"""Curated themes: a pack of words and phrases per theme, chosen by the user.

A pack is a tab-separated file (dictionary-based content analysis, Krippendorff, *Content
Analysis*, ch. 11) with a header row and the columns

    theme   term    weight  why     source

``term`` is a word, a phrase, or a prefix ending in ``*`` (``negotiat*``); matching is
case-insensitive on word tokens. ``weight`` is a whole number (2 for a term that settles what a
paragraph is about, 1 for one that also belongs elsewhere). ``why`` says why the term signals
the theme and ``source`` where it comes from. Lines starting with ``#`` are comments.

The project ships ``international-relations`` (``analysis/data/packs/``); users bring their own
with a path or a DataFrame of the same columns. A pack leads a unit only on strong evidence:
a score of at least ``MIN_SCORE`` from two different terms, or one weight-2 term used
``MIN_REPEATS`` times. One country name does not make a theme.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.themes.rows import unit_row

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, so the row functions never load it
    import pandas as pd

MIN_SCORE = 3
MIN_REPEATS = 3
COLUMNS = ("theme", "term", "weight", "why", "source")
BUILTIN = "international-relations"


class PackError(ValueError):
    """A theme pack that cannot be used; the message says which line and why."""


@dataclass(frozen=True)
class Entry:
    """One pack entry: a word, a prefix (``cooperat*``) or a phrase, and its weight."""

    theme: str
    words: tuple[str, ...]
    prefix: bool
    weight: int


@dataclass(frozen=True)
class Pack:
    """A named set of themes and their entries (longest phrases first)."""

    name: str
    themes: tuple[str, ...]
    entries: tuple[Entry, ...]

    @property
    def index(self):
        return _index(self)

    def match(self, words: Sequence[str]) -> list[tuple[Entry, str]]:
        """Entries found in a list of case-folded words (longest first, each word used once)."""
        lengths, by_first, prefixes = self.index
        used = [False] * len(words)
        found = []
        for n in lengths:
            for i in range(len(words) - n + 1):
                if any(used[i : i + n]):
                    continue
                window = words[i : i + n]
                candidates = by_first.get((n, window[0]), ())
                if n == 1:
                    candidates = [*candidates, *(e for e in prefixes if window[0].startswith(e.words[0]))]
                for entry in candidates:
                    head_ok = window[-1].startswith(entry.words[-1]) if entry.prefix else window[-1] == entry.words[-1]
                    if head_ok and tuple(window[:-1]) == entry.words[:-1]:
                        used[i : i + n] = [True] * n
                        found.append((entry, " ".join(window)))
                        break
        return found

    def term_theme(self, term: str) -> str | None:
        """The theme a single term or phrase belongs to, if the pack has it."""
        found = self.match(term.casefold().split())
        return max(found, key=lambda f: f[0].weight)[0].theme if found else None


@cache
def _index(pack: Pack):
    by_first: dict[tuple[int, str], list[Entry]] = defaultdict(list)
    prefixes = []
    for entry in pack.entries:
        if entry.prefix and len(entry.words) == 1:
            prefixes.append(entry)
        else:
            by_first[(len(entry.words), entry.words[0])].append(entry)
    lengths = tuple(sorted({n for n, _ in by_first} | {1}, reverse=True))
    return lengths, dict(by_first), tuple(prefixes)


def pack_argument(value: str) -> Pack:
    """A command-line option's pack (an ``argparse`` type): loaded, or a one-line usage error."""
    import argparse

    try:
        return load_pack(value)
    except PackError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def builtin_packs() -> list[str]:
    """Names of the packs shipped with the project."""
    folder = resources.files("analysis.data").joinpath("packs")
    return sorted(p.name[: -len(".tsv")] for p in folder.iterdir() if p.name.endswith(".tsv"))


def load_pack(pack: str | os.PathLike[str] | pd.DataFrame | Pack) -> Pack:
    """A pack from a built-in name, a TSV path or a DataFrame with the pack's columns."""
    if isinstance(pack, Pack):
        return pack
    pandas = sys.modules.get("pandas")  # a DataFrame exists only once pandas is imported
    if pandas is not None and isinstance(pack, pandas.DataFrame):
        return _from_rows("custom", pack.to_dict("records"), "the DataFrame")
    if isinstance(pack, str) and pack in builtin_packs():
        return _builtin(pack)
    path = Path(pack)
    if not path.is_file():
        raise PackError(f"{pack}: no such theme pack (built-in: {', '.join(builtin_packs())}; or a TSV file)")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{pack}: cannot be read as UTF-8 text ({exc})") from None
    return _from_rows(path.stem, _rows(text, str(pack)), str(pack))


@cache
def _builtin(name: str) -> Pack:
    text = resources.files("analysis.data").joinpath("packs", f"{name}.tsv").read_text(encoding="utf-8")
    return _from_rows(name, _rows(text, name), name)


def _rows(text: str, where: str) -> list[dict]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines:
        raise PackError(f"{where}: empty theme pack")
    header = lines[0][1].rstrip("\r").split("\t")
    missing = [c for c in ("theme", "term", "weight") if c not in header]
    if missing:
        raise PackError(
            f"{where}: line {lines[0][0]}: the header needs the columns theme, term, weight (missing {', '.join(missing)})"
        )
    rows = []
    for n, line in lines[1:]:
        cells = line.rstrip("\r").split("\t")
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        row["_line"] = n
        rows.append(row)
    return rows


def _from_rows(name: str, rows: list[dict], where: str) -> Pack:
    entries, order = [], {}
    for row in rows:
        line = f"line {row['_line']}: " if "_line" in row else ""
        theme, term = str(row.get("theme", "")).strip(), str(row.get("term", "")).strip().casefold()
        if not theme or not term:
            raise PackError(f"{where}: {line}a row needs a theme and a term")
        try:
            weight = int(row.get("weight", ""))
        except (TypeError, ValueError):
            raise PackError(f"{where}: {line}weight must be a whole number, not {row.get('weight')!r}") from None
        if weight < 1:
            raise PackError(f"{where}: {line}weight must be at least 1")
        order.setdefault(theme, len(order))
        prefix = term.endswith("*")
        entries.append(Entry(theme, tuple(term.rstrip("*").split()), prefix, weight))
    if not entries:
        raise PackError(f"{where}: no entries")
    return Pack(name, tuple(order), tuple(sorted(entries, key=lambda e: -len(e.words))))


def pack_rows(units, words_of, pack: Pack, unit: str) -> list[dict]:
    """Score every unit for every theme of ``pack``; ``words_of(u)`` gives a unit's case-folded words."""
    rows = []
    for u in units:
        scores: dict[str, int] = defaultdict(int)
        evidence: dict[str, list[str]] = defaultdict(list)
        strongest: dict[str, int] = defaultdict(int)
        for entry, surface in pack.match(words_of(u)):
            scores[entry.theme] += entry.weight
            evidence[entry.theme].append(surface)
            strongest[entry.theme] = max(strongest[entry.theme], entry.weight)
        rows.append(unit_row(u, unit, pack.themes, scores, evidence, partial(_strong_for, evidence, strongest)))
    return rows


def _strong_for(evidence: dict[str, list[str]], strongest: dict[str, int], theme: str, score: int) -> bool:
    return strong(evidence[theme], score, strongest[theme])


def strong(evidence: Sequence[str], score: int, strongest: int = 2) -> bool:
    """Enough to lead: ``MIN_SCORE`` from two different terms, or one term of weight 2 or more used
    ``MIN_REPEATS`` times (a weight-1 term, such as "aid" in a story on student aid, needs company)."""
    distinct = len(set(evidence))
    return score >= MIN_SCORE and (distinct >= 2 or (len(evidence) >= MIN_REPEATS and strongest >= 2))
