"""Train the attribution tagger on PolNeAR's training split and write the shipped model.

    python tools/train_attribution.py ../shared/benchmarks/quotes/polnear-train            # writes the model
    python tools/train_attribution.py ../shared/benchmarks/quotes/polnear-train --cv 5     # cross-validation only
    python tools/train_attribution.py TRAIN --confirm ../shared/benchmarks/quotes/polnear-dev

The model is a linear-chain CRF (CRFsuite, L-BFGS, deterministic) over the token features of
``analysis.attribution_model.paragraph_features``. Gold labels come from the brat annotations:
cue tokens ``C``, source tokens ``S``, content tokens ``Q`` (in that order of precedence where
nested attributions overlap). The written file is gzip'd JSON with a fixed gzip header, sorted
keys and rounded weights, so the same data and settings give the same bytes.

``--cv K`` splits the articles into K folds by name (deterministic), trains on K-1 and scores the
full ``quotes`` pipeline on the held-out fold with PolNeAR's own scoring script (imported from
beside the data), and prints the four measures per fold and pooled. This is how variants are
chosen; ``--confirm DIR`` scores the model trained on all of TRAIN on another split (look, do not
tune).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from crf_train import encode, train_crf, version, write_model  # noqa: E402

from analysis import attribution_model as am  # noqa: E402
from analysis import crf  # noqa: E402
from analysis import quotes as q  # noqa: E402
from analysis.article import parse_article  # noqa: E402

SETTINGS = {
    "algorithm": "lbfgs",
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 150,
    "cue_min_count": 3,
    "cue_min_ratio": 0.15,
    "weight_digits": 4,
}


def parse_ann(path: Path) -> list[dict]:
    """Attributions of a brat file: {source, cue, content}, each a list of (start, end)."""
    spans, attrs = {}, []
    records = re.split(r"\n(?=[A-Z#]\d*\t)", path.read_text(encoding="utf-8"))
    for rec in records:
        fields = rec.split("\t")
        if rec.startswith("T"):
            locs = fields[1].split(" ", 1)[1]
            spans[fields[0]] = [tuple(map(int, loc.split())) for loc in locs.split(";")]
        elif rec.startswith("E"):
            attrs.append(dict(p.split(":", 1) for p in fields[1].split()))
    return [
        {
            "source": spans.get(r.get("Source"), []),
            "cue": spans.get(r.get("Cue"), []),
            "content": spans.get(r.get("Content"), []) + spans.get(r.get("Content2"), []),
        }
        for r in attrs
    ]


def load_split(split: Path) -> list[dict]:
    """Articles with their first annotation file (alphabetically, as the scoring script does)."""
    anns: dict[str, str] = {}
    for fn in sorted(os.listdir(split / "attributions")):
        if fn.endswith(".ann"):
            anns.setdefault(fn.rsplit("_", 1)[0], fn)
    out = []
    for name, fn in sorted(anns.items()):
        path = split / "text" / (name + ".txt")
        text = path.read_text(encoding="utf-8")
        out.append({"name": name, "path": str(path), "text": text, "attrs": parse_ann(split / "attributions" / fn)})
    return out


def data_hash(articles: list[dict], split: Path) -> str:
    h = hashlib.sha256()
    for a in articles:
        h.update(a["name"].encode())
        h.update(a["text"].encode())
    for fn in sorted(os.listdir(split / "attributions")):
        h.update(fn.encode())
        h.update((split / "attributions" / fn).read_bytes())
    return h.hexdigest()


def paragraph_units(article):
    """(tokens, inside flags, sentence starts) for every paragraph of an Article."""
    starts = frozenset(s.start for s in article.sentences)
    for p in article.paragraphs:
        tokens = list(article.tokens_in(p.start, p.end))
        if not tokens:
            continue
        spans = q.quote_spans(article.text, p.start, p.end)
        yield tokens, q.inside_quotes(tokens, spans), starts


def gold_labels(tokens, attrs) -> list[str]:
    labels = []
    for t in tokens:
        lab = "O"
        for kind, name in (("cue", "C"), ("source", "S"), ("content", "Q")):
            if any(s < t.end and t.start < e for a in attrs for s, e in a[kind]):
                lab = name
                break
        labels.append(lab)
    return labels


def sequences(articles: list[dict]) -> list[tuple[list, list[str]]]:
    """(tokens, inside, starts, gold labels) per paragraph of every article."""
    out = []
    for a in articles:
        art = parse_article(a["text"], a["path"])
        for tokens, inside, starts in paragraph_units(art):
            out.append((tokens, inside, starts, gold_labels(tokens, a["attrs"])))
    return out


def learn_cue_words(seqs) -> list[str]:
    seen, cue = Counter(), Counter()
    for tokens, inside, _starts, labels in seqs:
        for t, ins, lab in zip(tokens, inside, labels):
            if ins or t.kind != "word":
                continue
            w = t.text.lower()
            seen[w] += 1
            cue[w] += lab == "C"
    return sorted(w for w, c in cue.items() if c >= SETTINGS["cue_min_count"] and c / seen[w] >= SETTINGS["cue_min_ratio"])


def train(seqs, provenance: dict) -> dict:
    cue_words = learn_cue_words(seqs)
    cues = frozenset(cue_words)
    data = ((am.paragraph_features(tokens, inside, starts, cues), labels) for tokens, inside, starts, labels in seqs)
    return train_crf(data, am.LABELS, SETTINGS, {"cue_words": cue_words, "provenance": provenance})


def score_split(articles: list[dict], model: dict, split_dir: Path) -> dict:
    """PolNeAR's own measures for the quotes pipeline using ``model``, on ``articles``."""
    sys.path.insert(0, str(split_dir.parent))
    import polnear_eval as pe

    tagger = crf.Tagger(model)
    gold = [dict(name=a["name"], path=a["path"], text=a["text"], attrs=pe.parse_ann(_ann_path(split_dir, a))) for a in articles]
    for g in gold:
        g["quotes"] = pe.gold_quotes(g["text"], g["attrs"])
    got = {}
    with am.using(tagger):
        for a in articles:
            art = parse_article(a["text"], a["path"])
            got[a["name"]] = q.quote_records(art)
    return pe.score(gold, got)


def _ann_path(split_dir: Path, a: dict) -> str:
    return str(sorted((split_dir / "attributions").glob(a["name"] + "_*.ann"))[0])


def measures(m: dict) -> dict:
    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0

    p, r = m["tp"] / max(m["pred"], 1), m["tp"] / max(m["gold"], 1)
    jp = m["spk_ok"] / max(m["pred"] - m["tp_nosrc"], 1)
    jr = m["spk_ok"] / max(m["gold_src"], 1)
    return {
        "direct_f1": round(f1(p, r), 4),
        "speaker_acc": round(m["spk_ok"] / max(m["spk_n"], 1), 4),
        "joint_f1": round(f1(jp, jr), 4),
        "attr_recall": round(m["attrs_found"] / max(m["attrs"], 1), 4),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("train", type=Path, help="PolNeAR training split (text/ and attributions/)")
    ap.add_argument("--out", type=Path, default=ROOT / "analysis" / "data" / am.MODEL_FILE)
    ap.add_argument("--cv", type=int, default=0, help="K-fold cross-validation on TRAIN; writes nothing")
    ap.add_argument("--confirm", type=Path, help="score the model trained on TRAIN on this split")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles (quick trials)")
    args = ap.parse_args()

    articles = load_split(args.train)
    if args.limit:
        articles = articles[: args.limit]
    if args.cv:
        pooled = Counter()
        for k in range(args.cv):
            held = [a for i, a in enumerate(articles) if i % args.cv == k]
            rest = [a for i, a in enumerate(articles) if i % args.cv != k]
            model = train(sequences(rest), {})
            m = score_split(held, model, args.train)
            pooled.update(m)
            print(f"fold {k}: {measures(m)}", flush=True)
        print(f"pooled: {measures(pooled)}")
        return 0
    provenance = {
        "data": "PolNeAR training split (Newell, Margolin & Ruths, LREC 2018), first annotation file per article",
        "articles": len(articles),
        "sha256": data_hash(articles, args.train),
        "settings": SETTINGS,
        "trainer": version(),
        "recipe": "tools/train_attribution.py",
    }
    model = train(sequences(articles), provenance)
    data = encode(model)
    if args.confirm:
        dev = load_split(args.confirm)
        print(f"confirm on {args.confirm.name}: {measures(score_split(dev, model, args.confirm))}")
    write_model(args.out, data)
    print(f"wrote {args.out} ({len(data):,} bytes, {len(model['features']):,} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
