"""Themes: what each paragraph is about, from a curated lexicon and from the text itself.

Two views side by side:

- **Curated** (dictionary-based content analysis, as in Krippendorff's *Content Analysis*,
  ch. 11): ``data/themes.tsv`` lists, for each theme of international-relations news, the
  words and phrases that signal it, with a weight and a reason. A unit's score for a theme is
  the sum of the weights of the lexicon terms it contains; the words that matched are kept as
  evidence. A unit whose best score is below ``MIN_SCORE`` gets no theme rather than a guess.
- **Data-driven**: a co-occurrence network of the article's terms (two terms are linked when
  they share a sentence, weighted by how many) split into communities by greedy modularity
  maximisation (Clauset, Newman & Moore, Physical Review E 70, 2004; ``networkx``), so a reader
  can see which themes emerge without the lexicon and compare them with the curated ones.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations

import pandas as pd

from analysis.article import Article
from analysis.resources import table

MIN_SCORE = 2


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a word, a prefix (``cooperat*``) or a phrase, and its weight."""

    theme: str
    words: tuple[str, ...]
    prefix: bool
    weight: int


@cache
def lexicon() -> tuple[Entry, ...]:
    """The curated theme lexicon, longest phrases first."""
    entries = []
    for row in table("themes.tsv"):
        term = row["term"].casefold()
        prefix = term.endswith("*")
        entries.append(Entry(row["theme"], tuple(term.rstrip("*").split()), prefix, int(row["weight"])))
    return tuple(sorted(entries, key=lambda e: -len(e.words)))


@cache
def themes() -> tuple[str, ...]:
    """Theme names in the lexicon's order."""
    return tuple(dict.fromkeys(row["theme"] for row in table("themes.tsv")))


@cache
def _index() -> tuple[tuple[int, ...], dict[tuple[int, str], list[Entry]], tuple[Entry, ...]]:
    """Lexicon entries by (length, first word), and single-word prefix entries."""
    by_first: dict[tuple[int, str], list[Entry]] = defaultdict(list)
    prefixes = []
    for entry in lexicon():
        if entry.prefix and len(entry.words) == 1:
            prefixes.append(entry)
        else:
            by_first[(len(entry.words), entry.words[0])].append(entry)
    lengths = tuple(sorted({n for n, _ in by_first} | {1}, reverse=True))
    return lengths, dict(by_first), tuple(prefixes)


def match_terms(words: Sequence[str]) -> list[tuple[Entry, str]]:
    """Lexicon entries found in a list of case-folded words (longest first, each word used once)."""
    lengths, by_first, prefixes = _index()
    used = [False] * len(words)
    found = []
    for n in lengths:
        for i in range(len(words) - n + 1):
            if any(used[i : i + n]):
                continue
            window = words[i : i + n]
            candidates = by_first.get((n, window[0]), ())
            if n == 1:
                candidates = [*candidates, *(e for e in prefixes if window[0].startswith(e.words[0]))]
            for entry in candidates:
                head_ok = window[-1].startswith(entry.words[-1]) if entry.prefix else window[-1] == entry.words[-1]
                if head_ok and tuple(window[:-1]) == entry.words[:-1]:
                    used[i : i + n] = [True] * n
                    found.append((entry, " ".join(window)))
                    break
    return found


def _unit_words(article: Article, start: int, end: int) -> list[str]:
    return [t.text.casefold() for t in article.tokens_in(start, end) if t.kind == "word" and t.text not in ("'s", "’s")]


def theme_scores(article: Article, unit: str = "paragraph", sections: Sequence[str] = ("body",)) -> pd.DataFrame:
    """Per paragraph (or sentence): a score per theme, the words that triggered it, the lead theme.

    Columns: unit, start, end, paragraph, themes ({theme: score}), evidence ({theme: [words]}),
    lead (the best-scoring theme, None when no theme reaches ``MIN_SCORE``), and one numeric
    column per theme for plotting.
    """
    if unit not in ("paragraph", "sentence"):
        raise ValueError(f"unit must be paragraph or sentence, not {unit!r}")
    units = article.paragraphs_in(*sections) if unit == "paragraph" else article.sentences_in(*sections)
    rows = []
    for u in units:
        scores: Counter[str] = Counter()
        evidence: dict[str, list[str]] = defaultdict(list)
        for entry, surface in match_terms(_unit_words(article, u.start, u.end)):
            scores[entry.theme] += entry.weight
            evidence[entry.theme].append(surface)
        ordered = {t: scores[t] for t in themes() if scores[t]}
        lead = max(ordered, key=lambda t: (ordered[t], -themes().index(t))) if ordered else None
        if lead is not None and ordered[lead] < MIN_SCORE:
            lead = None
        paragraph = u.index if unit == "paragraph" else u.paragraph
        rows.append(
            {
                "unit": unit,
                "start": u.start,
                "end": u.end,
                "paragraph": paragraph,
                "themes": ordered,
                "evidence": {t: evidence[t] for t in ordered},
                "lead": lead,
                **{t: scores[t] for t in themes()},
            }
        )
    return pd.DataFrame(rows, columns=["unit", "start", "end", "paragraph", "themes", "evidence", "lead", *themes()])


def term_theme(term: str) -> str | None:
    """The curated theme a single term belongs to, if the lexicon has it."""
    found = match_terms(term.casefold().split())
    return max(found, key=lambda f: f[0].weight)[0].theme if found else None


def cooccurrence(
    article: Article, sections: Sequence[str] = ("body",), min_count: int = 2, top: int = 40
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Terms that share sentences, and their communities.

    Nodes are the ``top`` terms most characteristic of the article (highest log-likelihood G²
    against general English, as in ``analysis.terms.keyness``) among the content terms (stop
    words removed, place names merged) occurring at least ``min_count`` times; an edge joins two
    terms once per sentence they share.
    Returns (nodes, edges): nodes has term, count, community (0 = largest), degree and the
    curated theme of the term if any; edges has source, target, weight.
    """
    import networkx as nx
    from networkx.algorithms.community import greedy_modularity_communities

    from analysis.stopwords import stopwords
    from analysis.terms import most_frequent, term_tokens

    stop = stopwords()
    occurrences = [t for t in term_tokens(article, sections) if t.key not in stop and len(t.key) > 1]
    counts = Counter(t.key for t in occurrences)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for t in occurrences:
        labels[t.key][t.surface] += 1
    kept = _characteristic(counts, min_count, top)
    keep = set(kept)
    by_sentence: dict[int, set[str]] = defaultdict(set)
    for t in occurrences:
        if t.key in keep:
            by_sentence[t.sentence].add(t.key)
    weights: Counter[tuple[str, str]] = Counter()
    for terms in by_sentence.values():
        for a, b in combinations(sorted(terms), 2):
            weights[(a, b)] += 1
    graph = nx.Graph()
    graph.add_nodes_from(kept)
    for (a, b), w in sorted(weights.items()):
        graph.add_edge(a, b, weight=w)
    communities = greedy_modularity_communities(graph, weight="weight") if graph.number_of_edges() else [{k} for k in kept]
    ordered = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
    community_of = {term: n for n, members in enumerate(ordered) for term in members}
    label = {k: most_frequent(c) for k, c in labels.items()}
    nodes = pd.DataFrame(
        [
            {
                "term": label[k],
                "count": counts[k],
                "community": community_of[k],
                "degree": graph.degree(k, weight="weight"),
                "theme": term_theme(k),
            }
            for k in kept
        ],
        columns=["term", "count", "community", "degree", "theme"],
    )
    edges = pd.DataFrame(
        [{"source": label[a], "target": label[b], "weight": w} for (a, b), w in sorted(weights.items())],
        columns=["source", "target", "weight"],
    )
    return nodes, edges


def _characteristic(counts: Counter[str], min_count: int, top: int) -> list[str]:
    """The ``top`` terms seen ``min_count`` times that the article over-uses most (by G²)."""
    import wordfreq

    from analysis.terms import REFERENCE_SIZE, log_likelihood, log_ratio

    size = sum(counts.values())
    scored = []
    for term, n in counts.items():
        if n < min_count:
            continue
        b = wordfreq.word_frequency(term, "en") * REFERENCE_SIZE
        if log_ratio(n, size, b, REFERENCE_SIZE) > 0:
            scored.append((-log_likelihood(n, size, b, REFERENCE_SIZE), term))
    return [term for _, term in sorted(scored)[:top]]


def community_themes(nodes: pd.DataFrame) -> pd.DataFrame:
    """For each co-occurrence community: its terms and the curated theme most of its terms carry."""
    rows = []
    for community, group in nodes.groupby("community", sort=True):
        themed = group["theme"].dropna()
        rows.append(
            {
                "community": community,
                "terms": ", ".join(group.sort_values("count", ascending=False)["term"]),
                "size": len(group),
                "curated_theme": themed.mode().iloc[0] if not themed.empty else None,
                "agreement": round(float((themed == themed.mode().iloc[0]).sum() / len(group)), 2) if not themed.empty else 0.0,
            }
        )
    return pd.DataFrame(rows, columns=["community", "terms", "size", "curated_theme", "agreement"])
