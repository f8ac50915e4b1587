"""Where things live: the one module that knows the project's paths and figure file names."""

from __future__ import annotations

import re
from pathlib import Path

SEEDS = Path("seeds")  # default input folder, relative to where the command runs
FIGURES = Path("figures")  # default output folder
COMPARISON = "_comparison"  # sub-folder for figures that compare several articles
CORPUS = "_corpus"  # sub-folder for the example corpus's figures (article folders never start with "_")
CORPUS_EXAMPLE = Path("examples") / "polnear"  # per-article aggregates built by make corpus-example
CORPUS_FIGURES = Path("corpus-figures")  # default output of figures --corpus DIR
FIGURE_SUFFIX = ".svg"


TEMPORARY_PREFIX = ".tmp-"  # files being written; never part of the figure set
_UNSAFE = re.compile(r'[\\/\x00-\x1f\x7f:*?"<>|]')
MAX_FOLDER = 100


def figure_path(out: Path, article: str | None, name: str) -> Path:
    """``figures/<article>/<name>.svg``, or ``figures/_comparison/<name>.svg`` for cross-article figures."""
    return out / (folder_name(article) if article else COMPARISON) / f"{name}{FIGURE_SUFFIX}"


def folder_name(article: str) -> str:
    """A folder name for an article that stays inside the output folder and never collides with
    the comparison folder: no separators or control characters, no leading dot ("...txt" is not
    "..") and no leading underscore."""
    name = _UNSAFE.sub("_", article).strip().lstrip(".").strip() or "article"
    if name.startswith("_"):
        name = "article" + name
    return name[:MAX_FOLDER]


def write_whole(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` whole or not at all: a temporary file beside it, then a rename."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=TEMPORARY_PREFIX, suffix=path.suffix)
    os.close(handle)
    try:
        Path(temporary).write_text(text, encoding="utf-8")
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return path
