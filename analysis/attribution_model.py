"""A learned tagger for attribution spans: who (source), the cue, and what (content).

The tagger is a linear-chain CRF over the word tokens of each paragraph, trained on the PolNeAR
training split (``make train``; the recipe is ``tools/train_attribution.py``). Its weights ship
as ``analysis/data/attribution_crf.json.gz``: plain JSON (no code runs when it is read) with the
training data's hash and the settings in its ``provenance`` field. Scores are added up in NumPy
and decoded by Viterbi (``analysis.crf``), so using the model needs neither CRFsuite nor the corpus.

Labels: ``O`` (outside), ``S`` (source), ``C`` (cue), ``Q`` (content). The feature function
below is the single definition used both for training and for tagging.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import NamedTuple

import numpy as np

from analysis import crf
from analysis.crf import PAD, Sequences, Tagger, neighbour_shapes
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


_FLAGS = ("in", "first", "cue", "pron", "qedgeL", "qedgeR")  # the features only some tokens have, in this order


def _flags(i: int, n: int, low: list[str], inside: Sequence[bool], starts: list[bool], cue_words: frozenset[str]) -> list[str]:
    """The features only some tokens have, in their fixed order (``_FLAGS``)."""
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


Paragraph = tuple[Sequence[Token], Sequence[bool], frozenset[int]]  # tokens, inside quotes, sentence starts


def tag_paragraphs(paragraphs: Sequence[Paragraph], model: Tagger) -> list[list[str]]:
    """Labels for each paragraph: ``model.tag(paragraph_features(...))``, computed faster and for
    all the paragraphs (an article's) at once."""
    return model.tag_table(feature_table(paragraphs, model), [len(p[0]) for p in paragraphs])


# the columns of ``feature_table``: ``paragraph_features`` in its order, a column per flag
_COLUMNS = ("b", "w", "p1", "p2", "n1", "n2", "p1w", "wn1", "s", "ss", "suf", "L", "R", *_FLAGS)


def feature_table(paragraphs: Sequence[Paragraph], model: Tagger) -> np.ndarray:
    """The model's ids of ``paragraph_features`` for every token of ``paragraphs``, a row per token
    and a column per template (``_COLUMNS``); a flag a token lacks is ``model.unknown``, which
    adds nothing.

    The same features (``tests/test_crf.py`` holds the two to the same ids), but almost no string
    is built: the features of one written word (itself, as each neighbour, its shape and suffix)
    are looked up once per distinct word and kept with the model, and pairs of words are found as
    pairs of numbers among the model's pairs, all tokens at once.
    """
    texts = [t.text for tokens, _inside, _starts in paragraphs for t in tokens]
    n = len(texts)
    unknown = model.unknown
    if not n:
        return np.empty((0, len(_COLUMNS)), dtype=np.intp)
    c = _constants(model)
    word, shapes = model.word_rows("attribution words", texts, _word_entry)
    seq = Sequences([len(p[0]) for p in paragraphs])
    inside = np.fromiter(chain.from_iterable(p[1] for p in paragraphs), dtype=bool, count=n)
    starts = np.fromiter((t.start in p[2] for p in paragraphs for t in p[0]), dtype=bool, count=n)
    cue = word[:, _CUE] == 1
    vocab = word[:, _VOCAB]
    left, right = _cue_distances(cue & ~inside, starts | seq.starts())
    # where a quotation opens or closes between a token and its neighbour in the paragraph
    edge_left = seq.shifted(inside, 1, False) != inside
    edge_left[seq.firsts] = False
    edge_right = seq.shifted(inside, -1, False) != inside
    edge_right[seq.lasts] = False
    columns = [
        np.full(n, c.b, dtype=np.intp),
        word[:, 0],
        seq.shifted(word[:, 1], 1, c.p1_pad),
        seq.shifted(word[:, 2], 2, c.p2_pad),
        seq.shifted(word[:, 3], -1, c.n1_pad),
        seq.shifted(word[:, 4], -2, c.n2_pad),
        _pair_ids(c.p1w, seq.shifted(vocab, 1, _PAD_NUMBER), vocab, c.vocab_size, unknown),
        _pair_ids(c.wn1, vocab, seq.shifted(vocab, -1, _PAD_NUMBER), c.vocab_size, unknown),
        word[:, 5],
        neighbour_shapes(model, "attribution shapes", shapes, seq, lambda k: "ss=" + "".join(k)),
        word[:, 6],
        c.lefts.take(np.minimum(left, 8)),
        c.rights.take(np.minimum(right, 8)),
    ]
    for flag, present in zip(c.flags, (inside, starts, cue, word[:, _PRON] == 1, edge_left, edge_right)):
        columns.append(np.where(present, flag, unknown))
    return np.stack(columns, axis=1)


_VOCAB, _CUE, _PRON = 7, 8, 9  # columns of a word's numbers after its seven ids
_PAD_NUMBER = 0  # the number of PAD among the words of the model's pairs


def _word_entry(model: Tagger, text: str) -> tuple[tuple[int, ...], str]:
    """One written word's numbers: its ids (itself, as the word before, two before, after and two
    after, its shape, its suffix), its number in the model's pairs of words (-1: in none), whether
    it is a cue word and a pronoun; and its shape."""
    w, s = text.lower(), _shape(text)
    ids = tuple(model.id(f) for f in ("w=" + w, "p1=" + w, "p2=" + w, "n1=" + w, "n2=" + w, "s=" + s, "suf=" + w[-3:]))
    return (*ids, _constants(model).vocab.get(w, -1), w in model.cue_words, w in _PRONOUNS), s


def _cue_distances(cues: np.ndarray, opens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``_positions``' distances to the nearest of the ``cues`` before and after each token, within
    the stretch (sentence and paragraph) it lies in; a stretch begins where ``opens`` is true.
    99 when there is none. All tokens at once."""
    n = len(cues)
    index = np.arange(n)
    segment_start = np.maximum.accumulate(np.where(opens, index, 0))
    # the last cue strictly before each token, and the first strictly after
    previous = np.full(n, -1, dtype=np.intp)
    previous[1:] = np.maximum.accumulate(np.where(cues, index, -1))[:-1]
    left = np.where(previous >= segment_start, index - previous, 99)
    next_open = np.full(n, n, dtype=np.intp)  # the first token after each that opens a stretch
    next_open[:-1] = np.minimum.accumulate(np.where(opens, index, n)[::-1])[::-1][1:]
    following = np.full(n, n, dtype=np.intp)
    following[:-1] = np.minimum.accumulate(np.where(cues, index, n)[::-1])[::-1][1:]
    right = np.where(following < next_open, following - index, 99)
    return left, right


def _pair_ids(table: tuple[np.ndarray, np.ndarray], first: np.ndarray, second: np.ndarray, size: int, unknown: int) -> np.ndarray:
    """The ids of the word pairs (``first``, ``second``) (numbers in the model's pairs) among the
    model's sorted pair keys; ``unknown`` for a pair it lacks."""
    keys, ids = table
    wanted = np.where((first >= 0) & (second >= 0), first * size + second, -1)
    at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    return np.where(keys[at] == wanted, ids[at], unknown)


class _Constants(NamedTuple):
    b: int
    p1_pad: int
    p2_pad: int
    n1_pad: int
    n2_pad: int
    lefts: np.ndarray
    rights: np.ndarray
    flags: tuple[int, ...]
    vocab: dict[str, int]  # each word in the model's pairs of words, numbered
    vocab_size: int
    p1w: tuple[np.ndarray, np.ndarray]  # the sorted keys (first * vocab_size + second) and their ids
    wn1: tuple[np.ndarray, np.ndarray]


def _constants(model: Tagger) -> _Constants:
    """The ids every paragraph needs and the model's pairs of words as numbers (kept with the model)."""
    found = model.memo.get("attribution ids")
    if found is None:
        vocab: dict[str, int] = {PAD: _PAD_NUMBER}
        pairs: dict[str, list[tuple[int, int, int]]] = {"p1w=": [], "wn1=": []}
        for name, i in model.index.items():
            into = pairs.get(name[:4])
            if into is None:
                continue
            rest = name[4:]
            k = rest.find("|")
            while k >= 0:  # a word may hold "|": every split of the name is a pair it stands for
                into.append((vocab.setdefault(rest[:k], len(vocab)), vocab.setdefault(rest[k + 1 :], len(vocab)), i))
                k = rest.find("|", k + 1)
        size = len(vocab)

        def table(found_pairs):
            if not found_pairs:  # a model without pairs: one key no pair can have
                return np.array([-2], dtype=np.int64), np.array([model.unknown], dtype=np.intp)
            keys = np.array([a * size + b for a, b, _ in found_pairs], dtype=np.int64)
            ids = np.array([i for _, _, i in found_pairs], dtype=np.intp)
            order = np.argsort(keys, kind="stable")
            return keys[order], ids[order]

        found = model.memo["attribution ids"] = _Constants(
            model.id("b"),
            model.id("p1=" + PAD),
            model.id("p2=" + PAD),
            model.id("n1=" + PAD),
            model.id("n2=" + PAD),
            np.array([model.id(f) for f in _LEFT], dtype=np.intp),
            np.array([model.id(f) for f in _RIGHT], dtype=np.intp),
            tuple(model.id(f) for f in _FLAGS),
            vocab,
            size,
            table(pairs["p1w="]),
            table(pairs["wn1="]),
        )
    return found


def tagger() -> Tagger:
    """The attribution model in use (the shipped one unless ``crf.using`` says otherwise)."""
    return crf.load(MODEL_FILE)


def using(model: Tagger):
    """Use ``model`` instead of the shipped attribution model inside a ``with`` block."""
    return crf.using(MODEL_FILE, model)
