"""Train a CRFsuite model and export it as the project's plain-JSON model format.

Shared by ``train_attribution.py`` and ``train_entities.py``. L-BFGS on the sequences in the
order given is deterministic, and the export sorts keys, rounds weights and writes a gzip
header without a time stamp, so the same data and settings give the same bytes.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Iterable, Sequence


def train_crf(sequences: Iterable[tuple[list[list[str]], list[str]]], labels: Sequence[str], settings: dict, extra: dict) -> dict:
    """Fit a CRF on (feature lists, labels) sequences; return the model as a JSON-ready dict."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences:
        trainer.append(xseq, yseq)
    trainer.select(settings["algorithm"])
    trainer.set_params(
        {
            "c1": settings["c1"],
            "c2": settings["c2"],
            "max_iterations": settings["max_iterations"],
            "feature.possible_transitions": True,
        }
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
    labels = list(labels)
    digits = settings["weight_digits"]
    trans = [[round(info.transitions.get((a, b), 0.0), digits) for b in labels] for a in labels]
    feats: dict[str, list[float]] = {}
    for (attr, label), w in info.state_features.items():
        feats.setdefault(attr, [0.0] * len(labels))[labels.index(label)] = round(w, digits)
    names = sorted(k for k, v in feats.items() if any(v))
    return {"labels": labels, "transitions": trans, "features": names, "weights": [w for k in names for w in feats[k]], **extra}


def encode(model: dict) -> bytes:
    raw = json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


def version() -> str:
    from importlib.metadata import version as dist_version

    return "python-crfsuite (CRFsuite) " + dist_version("python-crfsuite")


def write_model(path, data: bytes) -> None:
    """Write the model file whole or not at all (a temporary file renamed into place)."""
    from pathlib import Path

    path = Path(path)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
