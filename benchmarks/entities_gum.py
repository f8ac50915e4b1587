"""Entities against GUM's named people, places and organisations, at document level.

    python benchmarks/entities_gum.py ../shared/data/gum [--genres academic,bio,...]

For every document: the unique names the project's ``entities`` table gives per kind, against
the unique names GUM annotates (mentions headed by a proper noun); a name matches when it equals
the other or is a whole-word prefix or suffix of it. Prints precision, recall and F1 per type and
overall (micro), and the seconds taken.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import gum  # noqa: E402


def predicted(text: str) -> dict[str, set[str]]:
    from analysis.article import parse_article
    from analysis.entities import entities

    frame = entities(parse_article(text))
    out: dict[str, set[str]] = {}
    for name, kind in zip(frame["name"], frame["kind"]):
        out.setdefault(kind, set()).add(name)
    return out


def evaluate(docs, predict=predicted) -> Counter:
    totals = Counter()
    for doc in docs:
        for etype, (tp, npred, ngold) in gum.score(gum.names_by_type(doc.text, doc.entities), predict(doc.text)).items():
            totals[etype, "tp"] += tp
            totals[etype, "pred"] += npred
            totals[etype, "gold"] += ngold
    return totals


def report(totals: Counter) -> str:
    lines = [f"{'type':14} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold"]
    for etype in (*gum.TYPES.values(), "overall"):
        keys = gum.TYPES.values() if etype == "overall" else (etype,)
        tp, npred, ngold = (sum(totals[k, f] for k in keys) for f in ("tp", "pred", "gold"))
        p, r = tp / max(npred, 1), tp / max(ngold, 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"{etype:14} {p:6.3f} {r:6.3f} {f:6.3f}   {tp}/{npred}/{ngold}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gum", type=Path)
    ap.add_argument("--genres", help="comma-separated genres (default: all)")
    args = ap.parse_args()
    docs = gum.documents(args.gum, tuple(args.genres.split(",")) if args.genres else None)
    timed_report(docs, predicted)
    return 0


def timed_report(docs, predict) -> None:
    """Score ``predict`` on ``docs`` and print the table and the seconds it took."""
    t0 = time.perf_counter()
    totals = evaluate(docs, predict)
    print(f"{len(docs)} documents")
    print(report(totals))
    print(f"seconds: {time.perf_counter() - t0:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
