"""A learned tagger for attribution spans: who (source), the cue, and what (content).

The tagger is a linear-chain CRF over the word tokens of each paragraph, trained on the PolNeAR
training split (``make train``; the recipe is ``tools/train_attribution.py``). Its weights ship
as ``analysis/data/attribution_crf.json.gz``: plain JSON (no code runs when it is read) with the
training data's hash and the settings in its ``provenance`` field. Decoding is Viterbi in NumPy,
so using the model needs neither CRFsuite nor the corpus.

Labels: ``O`` (outside), ``S`` (source), ``C`` (cue), ``Q`` (content). The feature function
below is the single definition used both for training and for tagging.
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

MODEL_FILE = "attribution_crf.json.gz"
LABELS = ("O", "S", "C", "Q")
_PRONOUNS = frozenset("he she they i we you it".split())
_CLOSERS = frozenset("”\"'’")
_OPENERS = frozenset("“\"'‘")


def _shape(word: str) -> str:
    if word[:1].isupper():
        return "X" if word.isupper() and len(word) > 1 else "Xx"
    if word[:1].isdigit():
        return "d"
    if word[:1].isalpha():
        return "x"
    return word if len(word) == 1 else "p"


def paragraph_features(
    tokens: Sequence[Token], inside: Sequence[bool], sentence_starts: frozenset[int], cue_words: frozenset[str]
) -> list[list[str]]:
    """Feature strings for every token of one paragraph.

    ``inside`` flags tokens within quotation marks, ``sentence_starts`` holds the offsets where
    sentences begin, and ``cue_words`` is the model's learned list of words that often act as
    cues. Features look at the word, its neighbours, its shape, quotation marks, the sentence
    position and how far the nearest likely cue lies on either side within the sentence.
    """
    n = len(tokens)
    low = [t.text.lower() for t in tokens]
    shapes = [_shape(t.text) for t in tokens]
    starts = [t.start in sentence_starts for t in tokens]
    # distance (in tokens) to the nearest cue word before / after, within the sentence
    left = [99] * n
    last = -1
    for i in range(n):
        if starts[i]:
            last = -1
        left[i] = i - last if last >= 0 else 99
        if low[i] in cue_words and not inside[i]:
            last = i
    right = [99] * n
    nxt = -1
    for i in range(n - 1, -1, -1):
        right[i] = nxt - i if nxt >= 0 else 99
        if low[i] in cue_words and not inside[i]:
            nxt = i
        if starts[i]:
            nxt = -1
    feats = []
    pad = "<s>"
    for i in range(n):
        w = low[i]
        p1 = low[i - 1] if i > 0 else pad
        p2 = low[i - 2] if i > 1 else pad
        n1 = low[i + 1] if i + 1 < n else pad
        n2 = low[i + 2] if i + 2 < n else pad
        s = shapes[i]
        f = [
            "b",
            "w=" + w,
            "p1=" + p1,
            "p2=" + p2,
            "n1=" + n1,
            "n2=" + n2,
            "p1w=" + p1 + "|" + w,
            "wn1=" + w + "|" + n1,
            "s=" + s,
            "ss=" + (shapes[i - 1] if i else pad) + s + (shapes[i + 1] if i + 1 < n else pad),
            "suf=" + w[-3:],
            "L=" + str(min(left[i], 8)),
            "R=" + str(min(right[i], 8)),
        ]
        if inside[i]:
            f.append("in")
        if starts[i]:
            f.append("first")
        if w in cue_words:
            f.append("cue")
        if w in _PRONOUNS:
            f.append("pron")
        if i > 0 and inside[i] != inside[i - 1]:
            f.append("qedgeL")
        if i + 1 < n and inside[i] != inside[i + 1]:
            f.append("qedgeR")
        feats.append(f)
    return feats


class Tagger:
    """CRF weights and Viterbi decoding (the ``O``, ``S``, ``C``, ``Q`` labels)."""

    def __init__(self, data: dict):
        self.labels = tuple(data["labels"])
        self.cue_words = frozenset(data["cue_words"])
        self.transitions = np.asarray(data["transitions"], dtype=np.float64)
        names = data["features"]
        self.index = {name: i for i, name in enumerate(names)}
        weights = np.asarray(data["weights"], dtype=np.float64).reshape(len(names), len(self.labels))
        # one zero row at the end stands for every feature the model has no weight for
        self.weights = np.vstack([weights, np.zeros((1, len(self.labels)))])
        self.provenance = data.get("provenance", {})

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
        trans = self.transitions
        score = emit[0].copy()
        back = np.zeros((n, len(self.labels)), dtype=np.int64)
        for i in range(1, n):
            cand = score[:, None] + trans
            back[i] = cand.argmax(axis=0)
            score = cand.max(axis=0) + emit[i]
        best = [int(score.argmax())]
        for i in range(n - 1, 0, -1):
            best.append(int(back[i, best[-1]]))
        best.reverse()
        return [self.labels[k] for k in best]


_override: list[Tagger] = []


@contextmanager
def using(model: Tagger):
    """Use ``model`` instead of the shipped one inside a ``with`` block (training and evaluation)."""
    _override.append(model)
    try:
        yield model
    finally:
        _override.pop()


def tagger() -> Tagger:
    """The model in use: the shipped one, loaded once on first use, unless ``using`` says otherwise."""
    return _override[-1] if _override else _shipped()


@cache
def _shipped() -> Tagger:
    raw = resources.files("analysis.data").joinpath(MODEL_FILE).read_bytes()
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
