"""Train the entity tagger on GUM's named people, places and organisations; write the shipped model.

    python tools/train_entities.py ../shared/data/gum                 # writes analysis/data/entities_crf.json.gz
    python tools/train_entities.py ../shared/data/gum --cv 5          # cross-validation only, writes nothing
    python tools/train_entities.py ../shared/data/gum --cv 5 --set c2=0.1   # the same with other settings

The shipped model is trained on the genres whose texts are CC BY or CC BY-SA (academic, bio,
court, interview, voyage; see the corpus's LICENSE.txt). ``--cv K`` splits those documents into
K folds by name, trains on K-1 and scores the project's ``entities`` table (rules and model
together) on the held-out fold at document level; it also scores, with the model trained on all
of them, the genres never used for training (fiction, how-to guides, letters, speeches, ...),
which stand in for text the model has not seen.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import gum  # noqa: E402
from crf_train import encode, train_crf, version, write_model  # noqa: E402
from entities_gum import evaluate, report  # noqa: E402

from analysis import crf  # noqa: E402
from analysis import entity_model as em  # noqa: E402
from analysis.article import parse_article  # noqa: E402

SETTINGS = {"algorithm": "lbfgs", "c1": 0.1, "c2": 0.01, "max_iterations": 150, "weight_digits": 4}
LABEL_OF = {"person": "P", "place": "L", "organization": "G"}


def sequences(docs):
    """(features, labels) for every sentence of every document."""
    for doc in docs:
        article = parse_article(doc.text)
        for sentence in article.sentences:
            tokens = article.tokens_in(sentence.start, sentence.end)
            if not tokens:
                continue
            labels = []
            for t in tokens:
                lab = "O"
                for s, e, etype in doc.entities:
                    if s < t.end and t.start < e:
                        lab = LABEL_OF[etype]
                        break
                labels.append(lab)
            yield em.sentence_features(tokens), labels


def train(docs, provenance: dict, settings: dict = SETTINGS) -> dict:
    return train_crf(sequences(docs), em.LABELS, settings, {"provenance": provenance})


def chosen_settings(pairs: list[str]) -> dict:
    """SETTINGS with ``name=value`` pairs from the command line in place of their defaults."""
    settings = dict(SETTINGS)
    for pair in pairs:
        name, _, value = pair.partition("=")
        if name not in settings or not value:
            raise SystemExit(f"train_entities: --set wants one of {', '.join(settings)} as name=value, got {pair!r}")
        settings[name] = type(settings[name])(value)
    return settings


def data_hash(folder: Path, docs) -> str:
    h = hashlib.sha256()
    for doc in docs:
        h.update((folder / (doc.name + ".conllu")).read_bytes())
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gum", type=Path, help="the GUM folder (CoNLL-U files)")
    ap.add_argument("--out", type=Path, default=ROOT / "analysis" / "data" / em.MODEL_FILE)
    ap.add_argument("--cv", type=int, default=0)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a training setting other than SETTINGS'")
    args = ap.parse_args()
    settings = chosen_settings(args.set)

    docs = gum.documents(args.gum, gum.SHIPPABLE)
    if args.cv:
        pooled = Counter()
        for k in range(args.cv):
            held = [d for i, d in enumerate(docs) if i % args.cv == k]
            rest = [d for i, d in enumerate(docs) if i % args.cv != k]
            with em.using(crf.Tagger(train(rest, {}, settings))):
                totals = evaluate(held)
            pooled.update(totals)
            print(f"fold {k} done", flush=True)
        print("cross-validation on the training genres (" + ", ".join(gum.SHIPPABLE) + "):")
        print(report(pooled))
        others = [d for d in gum.documents(args.gum) if d.genre not in gum.SHIPPABLE]
        with em.using(crf.Tagger(train(docs, {}, settings))):
            print(f"genres never trained on ({len(others)} documents):")
            print(report(evaluate(others)))
        return 0
    provenance = {
        "data": "GUM corpus (Zeldes 2017), named person/place/organization mentions; genres " + ", ".join(gum.SHIPPABLE),
        "documents": len(docs),
        "sha256": data_hash(args.gum, docs),
        "settings": settings,
        "trainer": version(),
        "recipe": "tools/train_entities.py",
    }
    data = encode(train(docs, provenance, settings))
    write_model(args.out, data)
    print(f"wrote {args.out} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
