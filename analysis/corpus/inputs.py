"""What a corpus run reads: articles from folders, files, or tables of texts, one at a time.

An input is a folder (its ``.txt``/``.md`` articles), one article file, or a table with a text
column: JSON lines (``.jsonl``), CSV (``.csv``) or Parquet (``.parquet``). Every article becomes a
``Record``: an id, where it came from, its text (``None`` when it could not be read, with the
reason in ``error``) and its metadata as strings.

Metadata comes from three places, later ones winning: the file name convention
``OUTLET_YYYY-MM-DD_slug.txt`` (PolNeAR's and the seed's; gives ``outlet`` and ``date``), the other
columns of a table input, and ``--meta FILE`` (a CSV, JSON-lines or Parquet table keyed by an
``article`` column). The set of metadata columns is fixed before the first article is read, so
every table of a run has the same columns.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis.article import MAX_BYTES, ArticleError, check_text, read_text
from analysis.corpus import article_paths

TABLE_SUFFIXES = (".jsonl", ".csv", ".parquet")
TEXT_COLUMN = "text"
ID_COLUMNS = ("article", "id")  # a table's id column, if it has one
NAME_CONVENTION = re.compile(r"^(?P<outlet>[A-Za-z0-9.-]+)_(?P<date>\d{4}-\d{2}-\d{2})_")
CONVENTION_COLUMNS = ("outlet", "date")
_SCAN_LINES = 1000  # JSON lines read to learn a table's columns


@dataclass
class Record:
    """One article of a corpus run, before analysis."""

    article: str
    source: str
    text: str | None
    meta: dict[str, str | None] = field(default_factory=dict)
    error: str | None = None


class Inputs:
    """The articles named on the command line, read lazily, with their metadata columns known up front."""

    def __init__(
        self,
        inputs: Sequence[str | os.PathLike[str]],
        meta_file: str | os.PathLike[str] | None = None,
        text_column: str = TEXT_COLUMN,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.text_column = text_column
        self.max_bytes = max_bytes
        self.sources: list[tuple[str, Path]] = []  # ("files", path) or ("table", path)
        self.skipped: list[Path] = []  # files in input folders that are not articles (named by the CLI)
        columns: list[str] = list(CONVENTION_COLUMNS)
        for item in inputs:
            path = Path(item)
            if path.is_dir():
                self.sources += [("file", p) for p in article_paths(path, self.skipped)]
            elif path.suffix.lower() in TABLE_SUFFIXES:
                if not path.is_file():
                    raise ArticleError(f"{path}: no such file")
                self.sources.append(("table", path))
                columns += [c for c in table_columns(path) if c != text_column and c not in ID_COLUMNS]
            else:
                self.sources.append(("file", path))
        self.extra = read_meta(meta_file) if meta_file else {}
        if self.extra:
            columns += [c for row in self.extra.values() for c in row]
        self.columns = list(dict.fromkeys(c for c in columns if c != "article"))

    def count(self) -> int | None:
        """How many articles the inputs hold, when that is cheap to know (for the time left)."""
        total = 0
        for kind, path in self.sources:
            if kind == "file":
                total += 1
            elif path.suffix.lower() == ".parquet":
                import pyarrow.parquet as pq

                total += pq.read_metadata(path).num_rows
            elif path.suffix.lower() == ".jsonl":
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                return None  # a CSV field may hold line breaks: its rows cannot be counted by lines
        return total

    def __iter__(self) -> Iterator[Record]:
        seen: set[str] = set()
        for kind, path in self.sources:
            records = self._files(path) if kind == "file" else self._table(path)
            for record in records:
                if record.error is None and record.article in seen:  # a file that failed keeps its own reason
                    record = Record(
                        record.article,
                        record.source,
                        None,
                        record.meta,
                        f"{record.source}: duplicate article id {record.article!r}",
                    )
                seen.add(record.article)
                extra = self.extra.get(record.article, {})
                record.meta = {c: _string(extra.get(c, record.meta.get(c))) for c in self.columns}
                yield record

    def _files(self, path: Path) -> Iterator[Record]:
        meta = convention(path.stem)
        try:
            text = read_text(path, self.max_bytes)
        except ArticleError as exc:
            yield Record(path.stem, str(path), None, meta, str(exc))
            return
        yield Record(path.stem, str(path), text, meta)

    def _table(self, path: Path) -> Iterator[Record]:
        for n, row in enumerate(table_rows(path), 1):
            ident = next((str(row[c]) for c in ID_COLUMNS if row.get(c) not in (None, "")), f"{path.stem}-{n:06d}")
            where = f"{path}:{n}"
            meta = {**convention(ident), **{k: v for k, v in row.items() if k != self.text_column}}
            text = row.get(self.text_column)
            if "__error__" in row:
                yield Record(ident, where, None, {}, f"{where}: {row['__error__']}")
                continue
            if not isinstance(text, str):
                yield Record(ident, where, None, meta, f"{where}: no text in column {self.text_column!r}")
                continue
            try:
                yield Record(ident, where, check_text(text, where), meta)
            except ArticleError as exc:
                yield Record(ident, where, None, meta, str(exc))


def convention(name: str) -> dict[str, str]:
    """``outlet`` and ``date`` from a name such as ``nyt_2016-03-01_slug`` (nothing if it has another form)."""
    match = NAME_CONVENTION.match(name)
    return match.groupdict() if match else {}


def _string(value) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return str(value)


def table_columns(path: Path) -> list[str]:
    """The columns of a table input (for JSON lines: the keys of its first lines)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        return list(pq.read_schema(path).names)
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            return next(csv.reader(handle), [])
    keys: dict[str, None] = {}
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n >= _SCAN_LINES:
                break
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict):
                keys.update(dict.fromkeys(row))
    return list(keys)


def table_rows(path: Path) -> Iterator[dict]:
    """The rows of a table input, one at a time (Parquet by record batch, so memory stays flat)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
            yield from batch.to_pylist()
    elif suffix == ".csv":
        csv.field_size_limit(MAX_BYTES)
        with path.open(newline="", encoding="utf-8") as handle:
            yield from csv.DictReader(handle)
    else:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    row = {"__error__": f"not JSON ({exc.msg})"}
                yield row if isinstance(row, dict) else {"__error__": "not a JSON object"}


def read_meta(path: str | os.PathLike[str]) -> dict[str, dict]:
    """``--meta FILE``: metadata per article id, from a table with an ``article`` (or ``id``) column."""
    path = Path(path)
    if path.suffix.lower() not in TABLE_SUFFIXES:
        raise ArticleError(f"{path}: --meta takes a .csv, .jsonl or .parquet table")
    if not path.is_file():
        raise ArticleError(f"{path}: no such file")
    key = next((c for c in ID_COLUMNS if c in table_columns(path)), None)
    if key is None:
        raise ArticleError(f"{path}: --meta needs an 'article' column naming each article")
    return {str(row[key]): {k: v for k, v in row.items() if k not in ID_COLUMNS} for row in table_rows(path)}
