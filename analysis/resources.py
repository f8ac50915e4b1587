"""Read the word lists shipped in ``analysis/data``.

Every list is a small text file whose ``#`` header says where it comes from; this module
is the only place that knows how such a file is laid out.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of a data file."""
    text = resources.files("analysis.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-word-per-line list as a set (entries kept as written)."""
    return frozenset(line.strip() for line in lines(name))


@cache
def names_and_endings(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """A word list whose entries marked "@" are words that end a name ("@Sea", "@Cup"): the
    plain entries, and the marked ones without their "@"."""
    words = word_set(name)
    return frozenset(w for w in words if not w.startswith("@")), frozenset(w[1:] for w in words if w.startswith("@"))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """A tab-separated file with a header row, as a tuple of row dicts."""
    rows = [line.rstrip("\n").split("\t") for line in lines(name)]
    header, body = rows[0], rows[1:]
    return tuple(dict(zip(header, row + [""] * (len(header) - len(row)))) for row in body)


@cache
def mapping(name: str, key: str, value: str) -> dict[str, str]:
    """Two columns of a table file as a dict (first occurrence of a key wins)."""
    out: dict[str, str] = {}
    for row in table(name):
        out.setdefault(row[key], row[value])
    return out
