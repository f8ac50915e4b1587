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
from itertools import chain

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
    starts, left, right = _positions(tokens, low, inside, sentence_starts, cue_words)
    pad = PAD
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
        f.extend(_flags(i, n, low, inside, starts, cue_words))
    return feats


PAD = "<s>"  # the neighbour beyond a paragraph's edge


def _positions(
    tokens: Sequence[Token], low: list[str], inside: Sequence[bool], sentence_starts: frozenset[int], cue_words: frozenset[str]
):
    """Which tokens start a sentence, and the distances (in tokens) to the nearest cue word before
    and after, within the sentence."""
    n = len(tokens)
    starts = [t.start in sentence_starts for t in tokens]
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
    return starts, left, right


def _flags(i: int, n: int, low: list[str], inside: Sequence[bool], starts: list[bool], cue_words: frozenset[str]) -> list[str]:
    """The features only some tokens have, in their fixed order."""
    flags = []
    if inside[i]:
        flags.append("in")
    if starts[i]:
        flags.append("first")
    if low[i] in cue_words:
        flags.append("cue")
    if low[i] in _PRONOUNS:
        flags.append("pron")
    if i > 0 and inside[i] != inside[i - 1]:
        flags.append("qedgeL")
    if i + 1 < n and inside[i] != inside[i + 1]:
        flags.append("qedgeR")
    return flags


def tag_paragraph(tokens: Sequence[Token], inside: Sequence[bool], sentence_starts: frozenset[int], model: Tagger) -> list[str]:
    """Labels for one paragraph: ``model.tag(paragraph_features(...))``, computed faster."""
    return model.tag_ids(*paragraph_ids(tokens, inside, sentence_starts, model))


def paragraph_ids(
    tokens: Sequence[Token], inside: Sequence[bool], sentence_starts: frozenset[int], model: Tagger
) -> tuple[list[int], list[int]]:
    """The model's ids of ``paragraph_features``, in the same order, and how many each token has.

    The same features (``tests/test_crf.py`` holds the two to the same ids), but most strings are
    never built: the features of one written word (itself, as each neighbour, its shape and
    suffix) are looked up once per distinct word and kept with the model. Only the pairs of words
    and of shapes are built for each token.
    """
    n = len(tokens)
    if not n:
        return [], []
    constant = _constant_ids(model)
    entries = model.per_word("attribution words", [t.text for t in tokens], _word_entry)
    low = [e[7] for e in entries]
    shapes = [e[8] for e in entries]
    starts, left, right = _positions(tokens, low, inside, sentence_starts, model.cue_words)
    b, p1_pad, p2_pad, n1_pad, n2_pad, lefts, rights = constant
    pad = PAD
    before, after = [pad, *low[:-1]], [*low[1:], pad]
    around = [pad, *shapes, pad]
    triples = model.memo["attribution shapes"]  # a shape and its neighbours' (few: all kept)
    ss = [triples.get(k) or _shape_entry(model, triples, k) for k in zip(around, shapes, around[2:])]
    p1s = [p1_pad, *(e[1] for e in entries[:-1])]
    p2s = [p2_pad, p2_pad, *(e[2] for e in entries)][:n]
    n1s = [*(e[3] for e in entries[1:]), n1_pad]
    n2s = [*(e[4] for e in entries[2:]), n2_pad, n2_pad][:n]
    get, unknown = model.index.get, model.unknown
    rows = [
        [
            b,
            e[0],
            p1,
            p2,
            n1,
            n2,
            get(f"p1w={wb}|{w}", unknown),  # pairs of words: too many to keep, looked up each time
            get(f"wn1={w}|{wa}", unknown),
            e[5],
            shape3,
            e[6],
            lefts[lt if lt < 8 else 8],
            rights[rt if rt < 8 else 8],
        ]
        for e, p1, p2, n1, n2, w, wb, wa, shape3, lt, rt in zip(entries, p1s, p2s, n1s, n2s, low, before, after, ss, left, right)
    ]
    for i, row in enumerate(rows):
        flags = _flags(i, n, low, inside, starts, model.cue_words)
        if flags:
            row.extend(map(model.id, flags))
    return list(chain.from_iterable(rows)), list(map(len, rows))


def _word_entry(model: Tagger, text: str) -> tuple:
    """One written word's ids (itself, as the word before, two before, after and two after, its
    shape, its suffix), then its lower case and its shape."""
    w, s = text.lower(), _shape(text)
    return (*(model.id(f) for f in ("w=" + w, "p1=" + w, "p2=" + w, "n1=" + w, "n2=" + w, "s=" + s, "suf=" + w[-3:])), w, s)


def _shape_entry(model: Tagger, triples: dict, key: tuple[str, str, str]) -> int:
    found = triples[key] = model.id("ss=" + "".join(key))
    return found


def _constant_ids(model: Tagger) -> tuple:
    """The ids of the features every paragraph has (kept with the model)."""
    found = model.memo.get("attribution ids")
    if found is None:
        found = model.memo["attribution ids"] = (
            model.id("b"),
            model.id("p1=" + PAD),
            model.id("p2=" + PAD),
            model.id("n1=" + PAD),
            model.id("n2=" + PAD),
            tuple(map(model.id, _LEFT)),
            tuple(map(model.id, _RIGHT)),
        )
        model.memo["attribution shapes"] = {}
    return found


def tagger() -> Tagger:
    """The attribution model in use (the shipped one unless ``crf.using`` says otherwise)."""
    return crf.load(MODEL_FILE)


def using(model: Tagger):
    """Use ``model`` instead of the shipped attribution model inside a ``with`` block."""
    return crf.using(MODEL_FILE, model)
