"""People, places and organisations, found from the text's own patterns, with coreference.

The text's own evidence decides first, in the tradition of gazetteer-and-pattern systems
(GATE's ANNIE; Mikheev, Moens & Grover, EACL 1999); a tagger trained on open annotations
(``analysis.entity_model``) decides the names the evidence leaves open:

- capitalised runs are split into place adjective, title and name (``analysis.names``, which
  reads its word lists through ``analysis.name_words``);
- a name is a **place** when it is a country (ISO 3166 via pycountry, plus variants), a
  demonym's country, a region or geographic feature (``data/regions.txt``), a U.S. state
  or a city of 300,000 people or more (GeoNames, ``data/cities.txt``);
- an **organisation** when its last word is an organisation head (``data/org_heads.txt``:
  Party, Ministry, Times...) or a company's word (``Corp``, ``Securities``), it is an acronym or a
  listed company (``data/companies.txt``), or a noun such as "group" introduces it;
- a **person** when a title stands before it (``Foreign Minister Yoko Kamikawa``, ``current
  leader Tsai Ing-wen``), when it has two or three name-like words, or when it repeats the
  surname of a person already found. Role and affiliation come from the title, the place
  adjective or possessive before it (``Japanese``, ``U.S.``, ``Taiwan's``) and appositives
  (``Hugh Hill, a doctor,``).

Later mentions join the first: a surname or full name (the canonical name is the first full
name the article gives) and ``he``/``she`` (the most recent compatible person, gender learnt
from honorifics and from pronouns already linked).

Stages: ``find`` (names sentence by sentence) -> ``kinds`` (what each name is; ``bodies`` for
what shows an organisation, ``sport`` for what a sports table's layout says, ``market`` for listed
companies and what a market report's sentences say) -> ``registry`` (who is in the article, with
every mention);
the tables are made here.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.article import Article
from analysis.callable import make_callable
from analysis.entities.find import build_registry
from analysis.entities.kinds import place_name
from analysis.entities.registry import PRONOUN_GENDER, Entity, Registry, first_name_gender, given_names

__all__ = [
    "MENTION_COLUMNS",
    "PRONOUN_GENDER",
    "Entity",
    "Registry",
    "build_registry",
    "entities",
    "entity_mentions",
    "entity_network",
    "first_name_gender",
    "given_names",
    "mention_rows",
    "place_name",
]


def _registry(article: Article, sections: Sequence[str]) -> Registry:
    """The article's cast (entities with the speakers the quote resolver found) for the usual sections."""
    if set(sections) == {"headline", "body", "caption"}:
        from analysis.quotes import cast

        return cast(article)
    return build_registry(article, sections)


def entities(article: Article, sections: Sequence[str] = ("body", "headline", "caption")):
    """People, places and organisations: name, kind, mentions, role, affiliation (a DataFrame)."""
    import pandas as pd

    registry = _registry(article, sections)
    rows = [
        {
            "name": e.label(article.text),
            "kind": e.kind,
            "mentions": len(e.mentions),
            "role": e.role,
            "affiliation": e.affiliation,
            "first_start": min(s for s, _ in e.mentions),
        }
        for e in registry.entities
    ]
    frame = pd.DataFrame(rows, columns=["name", "kind", "mentions", "role", "affiliation", "first_start"])
    return frame.sort_values(["first_start"]).reset_index(drop=True)


MENTION_COLUMNS = ["name", "kind", "start", "end", "text", "sentence", "paragraph"]


def entity_mentions(article: Article, sections: Sequence[str] = ("body", "headline", "caption")):
    """Every mention of every entity (names and resolved pronouns) as offsets: a DataFrame with
    name, kind, start, end, text (``article.text[start:end]``), sentence and paragraph."""
    import pandas as pd

    return pd.DataFrame(mention_rows(article, sections), columns=MENTION_COLUMNS)


def mention_rows(article: Article, sections: Sequence[str] = ("body", "headline", "caption")) -> list[dict]:
    """The rows of ``entity_mentions``, by offset."""
    rows = []
    for e in _registry(article, sections).entities:
        label = e.label(article.text)
        for start, end in sorted(set(e.mentions)):
            sentence = article.sentence_at(start)
            rows.append(
                {
                    "name": label,
                    "kind": e.kind,
                    "start": start,
                    "end": end,
                    "text": article.text[start:end],
                    "sentence": sentence.index if sentence else None,
                    "paragraph": sentence.paragraph if sentence else None,
                }
            )
    return sorted(rows, key=lambda r: (r["start"], r["end"]))


def entity_network(article: Article, sections: Sequence[str] = ("body",), top: int = 25):
    """People, places and organisations that share sentences: (nodes, edges) DataFrames.

    nodes: name, kind, mentions (in the chosen sections); edges: source, target, weight
    (sentences shared). Only the ``top`` most mentioned entities that share a sentence with another.
    """
    import pandas as pd

    registry = _registry(article, ("headline", "body", "caption"))

    def sentence_of(pos: int) -> int | None:
        sentence = article.sentence_at(pos)
        return sentence.index if sentence is not None and sentence.section in sections else None

    where: dict[str, set[int]] = {}
    kinds: dict[str, str] = {}
    mentions: dict[str, int] = {}
    for e in registry.entities:
        found = [n for n in (sentence_of(s) for s, _ in e.mentions) if n is not None]
        if found:
            label = e.label(article.text)
            where[label], kinds[label], mentions[label] = set(found), e.kind, len(found)
    ranked = sorted(where, key=lambda n: (-mentions[n], n))[:top]
    edges = []
    for i, a in enumerate(ranked):
        for b in ranked[i + 1 :]:
            shared = len(where[a] & where[b])
            if shared:
                edges.append({"source": a, "target": b, "weight": shared})
    linked = {e["source"] for e in edges} | {e["target"] for e in edges}
    nodes = pd.DataFrame(
        [{"name": n, "kind": kinds[n], "mentions": mentions[n]} for n in ranked if n in linked],
        columns=["name", "kind", "mentions"],
    )
    return nodes, pd.DataFrame(edges, columns=["source", "target", "weight"])


make_callable(__name__, entities, "people, places and organisations")
