"""Sources: everyone the article attributes words to, and everyone it only mentions.

One row per source, built from the attribution records (``analysis.quotes``), the entity
registry (roles and affiliations, ``analysis.entities``) and the article's credit lines
(photo credits and news-agency tags, which are sources of a different kind: ``media``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from analysis.article import Article
from analysis.callable import make_callable
from analysis.quotes import attributions, cast

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, so the row functions never load it
    import pandas as pd

COLUMNS = ["name", "type", "role", "affiliation", "direct_quotes", "quoted_words", "indirect", "mentions", "status"]

_PHOTO_CREDIT = re.compile(
    r"\((?:Photo|Photograph|Picture|Image|Video)s? (?:courtesy of|by|from) (?:the )?([^)/]+)(?:/([^)]+))?\)", re.IGNORECASE
)
_AGENCY_TAG = re.compile(r"\(([A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*){0,2})\)")
_CREDIT_LINE = re.compile(r"\b([A-Z]{2,}(?: [A-Z]{2,})?)/([A-Z][a-z]+(?: [A-Z][a-z]+)*)")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{1,40}(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?\s*\(([A-Za-z][\w &.]{1,24})\)\s*(?:--|—|–|-)")


def media_credits(article: Article) -> list[tuple[str, str]]:
    """(name, what it is credited for) for photo credits, agency tags and datelines."""
    found: list[tuple[str, str]] = []
    for paragraph in article.paragraphs:
        text = article.text[paragraph.start : paragraph.end]
        if paragraph.section == "caption":
            for m in _PHOTO_CREDIT.finditer(text):
                found.append((m.group(1).strip(), "photo credit"))
            for m in _CREDIT_LINE.finditer(text):
                found.append((m.group(1).title() if len(m.group(1)) > 3 else m.group(1), "photo credit"))
            tail = text.rstrip()
            for m in _AGENCY_TAG.finditer(tail):
                if m.end() == len(tail) or tail[m.end() :].startswith("("):
                    found.append((m.group(1), "agency"))
        elif paragraph.section == "body" and not any(kind == "dateline" for _, kind in found):
            m = _DATELINE.match(text)
            if m:
                found.append((m.group(1), "dateline"))
    seen, unique = set(), []
    for name, kind in found:
        if name not in seen:
            seen.add(name)
            unique.append((name, "agency" if kind == "dateline" else kind))
    return unique


def sources(article: Article) -> pd.DataFrame:
    """One row per source: counts of quoted segments, quoted words and reported speech.

    ``direct_quotes`` counts direct and partial quotations together (as the CLI contract
    says); ``status`` is ``quoted``, ``paraphrased`` (reported speech only), ``mentioned``
    (a person the article names but attributes nothing to) or ``credited`` (media).
    """
    import pandas as pd

    return pd.DataFrame(source_rows(article), columns=COLUMNS)


def source_rows(article: Article) -> list[dict]:
    """The rows of ``sources``: most said first (quotations and reported speech), then most quoted
    words, then first mention."""
    records = attributions(article)
    registry = cast(article)
    rows: dict[str, dict] = {}
    order: dict[str, int] = defaultdict(lambda: 10**9)
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for r in records:
        if not r.speaker:
            continue
        row = rows.setdefault(r.speaker, _row(r.speaker, r.speaker_type or "person"))
        if r.mention is not None:
            spans[r.speaker].add((r.mention.start, r.mention.end))
        row["mentions"] = len(spans[r.speaker])  # unnamed sources: their speaker phrases; entities below
        order[r.speaker] = min(order[r.speaker], r.start)
        if r.kind == "indirect":
            row["indirect"] += 1
        else:
            row["direct_quotes"] += 1
            row["quoted_words"] += len(article.text[r.start : r.end].split())
    for entity in registry.entities:
        if entity.kind != "person":
            if entity.kind == "organization" and entity.name in rows:  # a speaking organisation's mentions
                rows[entity.name]["mentions"] = len(entity.mentions)
            continue
        row = rows.get(entity.name)
        if row is None:
            row = rows.setdefault(entity.name, _row(entity.name, "person"))
        order[entity.name] = min(order[entity.name], min(s for s, _ in entity.mentions))
        row["role"] = entity.role
        row["affiliation"] = entity.affiliation
        row["mentions"] = len(entity.mentions)
    for name, credit in media_credits(article):
        if name not in rows:
            rows[name] = _row(name, "media")
            rows[name]["role"] = credit
            order[name] = len(article.text)
    for row in rows.values():
        row["status"] = _status(row)
    return sorted(rows.values(), key=lambda r: (-(r["direct_quotes"] + r["indirect"]), -r["quoted_words"], order[r["name"]]))


def _row(name: str, kind: str) -> dict:
    return {
        "name": name,
        "type": kind,
        "role": None,
        "affiliation": None,
        "direct_quotes": 0,
        "quoted_words": 0,
        "indirect": 0,
        "mentions": 0,
    }


def _status(row: dict) -> str:
    if row["type"] == "media":
        return "credited"
    if row["direct_quotes"]:
        return "quoted"
    if row["indirect"]:
        return "paraphrased"
    return "mentioned"


def voice_counts(article: Article, sections: tuple[str, ...] = ("body",)) -> tuple[dict[tuple[str, str], int], int]:
    """Words per (voice, kind), each word counted once (quotations first, then reported speech),
    and the number of words: the counts behind ``voice_share``."""
    import bisect

    words = [t for s in article.sentences_in(*sections) for t in article.tokens_in(s.start, s.end) if t.kind == "word"]
    starts = [t.start for t in words]
    records = attributions(article)
    owner: dict[int, tuple[str, str]] = {}
    for kind in ("quoted", "reported"):
        for r in records:
            if (r.kind == "indirect") != (kind == "reported"):
                continue
            voice = r.speaker or "unattributed"
            for n in range(bisect.bisect_left(starts, r.start), len(words)):  # words starting inside the record
                t = words[n]
                if t.start >= r.end:
                    break
                if t.end <= r.end and n not in owner:
                    owner[n] = (voice, kind)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for n in range(len(words)):
        counts[owner.get(n, ("narration", "narration"))] += 1
    return counts, len(words)


def voice_share(article: Article, sections: tuple[str, ...] = ("body",)) -> pd.DataFrame:
    """Each body word assigned once: inside a quotation (its speaker), in reported speech, or narration.

    Columns: voice (speaker name, or "narration"), kind (quoted, reported, narration), words, share.
    Quoted words of unidentified speakers are "unattributed".
    """
    import pandas as pd

    counts, total = voice_counts(article, sections)
    total = max(total, 1)
    rows = [{"voice": v, "kind": k, "words": c, "share": round(c / total, 4)} for (v, k), c in counts.items()]
    frame = pd.DataFrame(rows, columns=["voice", "kind", "words", "share"])
    frame["_narration"] = frame["kind"] != "narration"
    frame = frame.sort_values(["_narration", "words", "voice"], ascending=[True, False, True])
    return frame.drop(columns="_narration").reset_index(drop=True)


make_callable(__name__, sources, "one row per source")
