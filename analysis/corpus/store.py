"""The output folder of a corpus run: one Parquet dataset (a folder of part files) per table.

A chunk of articles is written as one part file per table, all named after the chunk. Each part
is written to a temporary name and renamed into place, and the ``articles`` part is renamed last:
a chunk is finished exactly when its ``articles`` part exists. Opening a folder removes
temporary files and the parts of unfinished chunks, so an interrupted run leaves nothing that a
reader could see twice, and ``done()`` names the articles that a resumed run skips.

``run.json`` records the metadata columns and options of the run; resuming with other ones is an
error, since the tables' columns would no longer agree.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from analysis.article import ArticleError
from analysis.corpus.tables import TABLES
from analysis.paths import write_whole

COMMIT = "articles"  # written last: its part marks a finished chunk
RUN_FILE = "run.json"
_TMP = ".tmp"


class Store:
    def __init__(self, out: str | os.PathLike[str], settings: dict) -> None:
        self.out = Path(out)
        if self.out.exists() and not self.out.is_dir():
            raise ArticleError(f"{self.out}: --out must be a folder")
        self.out.mkdir(parents=True, exist_ok=True)
        run_file = self.out / RUN_FILE
        if run_file.exists():
            try:
                previous = json.loads(run_file.read_text())
            except (OSError, ValueError):
                raise ArticleError(f"{run_file}: not a corpus run's settings; use an empty --out folder") from None
            if previous != settings:
                raise ArticleError(
                    f"{self.out}: holds a run with other settings or metadata columns; "
                    "resume with the same ones or use another --out"
                )
        elif any(self.out.iterdir()):
            raise ArticleError(f"{self.out}: not empty and not a corpus run; use an empty or new --out folder")
        else:
            write_whole(run_file, json.dumps(settings, indent=1, sort_keys=True) + "\n")
        for table in TABLES:
            (self.out / table).mkdir(exist_ok=True)
        self.tidy()

    def tidy(self) -> None:
        """Remove temporary files and the parts of chunks whose ``articles`` part was never written."""
        finished = {p.stem for p in (self.out / COMMIT).glob("*.parquet")}
        for table in TABLES:
            for part in (self.out / table).iterdir():
                if part.name.endswith(_TMP) or (part.suffix == ".parquet" and part.stem not in finished):
                    part.unlink()

    def done(self) -> set[str]:
        """Ids of the articles in finished chunks (analysed, or recorded as errors)."""
        ids: set[str] = set()
        for table in (COMMIT, "errors"):
            folder = self.out / table
            for part in sorted(folder.glob("*.parquet")):
                ids.update(pq.read_table(part, columns=["article"]).column("article").to_pylist())
        return ids

    def write(self, ids: Sequence[str], tables: dict[str, pa.Table]) -> None:
        """Write one chunk's tables, the ``articles`` part last."""
        write_chunk(self.out, ids, tables)

    def discard_if_empty(self) -> None:
        """Remove the folder's run files when no chunk was finished (a run that could not start)."""
        if any(next((self.out / table).glob("*.parquet"), None) for table in TABLES):
            return
        for table in TABLES:
            folder = self.out / table
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        (self.out / RUN_FILE).unlink(missing_ok=True)
        if not any(self.out.iterdir()):
            self.out.rmdir()

    def errors(self) -> int:
        return sum(pq.read_metadata(p).num_rows for p in (self.out / "errors").glob("*.parquet"))


def write_chunk(out: Path, ids: Sequence[str], tables: dict[str, pa.Table]) -> None:
    """Write one chunk's tables into the folder of a ``Store``, the ``articles`` part last (any
    process on this machine may: a chunk's parts are its own, and each appears whole)."""
    name = chunk_name(ids)
    for table in [t for t in TABLES if t != COMMIT] + [COMMIT]:
        target = out / table / f"{name}.parquet"
        temporary = target.with_name(target.name + _TMP)
        pq.write_table(tables[table], temporary, compression="zstd")
        os.replace(temporary, target)


def chunk_name(ids: Sequence[str]) -> str:
    """A part's name: the chunk's first id's position is not stable across resumed runs, its ids are."""
    digest = hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:16]
    return f"part-{digest}"


def read(out: str | os.PathLike[str], table: str, columns: Sequence[str] | None = None):
    """A corpus table as a pandas DataFrame, rows in article order (by id, then as the article gave them)."""
    import pyarrow.dataset as ds

    folder = Path(out) / table
    if not folder.is_dir():
        raise ArticleError(f"{out}: no {table!r} table (not a corpus run's folder?)")
    frame = ds.dataset(folder, format="parquet").to_table(columns=list(columns) if columns else None).to_pandas()
    return frame.sort_values("article", kind="stable").reset_index(drop=True)
