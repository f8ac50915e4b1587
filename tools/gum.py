"""Read the GUM corpus (CoNLL-U with entity annotations) as plain texts with named-entity spans.

Used by ``tools/train_entities.py`` and ``benchmarks/entities_gum.py``; never by the package.
Each document becomes its original text (tokens joined as ``SpaceAfter`` says, sentences by a
space, paragraphs by a blank line) and the character spans of its *named* person, place and
organisation mentions: those whose syntactic head is a proper noun (the corpus's own definition
of a named entity), trimmed of leading determiners and other lower-case words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

TYPES = {"person": "person", "place": "place", "organization": "organization"}
# genres whose texts are CC BY or CC BY-SA (the corpus's LICENSE.txt): the shipped model uses only these
SHIPPABLE = ("academic", "bio", "court", "interview", "voyage")
_OPEN = re.compile(r"\((\d+)-([a-z]+)-[^()]*?(\)?)(?=\(|\d+\)|$)")
_CLOSE = re.compile(r"(\d+)\)")


@dataclass
class Document:
    name: str
    genre: str
    text: str = ""
    entities: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, type)


def _entity_events(misc: str) -> list[tuple[str, str, str | None]]:
    """('open'|'single'|'close', id, type) events of one token's Entity= value, in order."""
    m = re.search(r"(?:^|\|)Entity=([^|]*)", misc)
    if not m:
        return []
    value, pos, out = m.group(1), 0, []
    while pos < len(value):
        if value[pos] == "(":
            o = _OPEN.match(value, pos)
            if not o:
                break
            out.append(("single" if o.group(3) else "open", o.group(1), o.group(2)))
            pos = o.end()
        else:
            c = _CLOSE.match(value, pos)
            if not c:
                break
            out.append(("close", c.group(1), None))
            pos = c.end()
    return out


def read(path: Path) -> Document:
    genre = path.stem.split("_")[1]
    doc = Document(path.stem, genre)
    parts: list[str] = []
    length = 0
    open_: dict[str, list[tuple[int, str, int]]] = {}  # id -> stack of (start char, type, first token index)
    mentions: list[tuple[int, int, str, list[int]]] = []  # start, end, type, token indices
    tokens: list[tuple[int, int, str, int, str]] = []  # start, end, upos, head (global index or -1), text
    sentence_base = 0
    new_par = False
    need_space = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            new_par = True
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            sentence_base = len(tokens)
            need_space = True
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        if parts and (new_par or need_space):
            if parts[-1] == " ":  # the token before asked for a space already
                parts.pop()
                length -= 1
            sep = "\n\n" if new_par else " "
            parts.append(sep)
            length += len(sep)
        new_par = need_space = False
        start = length
        parts.append(cols[1])
        length += len(cols[1])
        head = int(cols[6]) if cols[6].isdigit() else 0
        index = len(tokens)
        tokens.append((start, length, cols[3], sentence_base + head - 1 if head else -1, cols[1]))
        for kind, ident, etype in _entity_events(cols[9]):
            if kind == "single":
                mentions.append((start, length, etype, [index]))
            elif kind == "open":
                open_.setdefault(ident, []).append((start, etype, index))
            elif open_.get(ident):
                s, etype0, first = open_[ident].pop()
                mentions.append((s, length, etype0, list(range(first, index + 1))))
        if "SpaceAfter=No" not in cols[9]:
            parts.append(" ")
            length += 1
    doc.text = "".join(parts).rstrip() + "\n"
    for _start, _end, etype, idx in mentions:
        if etype not in TYPES:
            continue
        inside = set(idx)
        heads = [i for i in idx if tokens[i][3] not in inside]
        if not heads or tokens[heads[0]][2] != "PROPN":
            continue
        # the name around the head: "the United States" -> "United States", "Groningen, in the
        # Netherlands" -> "Groningen", "Niklaus and Johann II" -> "Niklaus", "University of Paris" stays
        h = heads[0]
        lo, hi = h, h
        while lo - 1 >= idx[0] and _name_part(tokens, lo - 1, idx[0], idx[-1]):
            lo -= 1
        while hi + 1 <= idx[-1] and _name_part(tokens, hi + 1, idx[0], idx[-1]):
            hi += 1
        while lo < hi and not _capitalised(tokens[lo][4]):
            lo += 1
        while hi > lo and not _capitalised(tokens[hi][4]):
            hi -= 1
        if _capitalised(tokens[lo][4]):
            doc.entities.append((tokens[lo][0], tokens[hi][1], TYPES[etype]))
    doc.entities.sort()
    return doc


_CONNECTORS = frozenset("of de la le du da von van der del al bin for on the".split())


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _name_part(tokens, i: int, first: int, last: int) -> bool:
    word = tokens[i][4]
    if _capitalised(word) or word in ("'s", "’s", "&", "-", ".") and first < i < last:
        return word not in ("'s", "’s") or False
    return word in _CONNECTORS and first < i < last and _capitalised(tokens[i + 1][4])


def documents(folder: Path, genres: tuple[str, ...] | None = None) -> list[Document]:
    docs = [read(p) for p in sorted(folder.glob("GUM_*.conllu"))]
    return [d for d in docs if genres is None or d.genre in genres]


def names_by_type(text: str, spans) -> dict[str, set[str]]:
    """Unique names per type in a document (the document-level view used for scoring)."""
    out: dict[str, set[str]] = {}
    for start, end, etype in spans:
        out.setdefault(etype, set()).add(" ".join(text[start:end].split()))
    return out


def match(a: str, b: str) -> bool:
    """Document-level name match: equal, or one a prefix or suffix of the other (whole words)."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_.startswith(short + " ") or long_.endswith(" " + short)


def score(gold: dict[str, set[str]], pred: dict[str, set[str]]) -> dict[str, tuple[int, int, int]]:
    """Per type: (true positives, predicted, gold) with one-to-one greedy matching of names."""
    out = {}
    for etype in TYPES.values():
        g, p = sorted(gold.get(etype, ())), sorted(pred.get(etype, ()))
        used, tp = set(), 0
        for name in p:
            for k, other in enumerate(g):
                if k not in used and match(name, other):
                    used.add(k)
                    tp += 1
                    break
        out[etype] = (tp, len(p), len(g))
    return out
