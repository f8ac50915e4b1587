"""A learned tagger for attribution spans: who (source), the cue, and what (content).

The tagger is a linear-chain CRF over the word tokens of each paragraph, trained on the PolNeAR
training split (``make train``; the recipe is ``tools/train_attribution.py``). Its weights ship
as ``analysis/data/attribution_crf.json.gz``: plain JSON (no code runs when it is read) with the
training data's hash and the settings in its ``provenance`` field. Decoding is Viterbi in NumPy,
so using the model needs neither CRFsuite nor the corpus (``analysis.crf``).

Labels: ``O`` (outside), ``S`` (source), ``C`` (cue), ``Q`` (content). The feature function
below is the single definition used both for training and for tagging.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis import crf
from analysis.crf import Tagger
from analysis.tokens import Token

MODEL_FILE = "attribution_crf.json.gz"
LABELS = ("O", "S", "C", "Q")
_PRONOUNS = frozenset("he she they i we you it".split())
# distance to the nearest cue word, capped at 8: the feature strings, made once
_LEFT = tuple(f"L={k}" for k in range(9))
_RIGHT = tuple(f"R={k}" for k in range(9))


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
    pad = "<s>"
    before, after = [pad, *low[:-1]], [*low[1:], pad]
    before2, after2 = [pad, pad, *low][:n], [*low[2:], pad, pad][:n]
    around = [pad, *shapes, pad]
    # the features every token has, column by column; then the flags some tokens have
    feats = [
        ["b", "w=" + w, "p1=" + p1, "p2=" + p2, "n1=" + n1, "n2=" + n2, "p1w=" + p1 + "|" + w, "wn1=" + w + "|" + n1]
        for w, p1, p2, n1, n2 in zip(low, before, before2, after, after2)
    ]
    for f, w, s, sp, sn, lt, rt in zip(feats, low, shapes, around, around[2:], left, right):
        f += ("s=" + s, "ss=" + sp + s + sn, "suf=" + w[-3:], _LEFT[lt if lt < 8 else 8], _RIGHT[rt if rt < 8 else 8])
    for i, f in enumerate(feats):
        if inside[i]:
            f.append("in")
        if starts[i]:
            f.append("first")
        if low[i] in cue_words:
            f.append("cue")
        if low[i] in _PRONOUNS:
            f.append("pron")
        if i > 0 and inside[i] != inside[i - 1]:
            f.append("qedgeL")
        if i + 1 < n and inside[i] != inside[i + 1]:
            f.append("qedgeR")
    return feats


def tagger() -> Tagger:
    """The attribution model in use (the shipped one unless ``crf.using`` says otherwise)."""
    return crf.load(MODEL_FILE)


def using(model: Tagger):
    """Use ``model`` instead of the shipped attribution model inside a ``with`` block."""
    return crf.using(MODEL_FILE, model)
