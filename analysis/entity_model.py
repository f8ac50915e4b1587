"""A learned tagger for names: person, place or organisation, token by token.

A linear-chain CRF over the word tokens of each sentence, trained on the named mentions of the
GUM corpus (``make train``; the recipe is ``tools/train_entities.py``; model card in the README).
Its features are the word, its shape and neighbours, and what gazetteers and word lists say
about it: part of a known place name (GeoNames cities and ISO 3166 names, ``data/
gazetteer_places.txt`` and ``analysis.places``), a given name (``gender-guesser``), a title, a word
that ends organisation names (``data/org_heads.txt``, ``data/org_endings.txt``,
``data/company_suffixes.txt``), a demonym. The gazetteers are evidence the model has learned to
weigh, not verdicts. Labels: ``O``, ``P`` (person), ``L`` (place), ``G``
(organisation).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import chain

from analysis import crf
from analysis.crf import Tagger
from analysis.frequency import zipf_frequency
from analysis.name_words import caps_line, given_names, org_words, title_length, title_starts
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
    from analysis.places import demonyms

    given = frozenset(n.capitalize() for n in given_names())
    return given, org_words(), frozenset(demonyms())


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
    place, title = _places_and_titles(tokens, words, low, caps)
    pad = PAD
    before, after = [pad, *low[:-1]], [*low[1:], pad]
    before2, after2 = [pad, pad, *low][:n], [*low[2:], pad, pad][:n]
    around = [pad, *shapes, pad]
    # the features every token has, column by column; then the ones that depend on word lists
    feats = [
        ["b", "w=" + lw, "s=" + s, "suf=" + lw[-3:], "pre=" + lw[:3], "p1=" + p1, "n1=" + n1, "p2=" + p2, "n2=" + n2]
        for lw, s, p1, n1, p2, n2 in zip(low, shapes, before, after, before2, after2)
    ]
    for i, f in enumerate(feats):
        f.append("ps=" + around[i] + "|" + shapes[i] + "|" + around[i + 2])
        f.extend(_flags(i, words, caps, place, title))
        if shapes[i] in ("Xx", "X"):
            f.append(_zipf_feature(low[i]))
    return feats


PAD = "<s>"  # the neighbour beyond a sentence's edge


def _places_and_titles(tokens: Sequence[Token], words: list[str], low: list[str], caps: bool) -> tuple[list[str], list[bool]]:
    """Per token: ``B``/``I`` inside the longest known place name (as written, or title-cased on a
    caps line), else empty; and whether it belongs to a title."""
    n = len(tokens)
    phrases = _place_phrases()
    firsts = _place_firsts()
    place = [""] * n
    i = 0
    while i < n:
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
    return place, title


def _flags(i: int, words: list[str], caps: bool, place: list[str], title: list[bool]) -> list[str]:
    """The word-list features some tokens have, in their fixed order."""
    given, org_words, dems = _word_lists()
    w = words[i]
    flags = []
    if i == 0:
        flags.append("first")
    if caps:
        flags.append("caps")
    if place[i]:
        flags.append("gaz=" + place[i])
    if w in given or caps and w.title() in given:
        flags.append("given")
    if i and (words[i - 1] in given):
        flags.append("after_given")
    if title[i]:
        flags.append("title")
    elif i and title[i - 1]:
        flags.append("after_title")
    if w in org_words or (caps and w.title() in org_words):
        flags.append("orgw")
    if i + 1 < len(words) and (words[i + 1] in org_words):
        flags.append("before_orgw")
    if w in dems:
        flags.append("dem")
    return flags


def sentence_ids(tokens: Sequence[Token], caps: bool, model: Tagger) -> tuple[list[int], list[int]]:
    """The model's ids of ``sentence_features``, in the same order, and how many each token has.

    The same features (``tests/test_crf.py`` holds the two to the same ids), but the strings of
    one written word (itself, as each neighbour, its shape, prefix, suffix and commonness) are
    looked up once per distinct word and kept with the model; only the shapes around a token and
    the word-list flags are looked up per token.
    """
    n = len(tokens)
    if not n:
        return [], []
    constant = _constant_ids(model)
    words = [t.text for t in tokens]
    entries = model.per_word("entity words", words, _word_entry)
    low = [e[9] for e in entries]
    place, title = _places_and_titles(tokens, words, low, caps)
    b, p1_pad, n1_pad, p2_pad, n2_pad, first, caps_id, gaz, given, after_given, in_title, after_title, orgw, before_orgw, dem = (
        constant
    )
    around = [PAD, *(e[10] for e in entries), PAD]
    triples = model.memo["entity shapes"]
    p1s = [p1_pad, *(e[4] for e in entries[:-1])]
    n1s = [*(e[5] for e in entries[1:]), n1_pad]
    p2s = [p2_pad, p2_pad, *(e[6] for e in entries)][:n]
    n2s = [*(e[7] for e in entries[2:]), n2_pad, n2_pad][:n]
    rows = []
    for i, (e, p1, n1, p2, n2) in enumerate(zip(entries, p1s, n1s, p2s, n2s)):
        key = (around[i], e[10], around[i + 2])
        shape3 = triples.get(key)
        if shape3 is None:
            shape3 = triples[key] = model.id("ps=" + "|".join(key))
        row = [b, e[0], e[1], e[2], e[3], p1, n1, p2, n2, shape3]
        # ``_flags``, from what the word lists say of each word (kept with its entry)
        if i == 0:
            row.append(first)
        if caps:
            row.append(caps_id)
        if place[i]:
            row.append(gaz[place[i]])
        if e[11] or caps and e[12]:
            row.append(given)
        if i and entries[i - 1][11]:
            row.append(after_given)
        if title[i]:
            row.append(in_title)
        elif i and title[i - 1]:
            row.append(after_title)
        if e[13] or caps and e[14]:
            row.append(orgw)
        if i + 1 < n and entries[i + 1][13]:
            row.append(before_orgw)
        if e[15]:
            row.append(dem)
        if e[8] is not None:
            row.append(e[8])
        rows.append(row)
    return list(chain.from_iterable(rows)), list(map(len, rows))


def _word_entry(model: Tagger, word: str) -> tuple:
    """One written word's ids (itself, its shape, suffix and prefix; as the word before, after, two
    before and two after; its commonness or None), its case-folded form and its shape; then
    whether it is a given name, title-cased or as written, an organisation word, the same, and a
    demonym (``_flags``' word lists)."""
    lw, s = word.casefold(), _shape(word)
    found = model.id
    given, org_words, dems = _word_lists()
    title = word.title()
    return (
        *(
            found(f)
            for f in ("w=" + lw, "s=" + s, "suf=" + lw[-3:], "pre=" + lw[:3], "p1=" + lw, "n1=" + lw, "p2=" + lw, "n2=" + lw)
        ),
        found(_zipf_feature(lw)) if s in ("Xx", "X") else None,
        lw,
        s,
        word in given,
        title in given,
        word in org_words,
        title in org_words,
        word in dems,
    )


def _constant_ids(model: Tagger) -> tuple:
    """The ids of the features every sentence has (kept with the model)."""
    found = model.memo.get("entity ids")
    if found is None:
        fixed = ("b", "p1=" + PAD, "n1=" + PAD, "p2=" + PAD, "n2=" + PAD, "first", "caps")
        gaz = {"B": model.id("gaz=B"), "I": model.id("gaz=I")}
        flags = ("given", "after_given", "title", "after_title", "orgw", "before_orgw", "dem")
        found = model.memo["entity ids"] = (*map(model.id, fixed), gaz, *map(model.id, flags))
        model.memo["entity shapes"] = {}
    return found


def tag(tokens: Sequence[Token], caps: bool | None = None) -> list[str]:
    """Labels (``O``, ``P``, ``L``, ``G``) for a sentence's tokens (``caps`` as for ``sentence_features``)."""
    if not tokens:
        return []
    model = tagger()
    return model.tag_ids(*sentence_ids(tokens, caps_line(tokens) if caps is None else caps, model))
