"""CRF decoding: the best path, ties to the lower label, and the four-label fast path agreeing with
the general one."""

from itertools import product

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.crf import Tagger, _viterbi4, viterbi
from analysis.tokens import Token


def _path_score(path, emit, trans):
    return sum(emit[i][k] for i, k in enumerate(path)) + sum(trans[b][a] for a, b in zip(path, path[1:]))


def _brute_force(emit, trans):
    """Every path scored; the best, ties going to the lexicographically smallest path."""
    labels = range(len(trans))
    paths = sorted(product(labels, repeat=len(emit)))
    return list(max(paths, key=lambda p: (_path_score(p, emit, trans), [-k for k in p])))


# small whole numbers make ties common, which is where decoders differ
scores = st.integers(-3, 3).map(float)


@st.composite
def lattices(draw, n_labels):
    n = draw(st.integers(1, 5))
    emit = [[draw(scores) for _ in range(n_labels)] for _ in range(n)]
    trans = [[draw(scores) for _ in range(n_labels)] for _ in range(n_labels)]
    return emit, trans


@settings(max_examples=300, deadline=None)
@given(lattices(3))
def test_viterbi_finds_a_best_path(lattice):
    emit, trans = lattice
    path = viterbi(emit, trans)
    assert _path_score(path, emit, trans) == _path_score(_brute_force(emit, trans), emit, trans)


@settings(max_examples=300, deadline=None)
@given(lattices(4))
def test_four_label_viterbi_is_the_general_one(lattice):
    emit, trans = lattice
    assert _viterbi4(emit, trans) == viterbi(emit, trans)


def test_ties_go_to_the_lower_label():
    assert viterbi([[0.0, 0.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]]) == [0, 0]
    assert _viterbi4([[1.0, 1.0, 0.0, 1.0]], [[0.0] * 4] * 4) == [0]


def test_tagger_sums_known_features_and_ignores_unknown_ones():
    # "cap" pulls towards N (name), an unknown feature counts for nothing, and N after N is cheap
    model = Tagger(
        {
            "labels": ["O", "N"],
            "transitions": [[0.0, -1.0], [-1.0, 0.5]],  # [from][to]
            "features": ["cap", "lower"],
            "weights": [-0.5, 1.0, 1.0, -1.0],
        }
    )
    assert model.tag([["lower"], ["cap", "never-seen"], ["cap"], ["lower"]]) == ["O", "N", "N", "O"]
    assert model.tag([]) == []


def _paragraphs():
    """Every paragraph of the seed and the made-up stories, with quotation marks and sentence starts."""
    from pathlib import Path

    from analysis.article import parse_article
    from analysis.quotes import inside_quotes, quote_spans
    from tests.stories import ALL

    seed = next(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt")).read_text(encoding="utf-8")
    texts = [seed, *ALL.values(), 'He said "it is over" and left. “Again,” she said, "we go."\n\nShe added: it was.']
    for text in texts:
        article = parse_article(text)
        starts = frozenset(s.start for s in article.sentences)
        for p in article.paragraphs:
            tokens = list(article.tokens_in(p.start, p.end))
            yield tokens, inside_quotes(tokens, quote_spans(article.text, p.start, p.end)), starts


def _left_to_right(model, features):
    """Each token's scores: its features' weights added one after another, in their order."""
    rows = []
    for f in features:
        total = model.weights[model.id(f[0])].copy()
        for name in f[1:]:
            total = total + model.weights[model.id(name)]
        rows.append(total)
    return np.array(rows)


def test_attribution_ids_are_those_of_the_feature_strings():
    """The fast path builds almost no strings; it must still give every feature's id, in order,
    and tagging all paragraphs at once must respect each paragraph's edges."""
    from analysis import attribution_model as am
    from analysis.tokens import tokenize

    model = am.tagger()
    paragraphs = list(_paragraphs())
    # paragraphs whose first token starts no sentence: a cue must not reach across their edge
    for text in ("Officials said the talks, he said, went on", "and on, the minister told reporters", "Late"):
        tokens = tokenize(text)
        paragraphs.append((tokens, [False] * len(tokens), frozenset()))
    table = am.feature_table(paragraphs, model)
    assert table.shape == (sum(len(p[0]) for p in paragraphs), len(am._COLUMNS))
    fixed = len(am._COLUMNS) - len(am._FLAGS)
    rows = iter(table.tolist())
    expected_scores, expected_labels = [], []
    for tokens, inside, starts in paragraphs:
        features = am.paragraph_features(tokens, inside, starts, model.cue_words)
        for f in features:
            row = next(rows)
            assert row[:fixed] == [model.id(name) for name in f[:fixed]]
            assert [name for name, i in zip(am._FLAGS, row[fixed:]) if i != model.unknown] == f[fixed:]
        expected_scores.extend(_left_to_right(model, features).tolist())
        expected_labels.append(model.tag(features))
    assert model.emissions(table).tolist() == expected_scores  # to the last bit
    assert am.tag_paragraphs(paragraphs, model) == expected_labels
    assert [am.tag_paragraphs([p], model)[0] for p in paragraphs] == expected_labels


def test_word_pairs_are_found_however_a_word_splits():
    """A word may hold the "|" that joins a pair's two words: the pair's name is then read every way."""
    from analysis import attribution_model as am

    pairs = ["p1w=a|b|c", "wn1=c|<s>", "p1w=<s>|a|b"]
    model = Tagger({"labels": ["O", "S"], "transitions": [[0.0, 0.0], [0.0, 0.0]], "features": pairs, "weights": [0.0] * 6})
    tokens = [Token(0, 3, "a|b", "word"), Token(4, 5, "c", "word")]
    table = am.feature_table([(tokens, [False, False], frozenset())], model)
    column = {name: k for k, name in enumerate(am._COLUMNS)}
    assert table[:, column["p1w"]].tolist() == [2, 0]  # "<s>" then "a|b"; "a|b" then "c"
    assert table[:, column["wn1"]].tolist() == [model.unknown, 1]


def test_entity_ids_are_those_of_the_feature_strings():
    """The same for the entity tagger, sentence by sentence, on ordinary and all-capitals lines."""
    from itertools import chain

    from analysis import entity_model as em
    from analysis.name_words import caps_line
    from analysis.tokens import tokenize

    model = em.tagger()
    sentences = [tokens for tokens, _, _ in _paragraphs()]
    sentences += [
        tokenize(text)
        for text in (
            "LONDON (Reuters) - British Airways Plc said on Monday that Prime Minister Ann Lee met Gen. Ward.",
            "SOCCER - GAZA STRIP CLUB BEATS NEW YORK",
            "Ms. Nakamura, a senior official at the Department of Transport, visited Ohio.",
            "X",
        )
    ]
    for tokens in sentences:
        for caps in (caps_line(tokens), True, False):
            features = em.sentence_features(tokens, caps)
            ids, lengths = em.sentence_ids(tokens, caps, model)
            assert lengths == [len(f) for f in features]
            assert ids == [model.id(f) for f in chain.from_iterable(features)]
            assert em.tag(tokens, caps) == model.tag(features)


def test_per_word_entries_are_built_once_and_the_cache_stays_bounded(monkeypatch):
    from analysis import crf

    model = Tagger({"labels": ["O"], "transitions": [[0.0]], "features": [], "weights": []})
    built = []

    def build(_model, word):
        built.append(word)
        return (word.upper(),)

    assert model.per_word("k", ["a", "b", "a"], build) == [("A",), ("B",), ("A",)]
    assert built == ["a", "b"]  # "a" built once
    monkeypatch.setattr(crf, "MAX_CACHED_WORDS", 2)
    assert model.per_word("k", ["c", "d", "e"], build) == [("C",), ("D",), ("E",)]
    assert len(model.memo["k"]) <= 3  # started again past the limit


def test_word_rows_are_built_once_and_the_table_stays_bounded(monkeypatch):
    from analysis import crf

    model = Tagger({"labels": ["O"], "transitions": [[0.0]], "features": [], "weights": []})
    built = []

    def build(_model, word):
        built.append(word)
        return (len(word), ord(word[0])), word.upper()

    rows, extras = model.word_rows("k", ["a", "bb", "a"], build)
    assert rows.tolist() == [[1, 97], [2, 98], [1, 97]] and extras == ["A", "BB", "A"]
    assert built == ["a", "bb"]
    many = [chr(c) * 2 for c in range(200, 1400)]  # past the first block of space: the table grows
    rows, _ = model.word_rows("k", many, build)
    assert rows.tolist() == [[2, ord(w[0])] for w in many]
    monkeypatch.setattr(crf, "MAX_CACHED_WORDS", 3)
    rows, extras = model.word_rows("k", ["c", "dd", "c"], build)
    assert rows.tolist() == [[1, 99], [2, 100], [1, 99]] and extras == ["C", "DD", "C"]
    assert len(model.memo["k"].rows) == 2  # started again past the limit
