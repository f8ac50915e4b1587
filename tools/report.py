"""Run the article notebooks (01 to 05) on any article: ``reports/<article>/`` gets each notebook and its HTML.

    make report ARTICLE=path/to/story.txt
    python tools/report.py path/to/story.txt [--out reports]

Each notebook reads its article from one cell tagged ``parameters`` (``ARTICLE_PATH = ...``);
this script replaces that cell, executes the notebook in a fresh kernel and writes the executed
notebook and an HTML page that opens without Jupyter. The article is checked first, so a bad
file is one line and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.article import ArticleError, read_article  # noqa: E402
from analysis.paths import folder_name  # noqa: E402


def run(article: Path, out: Path) -> list[Path]:
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter

    name = folder_name(read_article(article).name)  # raises ArticleError on a bad file
    target = out / name
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        cell = next((c for c in notebook.cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
        if cell is None:
            raise SystemExit(f"report: error: {path.name} has no cell tagged 'parameters'")
        if not cell.source.startswith("ARTICLE_PATH"):
            continue  # a notebook about something else than one article (06_corpus reads a corpus)
        cell.source = f"ARTICLE_PATH = {str(article.resolve())!r}"
        print(f"report: running {path.name} on {article.name}", file=sys.stderr, flush=True)
        NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
        executed = target / path.name
        nbformat.write(notebook, executed)
        html, _ = HTMLExporter().from_notebook_node(notebook)
        page = executed.with_suffix(".html")
        page.write_text(html, encoding="utf-8")
        written += [executed, page]
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("article", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "reports")
    args = ap.parse_args()
    try:
        written = run(args.article, args.out)
    except ArticleError as exc:
        print(f"report: error: {exc}", file=sys.stderr)
        return 2
    print(f"report: wrote {len(written)} files into {written[0].parent}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
