"""Linear-chain CRF weights shipped as plain JSON: emission scores in NumPy, Viterbi decoding in Python.

The project's learned taggers (attribution spans, entity names) are trained with CRFsuite by the
scripts in ``tools/`` and exported as gzip'd JSON: label names, transition weights, feature names
and their weights, the training data's hash and the settings (``provenance``). Reading a model
runs no code, and tagging needs neither CRFsuite nor the training data.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from functools import cache
from importlib import resources
from itertools import chain

import numpy as np

from analysis.tokens import Token

MAX_CACHED_WORDS = 100_000  # distinct written words whose ids a model keeps (about 25 MB)


class Tagger:
    """CRF weights and Viterbi decoding."""

    def __init__(self, data: dict):
        self.labels = tuple(data["labels"])
        self.cue_words = frozenset(data.get("cue_words", ()))
        self.transitions = np.asarray(data["transitions"], dtype=np.float64)
        names = data["features"]
        self.index = dict(zip(names, range(len(names))))
        weights = np.asarray(data["weights"], dtype=np.float64).reshape(len(names), len(self.labels))
        # one zero row at the end stands for every feature the model has no weight for
        self.weights = np.vstack([weights, np.zeros((1, len(self.labels)))])
        self.provenance = data.get("provenance", {})
        self._trans_columns = self.transitions.T.tolist()  # [to][from]
        self.unknown = len(self.weights) - 1  # the id of every feature the model has no weight for
        self.memo: dict = {}  # room for the feature code's caches of ids, which belong to this model

    def id(self, feature: str) -> int:
        """A feature's row in the weights (``unknown`` when the model has none for it)."""
        return self.index.get(feature, self.unknown)

    def per_word(self, key: str, words: Iterable[str], build: Callable[[Tagger, str], tuple]) -> list[tuple]:
        """``build(self, word)`` for each word, computed once per distinct word and kept in
        ``memo[key]`` (the feature code's ids of a written word); after ``MAX_CACHED_WORDS``
        distinct words the cache starts again, so memory stays bounded on any corpus."""
        cache = self.memo.get(key)
        if cache is None:
            cache = self.memo[key] = {}
        out = []
        for word in words:
            entry = cache.get(word)
            if entry is None:
                if len(cache) > MAX_CACHED_WORDS:
                    cache.clear()
                entry = cache[word] = build(self, word)
            out.append(entry)
        return out

    def word_rows(self, key: str, words: Sequence[str], build: Callable[[Tagger, str], tuple[tuple[int, ...], object]]):
        """``per_word`` for feature code whose entries are numbers: ``build(self, word)`` gives a
        word's numbers and one other value. Returns the numbers of all ``words`` as the rows of one
        array, and the other values as a list. A word's numbers are computed once and kept in a
        table with the model (``memo[key]``), which starts again after ``MAX_CACHED_WORDS`` words."""
        state = self.memo.get(key)
        if state is None or len(state.rows) + len(words) > MAX_CACHED_WORDS:
            state = self.memo[key] = _WordTable()
        rows = state.rows
        numbers, extras, fresh = [], [], []
        for word in words:
            entry = rows.get(word)
            if entry is None:
                values, extra = build(self, word)
                entry = rows[word] = (len(rows), extra)
                fresh.append(values)
            numbers.append(entry[0])
            extras.append(entry[1])
        if fresh:
            state.add(np.array(fresh, dtype=np.intp))
        return state.table.take(np.fromiter(numbers, dtype=np.intp, count=len(numbers)), axis=0), extras

    def tag(self, features: list[list[str]]) -> list[str]:
        """The most likely label sequence for a paragraph's feature lists."""
        if not features:
            return []
        return self.tag_ids([self.index.get(f, self.unknown) for f in chain.from_iterable(features)], list(map(len, features)))

    def tag_ids(self, ids: Sequence[int], lengths: Sequence[int]) -> list[str]:
        """``tag`` for features already turned into ids: every token's ids in a row, and how many each has."""
        if not lengths:
            return []
        table = np.full((len(lengths), max(lengths)), self.unknown, dtype=np.intp)
        table[np.arange(table.shape[1]) < np.asarray(lengths)[:, None]] = ids
        return self.tag_table(table, [len(lengths)])[0]

    def emissions(self, table: np.ndarray) -> np.ndarray:
        """Each token's score per label: the weights of the feature ids in its row of ``table`` added
        left to right (``unknown`` pads a row and adds nothing). One order of addition everywhere,
        so every way of getting the ids gives the same scores to the last bit."""
        return self.weights.take(table, axis=0).sum(axis=1)

    def tag_table(self, table: np.ndarray, lengths: Sequence[int]) -> list[list[str]]:
        """Labels for consecutive sequences of ``lengths`` tokens, whose feature ids are the rows of ``table``."""
        emit = self.emissions(table).tolist()
        decode = _viterbi4 if len(self.labels) == 4 else viterbi
        labels, trans = self.labels, self._trans_columns
        out, start = [], 0
        for n in lengths:
            out.append([labels[k] for k in decode(emit[start : start + n], trans)] if n else [])
            start += n
        return out


class Sequences:
    """Where consecutive sequences of tokens (an article's paragraphs or sentences) begin and end,
    for features computed for all their tokens at once that look at a token's neighbours."""

    def __init__(self, lengths: Sequence[int]):
        sizes = np.asarray(lengths, dtype=np.intp).reshape(-1)
        self.n = int(sizes.sum())
        ends = np.cumsum(sizes)
        used = sizes > 0
        self.firsts = (ends - sizes)[used]  # each non-empty sequence's first token
        self.lasts = ends[used] - 1
        longer = sizes[used] > 1
        self._edges = {  # the tokens whose neighbour ``by`` tokens away lies beyond their sequence
            1: [self.firsts],
            2: [self.firsts, self.firsts[longer] + 1],
            -1: [self.lasts],
            -2: [self.lasts, self.lasts[longer] - 1],
        }

    def shifted(self, column: np.ndarray, by: int, pad) -> np.ndarray:
        """Each token's neighbour's value in ``column``: ``by`` tokens before it (negative: after
        it), or ``pad`` where that lies beyond the token's sequence."""
        out = np.full(self.n, pad, dtype=column.dtype)
        if by > 0:
            out[by:] = column[:-by]
        else:
            out[:by] = column[-by:]
        for edge in self._edges[by]:
            out[edge] = pad
        return out

    def starts(self) -> np.ndarray:
        """Whether each token is the first of its sequence."""
        out = np.zeros(self.n, dtype=bool)
        out[self.firsts] = True
        return out


def neighbour_shapes(
    model: Tagger, key: str, shapes: list[str], sequences: Sequences, name: Callable[[tuple], str]
) -> np.ndarray:
    """The ids of each token's shape with its neighbours' (``pad`` beyond its sequence), whose
    feature is ``name((before, shape, after))``; the few such triples are kept in ``model.memo[key]``."""
    before = [PAD, *shapes[:-1]]
    after = [*shapes[1:], PAD]
    for i in sequences.firsts.tolist():
        before[i] = PAD
    for i in sequences.lasts.tolist():
        after[i] = PAD
    triples = model.memo.setdefault(key, {})
    out = []
    for triple in zip(before, shapes, after):
        found = triples.get(triple)
        if found is None:
            found = triples[triple] = model.id(name(triple))
        out.append(found)
    return np.fromiter(out, dtype=np.intp, count=len(out))


PAD = "<s>"  # the neighbour beyond a sequence's edge, in both models' features


class _WordTable:
    """``Tagger.word_rows``' store: each word's row number and other value, and the rows."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[int, object]] = {}
        self.table = np.empty((0, 0), dtype=np.intp)  # the rows so far, at the start of ``_space``
        self._space = self.table

    def add(self, new: np.ndarray) -> None:
        """Append rows, doubling the space when it runs out, so adding stays cheap on average."""
        size = len(self.table)
        if len(self._space) < size + len(new) or self._space.shape[1:] != new.shape[1:]:
            space = np.empty((max(2 * len(self._space), size + len(new), 1024), *new.shape[1:]), dtype=np.intp)
            if size:
                space[:size] = self.table
            self._space = space
        self._space[size : size + len(new)] = new
        self.table = self._space[: size + len(new)]


def viterbi(emit: list[list[float]], trans: list[list[float]]) -> list[int]:
    """Label indices of the best path, given emission scores per token and ``trans[to][from]``.

    Plain Python: with a handful of labels this beats NumPy's per-call overhead. Ties go to the
    lower label index, at every step and at the end.
    """
    labels = range(len(trans))
    score = emit[0]
    back = []
    for e in emit[1:]:
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
    return _backtrack(score, back)


def _viterbi4(emit: list[list[float]], trans: list[list[float]]) -> list[int]:
    """``viterbi`` unrolled for four labels (both shipped models have four): the same additions and
    comparisons in the same order, so the same path, at a third less time."""
    (t00, t01, t02, t03), (t10, t11, t12, t13), (t20, t21, t22, t23), (t30, t31, t32, t33) = trans
    s0, s1, s2, s3 = emit[0]
    back = []
    for e0, e1, e2, e3 in emit[1:]:
        v, a = s0 + t00, 0
        if (x := s1 + t01) > v:
            v, a = x, 1
        if (x := s2 + t02) > v:
            v, a = x, 2
        if (x := s3 + t03) > v:
            v, a = x, 3
        n0, p0 = v + e0, a
        v, a = s0 + t10, 0
        if (x := s1 + t11) > v:
            v, a = x, 1
        if (x := s2 + t12) > v:
            v, a = x, 2
        if (x := s3 + t13) > v:
            v, a = x, 3
        n1, p1 = v + e1, a
        v, a = s0 + t20, 0
        if (x := s1 + t21) > v:
            v, a = x, 1
        if (x := s2 + t22) > v:
            v, a = x, 2
        if (x := s3 + t23) > v:
            v, a = x, 3
        n2, p2 = v + e2, a
        v, a = s0 + t30, 0
        if (x := s1 + t31) > v:
            v, a = x, 1
        if (x := s2 + t32) > v:
            v, a = x, 2
        if (x := s3 + t33) > v:
            v, a = x, 3
        n3, p3 = v + e3, a
        s0, s1, s2, s3 = n0, n1, n2, n3
        back.append((p0, p1, p2, p3))
    return _backtrack([s0, s1, s2, s3], back)


def _backtrack(score: list[float], back: list) -> list[int]:
    k = max(range(len(score)), key=lambda j: (score[j], -j))
    best = [k]
    for pointers in reversed(back):
        k = pointers[k]
        best.append(k)
    best.reverse()
    return best


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
