"""CRF decoding: the best path, ties to the lower label, and the four-label fast path agreeing with
the general one."""

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.crf import Tagger, _viterbi4, viterbi


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


def test_attribution_ids_are_those_of_the_feature_strings():
    """The fast path builds almost no strings; it must still give every feature's id, in order."""
    from itertools import chain

    from analysis import attribution_model as am

    model = am.tagger()
    for tokens, inside, starts in _paragraphs():
        features = am.paragraph_features(tokens, inside, starts, model.cue_words)
        ids, lengths = am.paragraph_ids(tokens, inside, starts, model)
        assert lengths == [len(f) for f in features]
        assert ids == [model.id(f) for f in chain.from_iterable(features)]
        assert am.tag_paragraph(tokens, inside, starts, model) == model.tag(features)


def test_entity_ids_are_those_of_the_feature_strings():
    """The same for the entity tagger, sentence by sentence, on ordinary and all-capitals lines."""
    from itertools import chain

    from analysis import entity_model as em
    from analysis.names import caps_line
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
