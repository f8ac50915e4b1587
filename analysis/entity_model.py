"""A learned tagger for names: person, place or organisation, token by token.

A linear-chain CRF over the word tokens of each sentence, trained on the named mentions of the
GUM corpus (``make train``; the recipe is ``tools/train_entities.py``; model card in the README).
Its features are the word, its shape and neighbours, and what gazetteers and word lists say
about it: part of a known place name (GeoNames cities and ISO 3166 names, ``data/
gazetteer_places.txt`` and ``analysis.places``), a given name (``gender-guesser``), a title, a word
that ends organisation names (``data/org_heads.txt``), a demonym. The gazetteers are evidence the
model has learned to weigh, not verdicts. Labels: ``O``, ``P`` (person), ``L`` (place), ``G``
(organisation).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from analysis import crf
from analysis.crf import Tagger
from analysis.frequency import zipf_frequency
from analysis.names import caps_line, title_length, title_starts
from analysis.tokens import Token

MODEL_FILE = "entities_crf.json.gz"
LABELS = ("O", "P", "L", "G")
KINDS = {"P": "person", "L": "place", "G": "organization"}
_MAX_PLACE_WORDS = 5


def tagger() -> Tagger:
    """The entity model in use (the shipped one unless ``using`` says otherwise)."""
    return crf.load(MODEL_FILE)


def using(model: Tagger):
    """Use ``model`` instead of the shipped entity model inside a ``with`` block."""
    return crf.using(MODEL_FILE, model)


@cache
def _place_phrases() -> frozenset[tuple[str, ...]]:
    from analysis.places import country_names, demonyms, region_names
    from analysis.resources import word_set
    from analysis.tokens import tokenize

    names = set(word_set("gazetteer_places.txt")) | set(country_names()) | set(region_names()[0])
    names -= set(demonyms())
    return frozenset(tuple(t.text for t in tokenize(n)) for n in names if n)


@cache
def _place_firsts() -> frozenset[str]:
    """The first words of the known place names."""
    return frozenset(phrase[0] for phrase in _place_phrases() if phrase)


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from analysis.entities import given_names
    from analysis.places import demonyms
    from analysis.resources import word_set

    given = frozenset(n.capitalize() for n in given_names())
    return given, frozenset(word_set("org_heads.txt")), frozenset(demonyms())


def _shape(word: str) -> str:
    if word[:1].isupper():
        if len(word) > 1 and word.isupper():
            return "X"
        return "Xx." if word.endswith(".") else "Xx"
    if word[:1].isdigit():
        return "d"
    if word[:1].isalpha():
        return "x"
    return word if len(word) == 1 else "p"


@lru_cache(maxsize=200_000)
def _zipf_feature(word: str) -> str:
    """How common the word is in general English (wordfreq's Zipf scale, rounded): names are rare words."""
    return "zipf=" + str(min(int(zipf_frequency(word)), 6))


def sentence_features(tokens: Sequence[Token], caps: bool | None = None) -> list[list[str]]:
    """Feature strings for every token of one sentence (or headline line); ``caps`` is
    ``caps_line(tokens)`` when the caller knows it already."""
    n = len(tokens)
    words = [t.text for t in tokens]
    low = [w.casefold() for w in words]
    shapes = [_shape(w) for w in words]
    caps = caps_line(tokens) if caps is None else caps
    phrases = _place_phrases()
    firsts = _place_firsts()
    given, org_words, dems = _word_lists()
    place = [""] * n
    i = 0
    while i < n:  # longest known place name starting here (as written, or title-cased on a caps line)
        if words[i] not in firsts and not (caps and words[i].title() in firsts):
            i += 1  # no known place name starts with this word
            continue
        for k in range(min(_MAX_PLACE_WORDS, n - i), 0, -1):
            key = tuple(words[i : i + k])
            if key in phrases or (caps and tuple(w.title() for w in key) in phrases):
                place[i] = "B"
                for j in range(i + 1, i + k):
                    place[j] = "I"
                i += k - 1
                break
        i += 1
    title = [False] * n
    starts = title_starts()
    for i in range(n):
        if low[i] in starts:  # title_length's own first test, without the call
            k = title_length(tokens, i)
            for j in range(i, min(n, i + k)):
                title[j] = True
    pad = "<s>"
    before, after = [pad, *low[:-1]], [*low[1:], pad]
    before2, after2 = [pad, pad, *low][:n], [*low[2:], pad, pad][:n]
    around = [pad, *shapes, pad]
    # the features every token has, column by column; then the ones that depend on word lists
    feats = [
        ["b", "w=" + lw, "s=" + s, "suf=" + lw[-3:], "pre=" + lw[:3], "p1=" + p1, "n1=" + n1, "p2=" + p2, "n2=" + n2]
        for lw, s, p1, n1, p2, n2 in zip(low, shapes, before, after, before2, after2)
    ]
    for i, f in enumerate(feats):
        w, s = words[i], shapes[i]
        f.append("ps=" + around[i] + "|" + s + "|" + around[i + 2])
        if i == 0:
            f.append("first")
        if caps:
            f.append("caps")
        if place[i]:
            f.append("gaz=" + place[i])
        if w in given or caps and w.title() in given:
            f.append("given")
        if i and (words[i - 1] in given):
            f.append("after_given")
        if title[i]:
            f.append("title")
        elif i and title[i - 1]:
            f.append("after_title")
        if w in org_words or (caps and w.title() in org_words):
            f.append("orgw")
        if i + 1 < n and (words[i + 1] in org_words):
            f.append("before_orgw")
        if w in dems:
            f.append("dem")
        if s in ("Xx", "X"):
            f.append(_zipf_feature(low[i]))
    return feats


def tag(tokens: Sequence[Token], caps: bool | None = None) -> list[str]:
    """Labels (``O``, ``P``, ``L``, ``G``) for a sentence's tokens (``caps`` as for ``sentence_features``)."""
    return tagger().tag(sentence_features(tokens, caps)) if tokens else []
