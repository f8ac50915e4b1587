"""Execute every notebook in notebooks/ top to bottom in a fresh kernel and save its outputs.

    make notebooks        (or: .venv/bin/python tools/run_notebooks.py)

Run it after a change in results, then commit the notebooks with their outputs: the test
suite (nbval) re-runs them and compares every output, figures included (they are SVG text).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def run(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in notebook.cells:
        cell.get("metadata", {}).pop("execution", None)
    # the name JupyterLab's ipykernel gives the kernel, so that opening a notebook in Lab changes nothing
    notebook.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nbformat.write(notebook, path)


def main() -> int:
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        print(f"running {path.relative_to(ROOT)}")
        run(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
