"""Linear-chain CRF weights shipped as plain JSON, and Viterbi decoding in NumPy.

The project's learned taggers (attribution spans, entity names) are trained with CRFsuite by the
scripts in ``tools/`` and exported as gzip'd JSON: label names, transition weights, feature names
and their weights, the training data's hash and the settings (``provenance``). Reading a model
runs no code, and tagging needs neither CRFsuite nor the training data.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from contextlib import contextmanager
from functools import cache
from importlib import resources

import numpy as np

from analysis.tokens import Token


class Tagger:
    """CRF weights and Viterbi decoding."""

    def __init__(self, data: dict):
        self.labels = tuple(data["labels"])
        self.cue_words = frozenset(data.get("cue_words", ()))
        self.transitions = np.asarray(data["transitions"], dtype=np.float64)
        names = data["features"]
        self.index = {name: i for i, name in enumerate(names)}
        weights = np.asarray(data["weights"], dtype=np.float64).reshape(len(names), len(self.labels))
        # one zero row at the end stands for every feature the model has no weight for
        self.weights = np.vstack([weights, np.zeros((1, len(self.labels)))])
        self.provenance = data.get("provenance", {})
        self._trans_columns = self.transitions.T.tolist()  # [to][from]

    def tag(self, features: list[list[str]]) -> list[str]:
        """The most likely label sequence for a paragraph's feature lists."""
        n = len(features)
        if not n:
            return []
        missing = len(self.weights) - 1
        get = self.index.get
        ids = [get(name, missing) for f in features for name in f]
        offsets = np.cumsum([0] + [len(f) for f in features[:-1]])
        emit = np.add.reduceat(self.weights[ids], offsets, axis=0)
        # Viterbi in plain Python: with a handful of labels this beats NumPy's per-call overhead
        rows = emit.tolist()
        trans = self._trans_columns
        labels = range(len(self.labels))
        score = rows[0]
        back = []
        for i in range(1, n):
            e = rows[i]
            new, pointers = [], []
            for b in labels:
                column = trans[b]
                best_a, best_v = 0, score[0] + column[0]
                for a in labels[1:]:
                    v = score[a] + column[a]
                    if v > best_v:
                        best_a, best_v = a, v
                new.append(best_v + e[b])
                pointers.append(best_a)
            score = new
            back.append(pointers)
        k = max(labels, key=lambda j: (score[j], -j))
        best = [k]
        for pointers in reversed(back):
            k = pointers[k]
            best.append(k)
        best.reverse()
        return [self.labels[k] for k in best]


_override: dict[str, list[Tagger]] = {}


@contextmanager
def using(name: str, model: Tagger):
    """Use ``model`` instead of the shipped file ``name`` inside a ``with`` block (training, evaluation)."""
    _override.setdefault(name, []).append(model)
    try:
        yield model
    finally:
        _override[name].pop()


def load(name: str) -> Tagger:
    """The model in ``analysis/data/NAME`` (loaded once, on first use), unless ``using`` says otherwise."""
    stack = _override.get(name)
    return stack[-1] if stack else _shipped(name)


@cache
def _shipped(name: str) -> Tagger:
    raw = resources.files("analysis.data").joinpath(name).read_bytes()
    return Tagger(json.loads(gzip.decompress(raw)))


def spans(labels: Sequence[str], tokens: Sequence[Token]) -> list[tuple[str, int, int, int, int]]:
    """Runs of one label other than ``O``: (label, start offset, end offset, first token, last token + 1)."""
    out = []
    i, n = 0, len(labels)
    while i < n:
        lab = labels[i]
        j = i + 1
        while j < n and labels[j] == lab:
            j += 1
        if lab != "O":
            out.append((lab, tokens[i].start, tokens[j - 1].end, i, j))
        i = j
    return out
