"""Themes the article itself shows: its characteristic terms, grouped by where they occur together.

No list is needed, so it works on sport, business, science or a storm:

1. **Terms.** The article's content terms (stop words removed, place names merged, as in
   ``analysis.terms``) that it over-uses most against general English (Dunning's G² against
   ``wordfreq``). Terms seen twice or more come first; a short article also uses terms seen once.
2. **Groups.** Two terms are linked once per sentence they share; the network is split into
   communities by greedy modularity maximisation (Clauset, Newman & Moore, 2004;
   ``analysis.themes.communities``, the same merges as ``networkx``'s).
   A community of one term is no theme. If one big community is all there is, it is bisected
   (Kernighan–Lin, fixed seed), so a story that moves between two subjects shows both.
3. **Names.** Each group is named by its strongest terms, "promotion · points · table"; terms
   belong to one group, so names differ.
4. **Units.** A paragraph (or sentence) is led by the group whose terms it uses most, if it uses
   them at least twice; otherwise it has no theme, and says so.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from analysis.article import Article
from analysis.themes.communities import greedy_modularity
from analysis.themes.rows import unit_row

TOP_TERMS = 30
MIN_TERMS = 8  # below this many repeated terms, terms seen once join in
NAME_TERMS = 3
MIN_UNIT_HITS = 2
SEPARATOR = " · "


@dataclass
class Discovered:
    """The article's themes: names in order of weight, each theme's terms, and the term network."""

    names: list[str]
    terms: dict[str, list[str]]  # theme name -> term keys, strongest first
    theme_of: dict[str, str]  # term key -> theme name
    label: dict[str, str]  # term key -> the article's most frequent spelling
    counts: Counter
    edges: Counter = field(default_factory=Counter)  # (key, key) -> sentences shared


def discover(article: Article, sections: Sequence[str] = ("body",)) -> Discovered:
    """The article's data-driven themes (computed once per article)."""
    return article.memo(("discovered", tuple(sections)), lambda: _discover(article, sections))


def _discover(article: Article, sections: Sequence[str]) -> Discovered:
    from analysis.stopwords import stopwords
    from analysis.terms import most_frequent, term_tokens

    stop = stopwords()
    occurrences = [
        t for t in term_tokens(article, sections) if t.key not in stop and len(t.key) > 1 and any(c.isalpha() for c in t.key)
    ]
    counts = Counter(t.key for t in occurrences)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for t in occurrences:
        spellings[t.key][t.surface] += 1
    kept = characteristic(counts, 2, TOP_TERMS)
    if len(kept) < MIN_TERMS:
        kept += [t for t in characteristic(counts, 1, TOP_TERMS) if t not in kept][: TOP_TERMS - len(kept)]
    keep = set(kept)
    by_sentence: dict[int, set[str]] = defaultdict(set)
    for t in occurrences:
        if t.key in keep:
            by_sentence[t.sentence].add(t.key)
    edges: Counter[tuple[str, str]] = Counter()
    for terms in by_sentence.values():
        for a, b in combinations(sorted(terms), 2):
            edges[(a, b)] += 1
    groups = [sorted(c) for c in greedy_modularity(sorted(keep), edges)] if edges else []
    groups = [g for g in groups if len(g) >= 2]
    if len(groups) == 1 and len(groups[0]) >= 4:
        groups = [sorted(h) for h in _bisect(groups[0], edges) if len(h) >= 2]
    rank = {term: n for n, term in enumerate(kept)}  # by G², strongest first
    ordered_groups = []
    for g in groups:
        members = sorted(g, key=lambda k: (-counts[k], rank[k]))
        ordered_groups.append((sum(counts[k] for k in g), members))
    ordered_groups.sort(key=lambda x: (-x[0], x[1][0]))
    label = {k: most_frequent(c) for k, c in spellings.items()}
    names, terms, theme_of = [], {}, {}
    for _, members in ordered_groups:
        name = SEPARATOR.join(label[k] for k in members[:NAME_TERMS])
        names.append(name)
        terms[name] = members
        for k in members:
            theme_of[k] = name
    return Discovered(names, terms, theme_of, label, counts, edges)


def _bisect(group: Sequence[str], edges: Counter[tuple[str, str]]):
    """One community split in two (Kernighan–Lin, fixed seed), the terms' own edges weighing."""
    import networkx as nx
    from networkx.algorithms.community import kernighan_lin_bisection

    members = set(group)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(group))
    for (a, b), w in sorted(edges.items()):
        if a in members and b in members:
            graph.add_edge(a, b, weight=w)
    return kernighan_lin_bisection(graph, weight="weight", seed=0)


def characteristic(counts: Counter[str], min_count: int, top: int) -> list[str]:
    """The ``top`` terms seen ``min_count`` times that the article over-uses most (by G²)."""
    from analysis.frequency import word_frequency
    from analysis.terms import REFERENCE_SIZE, log_likelihood, log_ratio

    size = sum(counts.values())
    scored = []
    for term, n in counts.items():
        if n < min_count:
            continue
        b = word_frequency(term) * REFERENCE_SIZE
        if log_ratio(n, size, b, REFERENCE_SIZE) > 0:
            scored.append((-log_likelihood(n, size, b, REFERENCE_SIZE), term))
    return [term for _, term in sorted(scored)[:top]]


def discovered_rows(article: Article, units, found: Discovered, unit: str, sections: Sequence[str]) -> list[dict]:
    """Score every unit for every discovered theme: occurrences of the theme's terms in it."""
    from analysis.terms import term_tokens

    hits: dict[int, list[str]] = defaultdict(list)  # unit start -> term keys, in order
    starts = [u.start for u in units]
    import bisect

    for t in term_tokens(article, sections):
        if t.key in found.theme_of:
            i = bisect.bisect_right(starts, t.start) - 1
            if i >= 0 and t.end <= units[i].end:
                hits[i].append(t.key)
    rows = []
    for i, u in enumerate(units):
        scores: Counter[str] = Counter()
        evidence: dict[str, list[str]] = defaultdict(list)
        for key in hits.get(i, ()):
            theme = found.theme_of[key]
            scores[theme] += 1
            evidence[theme].append(found.label[key])
        rows.append(unit_row(u, unit, found.names, scores, evidence, lambda _theme, score: score >= MIN_UNIT_HITS))
    return rows
