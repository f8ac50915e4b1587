"""Write ``analysis/data/combining_marks.txt``: every range of Unicode combining marks
(general category M: Mn, Mc, Me) in this Python's Unicode database.

The tokenizer keeps a mark inside the word it follows, so text in decomposed form (NFD: "e" +
U+0301, Arabic alef + U+0653) gives the same words as composed text. Python's ``re`` has no
``\\p{M}``, and finding the ranges takes a sixth of a second, too long for every start: hence a
file, which ``tests/test_tokens.py`` holds to ``unicodedata``. Run: ``python tools/unicode_marks.py``.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "analysis" / "data" / "combining_marks.txt"


def mark_ranges() -> list[tuple[int, int]]:
    """(first, last) code points of each run of combining marks."""
    ranges, start = [], None
    for code in range(sys.maxunicode + 2):
        mark = code <= sys.maxunicode and unicodedata.category(chr(code)).startswith("M")
        if mark and start is None:
            start = code
        elif not mark and start is not None:
            ranges.append((start, code - 1))
            start = None
    return ranges


def main() -> None:
    header = (
        f"# Combining marks (Unicode general category M), Unicode {unicodedata.unidata_version}, one range per line.\n"
        "# Provenance: Python's unicodedata, written by tools/unicode_marks.py. A mark belongs to the word it follows.\n"
    )
    OUT.write_text(header + "".join(f"{a:04X}-{b:04X}\n" for a, b in mark_ranges()), encoding="utf-8")


if __name__ == "__main__":
    main()
