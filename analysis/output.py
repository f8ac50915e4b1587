"""Render records (dicts) as an aligned table or as JSON lines, per the CLI contract."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Record = Mapping[str, Any]


def plain(value: Any) -> Any:
    """A JSON-ready value: numpy scalars to Python, NaN/None to None, containers recursively."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def jsonl(records: Iterable[Record]) -> str:
    """One JSON object per line."""
    return "".join(json.dumps({k: plain(v) for k, v in r.items()}, ensure_ascii=False) + "\n" for r in records)


def delimited(records: Sequence[Record], columns: Sequence[str] | None = None, separator: str = ",") -> str:
    """CSV (RFC 4180 quoting) or TSV (tabs and line breaks inside a value become spaces), with a header."""
    import csv
    import io

    if not records:
        return ""
    columns = list(columns or records[0].keys())
    buffer = io.StringIO()
    if separator == ",":
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for r in records:
            writer.writerow([_flat(plain(r.get(c))) for c in columns])
        return buffer.getvalue()
    lines = ["\t".join(columns)]
    for r in records:
        lines.append("\t".join(re.sub(r"[\t\r\n]+", " ", _flat(plain(r.get(c)))) for c in columns))
    return "\n".join(lines) + "\n"


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def table(records: Sequence[Record], columns: Sequence[str] | None = None, width: int | None = None) -> str:
    """Aligned columns for people; numbers right-aligned, the last column left free.

    File paths are shortened to their names when that keeps them apart; with a ``width`` (the
    terminal's), the last column is cut at a word boundary so that lines fit.
    """
    if not records:
        return ""
    columns = list(columns or records[0].keys())
    records = _short_files(records)
    cells = [[_cell(plain(r.get(c))) for c in columns] for r in records]
    numeric = [all(_is_number(plain(r.get(c))) for r in records) for c in columns]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = []
    for row in [columns, *cells]:
        parts = []
        for i, value in enumerate(row):
            last = i == len(columns) - 1
            if last:
                parts.append(value)
            elif numeric[i]:
                parts.append(value.rjust(widths[i]))
            else:
                parts.append(value.ljust(widths[i]))
        line = "  ".join(parts).rstrip()
        if width and len(line) > width:
            line = _cut(line, width)
        lines.append(line)
    return "\n".join(lines) + "\n"


def _cut(line: str, width: int) -> str:
    """``line`` cut at a word boundary to at most ``width`` characters, with an ellipsis."""
    if width < 10:
        return line
    head = line[: width - 1]
    space = head.rfind(" ")
    if space > width // 2:
        head = head[:space]
    return head.rstrip() + "…"


def _short_files(records: Sequence[Record]) -> Sequence[Record]:
    """Show files by name only (not their whole path on every row) when the names stay distinct."""
    import os

    files = {r.get("file") for r in records if isinstance(r.get("file"), str)}
    names = {os.path.basename(f) for f in files}
    if len(files) <= 1 and not any(os.sep in f for f in files) or len(names) < len(files):
        return records
    return [{**r, "file": os.path.basename(r["file"])} if isinstance(r.get("file"), str) else r for r in records]


def _is_number(value: Any) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) >= 1e-3 or value == 0 else f"{value:.2e}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return _visible(str(value).replace("\r", "").replace("\n", " "))


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _visible(text: str) -> str:
    """Control characters (an ANSI escape, a tab) shown as escapes, never sent to the terminal."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
