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
