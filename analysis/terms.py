"""Vocabulary: term frequencies, keyness, collocations, keyword in context, dispersion.

The analyses Voyant Tools and AntConc offer, as functions returning pandas tables. Unless
asked otherwise they read the article's body (headline, caption and related-story lines are
left out). Methods:

- term counts are case-folded, with place names merged (``U.S.`` and ``United States`` are one
  term, ``analysis.places``), stop words from the ``stop-words`` package adjusted by
  ``data/stopwords_news.tsv``, optional Snowball stemming (Porter, 2001) for grouping variants;
- keyness compares the article with general English as the ``wordfreq`` package gives it
  (Speer, 2022), with Dunning's log-likelihood G² (Computational Linguistics 19(1), 1993) and
  Hardie's log ratio effect size (2014), both sides tokenised by ``wordfreq.tokenize``;
- collocations are 2- and 3-word n-grams inside sentences ranked by NLTK's log-likelihood
  association measure, with a frequency floor that proper-noun sequences are exempt from.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.article import Article, Sentence
from analysis.callable import make_callable
from analysis.places import place_phrases
from analysis.stopwords import stopwords
from analysis.tokens import MARKS, Token, fold, nfc

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, so the row functions never load it
    import pandas as pd

BODY = ("body",)
# Size (in tokens) assumed for wordfreq's English reference list. wordfreq blends several
# corpora of billions of tokens and publishes proportions, not counts; 1e9 is a
# conservative size (a smaller reference makes G² smaller, never inflates it).
REFERENCE_SIZE = 1_000_000_000
_MAX_PHRASE = 5


class TermToken(NamedTuple):
    """One occurrence of a term: its key, its surface text and where it is (a named tuple, like
    ``Token``: an article has thousands, and tuples are the cheapest to make)."""

    key: str
    surface: str
    start: int
    end: int
    position: int
    sentence: int
    paragraph: int


def _is_word(token: Token) -> bool:
    return token.kind == "word" and _is_word_text(token.text)


def _is_word_text(text: str) -> bool:
    return _has_letter(text) and text not in ("'s", "’s")


def _has_letter(text: str) -> bool:
    return text.isalpha() or any(c.isalpha() for c in text)


def term_tokens(article: Article, sections: Sequence[str] = BODY, merge_places: bool = True) -> Sequence[TermToken]:
    """Word occurrences in reading order, case-folded, place names merged into one term each
    (computed once per article: counts, dispersion and themes all read them)."""
    return article.memo(
        ("term_tokens", tuple(sections), merge_places), lambda: tuple(_term_tokens(article, sections, merge_places))
    )


def _term_tokens(article: Article, sections: Sequence[str], merge_places: bool) -> list[TermToken]:
    phrases = place_phrases() if merge_places else {}
    starts = _phrase_starts() if merge_places else frozenset()
    out: list[TermToken] = []
    for sentence in article.sentences_in(*sections):
        # _is_word and fold, with their commonest cases first (a word of letters; ASCII, always NFC)
        tokens = [
            t
            for t in article.tokens_in(sentence.start, sentence.end)
            if t.kind == "word" and (t.text.isalpha() or _is_word_text(t.text))
        ]
        folded = [t.text.casefold() if t.text.isascii() else fold(t.text) for t in tokens]
        i = 0
        while i < len(tokens):
            match = _longest_phrase(tokens, folded, i, phrases) if folded[i] in starts or tokens[i].text in starts else None
            length, canonical = match if match else (1, None)
            first, last = tokens[i], tokens[i + length - 1]
            if canonical:
                key, surface = canonical.casefold(), canonical
            else:
                key, surface = folded[i], first.text if first.text.isascii() else nfc(first.text)
            out.append(TermToken(key, surface, first.start, last.end, len(out), sentence.index, sentence.paragraph))
            i += length
    return out


@cache
def _phrase_starts() -> frozenset[str]:
    """First words of the place phrases, to try a phrase only where one can start."""
    return frozenset(p[0] for p in place_phrases())


def _longest_phrase(
    tokens: list[Token], folded: list[str], i: int, phrases: dict[tuple[str, ...], str]
) -> tuple[int, str] | None:
    for length in range(min(_MAX_PHRASE, len(tokens) - i), 0, -1):
        found = phrases.get(tuple(t.text for t in tokens[i : i + length])) or phrases.get(tuple(folded[i : i + length]))
        if found:
            return length, found
    return None


def most_frequent(forms: Mapping[str, int]) -> str:
    """The most frequent of several spellings (ties: alphabetical), used as a label."""
    if len(forms) == 1:  # most words have one spelling
        return next(iter(forms))
    return min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _display_forms(occurrences: Iterable[TermToken], key=lambda t: t.key) -> dict[str, str]:
    """The most frequent surface form of each group (ties: alphabetical) as its label."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for t in occurrences:
        forms[key(t)][t.surface] += 1
    return {k: most_frequent(c) for k, c in forms.items()}


def term_frequencies(
    article: Article,
    sections: Sequence[str] = BODY,
    stem: bool = False,
    keep_stopwords: bool = False,
    top: int | None = None,
) -> pd.DataFrame:
    """Counts and rate per 1,000 word tokens of each term (columns: term, count, per_1000)."""
    import pandas as pd

    return pd.DataFrame(term_rows(article, sections, stem, keep_stopwords, top), columns=["term", "count", "per_1000"])


def term_rows(
    article: Article,
    sections: Sequence[str] = BODY,
    stem: bool = False,
    keep_stopwords: bool = False,
    top: int | None = None,
) -> list[dict]:
    """The rows of ``term_frequencies``."""
    occurrences = term_tokens(article, sections)
    total = len(occurrences)
    stop = frozenset() if keep_stopwords else stopwords()
    kept = [t for t in occurrences if t.key not in stop and len(t.key) > 1]
    if stem:
        from nltk.stem.snowball import SnowballStemmer

        stemmer = SnowballStemmer("english")
        group = {t.key: t.key if " " in t.key else stemmer.stem(t.key) for t in kept}
        key = lambda t: group[t.key]  # noqa: E731
    else:
        key = lambda t: t.key  # noqa: E731
    counts = Counter(key(t) for t in kept)
    labels = _display_forms(kept, key)
    rows = [
        {"term": labels[k], "count": n, "per_1000": round(1000 * n / total, 2)}
        for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], labels[kv[0]].casefold()))
    ]
    return rows[:top] if top else rows


def keyness(
    article: Article,
    sections: Sequence[str] = BODY,
    reference_size: int = REFERENCE_SIZE,
    min_count: int = 1,
    top: int | None = None,
) -> pd.DataFrame:
    """Words used more (or less) than in general English, by log-likelihood G² and log ratio.

    Columns: term, count, per_million, ref_per_million, g2, log_ratio. Rows with a positive
    log ratio (over-used) come first, by G²; under-used words follow.
    """
    import pandas as pd

    rows = keyness_rows(article, sections, reference_size, min_count)
    frame = pd.DataFrame(rows, columns=["term", "count", "per_million", "ref_per_million", "g2", "log_ratio"])
    return frame.head(top) if top else frame


def keyness_rows(
    article: Article,
    sections: Sequence[str] = BODY,
    reference_size: int = REFERENCE_SIZE,
    min_count: int = 1,
    over_only: bool = False,
) -> list[dict]:
    """The rows of ``keyness``, in its order: over-used words by G² (then term), then the rest
    (``over_only``: the over-used words alone, as the CLI and corpus tables show them)."""
    import wordfreq

    sentences = article.sentences_in(*sections)
    # one call for all sentences: a token never spans the line break put between two of them
    words = wordfreq.tokenize("\n".join(article.text[s.start : s.end] for s in sentences), "en")
    counts: Counter[str] = Counter()
    for word, n in Counter(filter(_has_letter, words)).items():
        counts[_strip_possessive(word)] += n  # each distinct word once; first-seen order kept
    labels = _keyness_labels(article, sentences)
    size = sum(counts.values())
    rows = []
    for word, a in counts.items():
        if a < min_count:
            continue
        ref_rate = reference_rate(word)
        b = ref_rate * reference_size
        ratio = round(log_ratio(a, size, b, reference_size), 3)
        if over_only and not ratio > 0:
            continue
        rows.append(
            {
                "term": labels.get(word, word),
                "count": a,
                "per_million": round(1e6 * a / size, 1),
                "ref_per_million": round(1e6 * ref_rate, 3),
                "g2": round(log_likelihood(a, size, b, reference_size), 3),
                "log_ratio": ratio,
            }
        )
    return sorted(rows, key=lambda r: (not r["log_ratio"] > 0, -r["g2"], r["term"]))


@lru_cache(maxsize=200_000)
def reference_rate(word: str) -> float:
    """A word's frequency in general English, its possessive included, since the article side is
    tokenised the same way (a word and its possessive together)."""
    from analysis.frequency import word_frequency

    return word_frequency(word) + word_frequency(word + "'s")


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) and len(word) > 2 else word


def _keyness_labels(article: Article, sentences: Sequence[Sentence]) -> dict[str, str]:
    """wordfreq's lower-case token -> the article's most frequent spelling (``u.s`` -> ``U.S.``)."""
    written = Counter(t.text for s in sentences for t in article.tokens_in(s.start, s.end) if t.kind == "word")
    forms: dict[str, dict[str, int]] = {}
    for text, n in written.items():  # each spelling tested and folded once, however often it occurs
        if not _is_word_text(text):
            continue
        spellings = forms.setdefault(fold(text).rstrip("."), {})
        form = nfc(text)
        spellings[form] = spellings.get(form, 0) + n
    return {k: most_frequent(c) for k, c in forms.items()}


def log_likelihood(a: float, size_a: float, b: float, size_b: float) -> float:
    """Dunning's G² for a word seen ``a`` times in ``size_a`` tokens and ``b`` in ``size_b``."""
    expected_a = size_a * (a + b) / (size_a + size_b)
    expected_b = size_b * (a + b) / (size_a + size_b)
    g2 = 0.0
    for observed, expected in ((a, expected_a), (b, expected_b)):
        if observed > 0:
            g2 += observed * math.log(observed / expected)
    return 2 * g2


def log_ratio(a: float, size_a: float, b: float, size_b: float) -> float:
    """Binary log of the ratio of relative frequencies; a zero count is taken as 0.5 (Hardie)."""
    return math.log2((max(a, 0.5) / size_a) / (max(b, 0.5) / size_b))


def collocations(
    article: Article,
    sections: Sequence[str] = BODY,
    min_count: int = 2,
    top: int | None = None,
) -> pd.DataFrame:
    """Multiword terms: 2- and 3-word n-grams and proper-name sequences, ranked by log-likelihood.

    Two kinds of candidate, both confined to a stretch of words without punctuation:
    - n-grams that occur at least ``min_count`` times and neither start nor end with a stop
      word; an n-gram nested in a longer one with the same count is dropped (C-value's rule);
    - capitalised sequences split into title and name (``Foreign Minister``, ``Yoko
      Kamikawa``, ``Taiwan Strait``, ``Red Sea``), which are terms even when they occur once.
    ``score`` is NLTK's likelihood ratio of the n-gram (for longer names, their best
    trigram). Columns: term, n, count, score.
    """
    import pandas as pd
    from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
    from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures

    from analysis.names import capitalised_runs, segment_run

    stop = stopwords()
    stretches: list[list[Token]] = []
    names: Counter[tuple[str, ...]] = Counter()
    surfaces: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for sentence in article.sentences_in(*sections):
        tokens = list(article.tokens_in(sentence.start, sentence.end))
        for first, last in capitalised_runs(tokens):
            for seg in segment_run(tokens, first, last):
                if seg.last - seg.first >= 2 and seg.kind in ("name", "title"):
                    gram = tuple(fold(t.text) for t in tokens[seg.first : seg.last])
                    names[gram] += 1
                    surfaces[gram][" ".join(t.text for t in tokens[seg.first : seg.last])] += 1
        stretch: list[Token] = []
        for token in tokens:
            if _is_word(token):
                stretch.append(token)
            elif token.text not in ("'s", "’s"):
                stretches.append(stretch)
                stretch = []
        stretches.append(stretch)
    documents = [[fold(t.text) for t in s] for s in stretches if s]
    for stretch in stretches:
        for n in (2, 3):
            for i in range(len(stretch) - n + 1):
                window = stretch[i : i + n]
                surfaces[tuple(fold(t.text) for t in window)][nfc(" ".join(t.text for t in window))] += 1

    def bad(gram: tuple[str, ...]) -> bool:
        return gram[0] in stop or gram[-1] in stop or any(not re.search(r"[^\W\d_]", w) for w in gram)

    scores: dict[tuple[str, ...], float] = {}
    counts: Counter[tuple[str, ...]] = Counter()
    for finder_cls, measure in (
        (BigramCollocationFinder, BigramAssocMeasures.likelihood_ratio),
        (TrigramCollocationFinder, TrigramAssocMeasures.likelihood_ratio),
    ):
        finder = finder_cls.from_documents(documents)
        for gram, count in finder.ngram_fd.items():
            try:
                score = finder.score_ngram(measure, *gram)
            except (ValueError, ZeroDivisionError):  # degenerate counts ("said said said ...")
                score = 0.0
            scores[gram] = score if score is not None else 0.0
            counts[gram] = count
    capitalised = {g for g, forms in surfaces.items() if all(w[:1].isupper() for f in forms for w in f.split())}
    candidates = {g for g, c in counts.items() if c >= min_count and not bad(g) and g not in capitalised}
    nested = {sub for g in candidates if len(g) == 3 for sub in (g[:2], g[1:]) if counts[sub] == counts[g]}
    candidates = (candidates - nested) | set(names)
    rows = []
    for gram in candidates:
        score = scores.get(gram)
        if score is None:
            score = max((scores.get(gram[i : i + 3], 0.0) for i in range(len(gram) - 2)), default=0.0)
        label = most_frequent(surfaces[gram])
        count = max(counts.get(gram, 0), names.get(gram, 0))
        rows.append({"term": label, "n": len(gram), "count": count, "score": round(score, 3)})
    frame = pd.DataFrame(rows, columns=["term", "n", "count", "score"])
    frame = frame.sort_values(["score", "count", "term"], ascending=[False, False, True]).reset_index(drop=True)
    return frame.head(top) if top else frame


def kwic(article: Article, term: str, width: int = 40, sections: Sequence[str] | None = None) -> pd.DataFrame:
    """Every whole-word, case-insensitive occurrence of ``term`` (a word or phrase) in context.

    Columns: start, end, left, match, right, sentence, paragraph, section. ``left`` and
    ``right`` are the ``width`` characters around the match, exactly as in the text.
    """
    import pandas as pd

    words = term.split()
    if not words:
        raise ValueError("kwic needs a non-empty term")
    words = [nfc(w) for w in words]
    pattern = re.compile(
        r"(?<![\w])" + r"\s+".join(re.escape(w) for w in words) + (r"(?![\w]|" + MARKS + ")" if words[-1][-1].isalnum() else ""),
        re.IGNORECASE,
    )
    normal, starts, ends = _nfc_with_offsets(article.text)
    allowed = set(sections) if sections else None
    rows = []
    text = article.text
    for m in pattern.finditer(normal):
        start, end = starts[m.start()], ends[m.end() - 1]  # whole characters of the original text
        sentence = article.sentence_at(start)
        if sentence is None or (allowed and sentence.section not in allowed):
            continue
        rows.append(
            {
                "start": start,
                "end": end,
                "left": _cut_left(text, start, width),
                "match": text[start:end],
                "right": _cut_right(text, end, width),
                "sentence": sentence.index,
                "paragraph": sentence.paragraph,
                "section": sentence.section,
            }
        )
    return pd.DataFrame(rows, columns=["start", "end", "left", "match", "right", "sentence", "paragraph", "section"])


_CLUSTER = re.compile(r"(?s)." + MARKS + "*")


def _nfc_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` in NFC, with the original start and end offset of every normalised character
    (a base letter and its combining marks are normalised together, so offsets never fall
    inside one)."""
    parts, starts, ends = [], [], []
    for m in _CLUSTER.finditer(text):
        piece = nfc(m.group()) if len(m.group()) > 1 else m.group()
        parts.append(piece)
        starts.extend([m.start()] * len(piece))
        ends.extend([m.end()] * len(piece))
    return "".join(parts), starts, ends


def _cut_left(text: str, start: int, width: int) -> str:
    """Up to ``width`` characters before ``start``, never beginning inside a letter's accents."""
    begin = max(0, start - width)
    while 0 < begin < start and _MARK.match(text, begin):
        begin -= 1
    return text[begin:start]


def _cut_right(text: str, end: int, width: int) -> str:
    """Up to ``width`` characters after ``end``, never ending between a letter and its accents."""
    stop = min(len(text), end + width)
    while stop < len(text) and _MARK.match(text, stop):
        stop += 1
    return text[end:stop]


_MARK = re.compile(MARKS)


def dispersion(article: Article, terms: Sequence[str], sections: Sequence[str] = BODY) -> pd.DataFrame:
    """Where each term occurs: token position, sentence, paragraph and offsets.

    Terms are matched like term counts (case-folded, place variants merged, so ``U.S.`` finds
    ``United States``); a multiword term is matched as a phrase. Columns: term, position,
    sentence, paragraph, start, end; plus the article's token count in ``frame.attrs``.
    """
    import pandas as pd

    occurrences = term_tokens(article, sections)
    keys = [t.key for t in occurrences]
    rows = []
    for term in terms:
        wanted = _term_keys(term)
        n = len(wanted)
        for i in range(len(keys) - n + 1):
            if tuple(keys[i : i + n]) == wanted:
                first, last = occurrences[i], occurrences[i + n - 1]
                rows.append(
                    {
                        "term": term,
                        "position": first.position,
                        "sentence": first.sentence,
                        "paragraph": first.paragraph,
                        "start": first.start,
                        "end": last.end,
                    }
                )
    frame = pd.DataFrame(rows, columns=["term", "position", "sentence", "paragraph", "start", "end"])
    frame.attrs["tokens"] = len(occurrences)
    return frame


def _term_keys(term: str) -> tuple[str, ...]:
    """A query term normalised the way ``term_tokens`` normalises the text."""
    from analysis.article import parse_article

    query = parse_article(term)
    return tuple(t.key for t in term_tokens(query, sections=("body", "headline")))


make_callable(__name__, term_frequencies, "term frequencies")
