"""The records every stage of quote extraction passes on (quote spans, speaker mentions, cues,
attributions), the word lists several stages share, and small helpers for positions."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from analysis.article import Article, Sentence
from analysis.resources import mapping, table
from analysis.tokens import Token

SECTIONS = ("headline", "body")


PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "it"})


_POSTMODIFIER_LINKS = frozenset("of for from at to with in on by close familiar and".split())


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen several".split())


@dataclass(frozen=True)
class Mention:
    """A speaker mention: its span, text and what kind of phrase it is."""

    start: int
    end: int
    text: str
    kind: str  # name, pronoun, anonymous, group, organization, nominal


@dataclass(frozen=True)
class Cue:
    """A reporting verb (or ``according to``, or a colon after a name) and its token index."""

    start: int
    end: int
    text: str
    index: int
    use: str  # content or quote


@dataclass(frozen=True)
class Attribution:
    """One quotation or reported-speech record, with offsets into the article text."""

    start: int
    end: int
    kind: str  # direct, partial or indirect
    cue: Cue | None
    mention: Mention | None
    speaker: str | None = None
    speaker_type: str | None = None
    paragraph: int = 0
    sentence: int = 0
    open_ended: bool = False  # the quotation runs on into the next paragraph


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted text ``[start, end)`` (marks excluded) and the marks' outer span ``[open, close)``."""

    start: int
    end: int
    open: int
    close: int
    closed: bool


@cache
def _cues() -> dict[str, str]:
    return mapping("reporting_verbs.tsv", "form", "use")


@cache
def _source_heads() -> dict[str, str]:
    return {row["head"]: row["type"] for row in table("source_heads.tsv")}


def _preceding(records: Sequence[Attribution], pos: int) -> Attribution | None:
    """The last record with a mention starting before ``pos`` (records in order of start)."""
    k = bisect.bisect_left(records, pos, key=lambda r: r.start)
    for r in reversed(records[max(0, k - _LOOKBACK) : k]):
        if r.mention is not None:
            return r
    return None


def _sentence_of(article: Article, sentences: Sequence[Sentence], pos: int) -> Sentence | None:
    """The paragraph's sentence holding ``pos``; the nearest one if ``pos`` falls between them."""
    found = article.sentence_at(pos)
    if found is not None or not sentences:
        return found
    return sentences[-1] if pos >= sentences[-1].start else sentences[0]


_RECENT_SPEAKERS = 20


_LOOKBACK = 40  # tokens (or records) looked back at most: every scan stays bounded, so time stays linear


_LATER_CUES = 8  # the next cues of a sentence that may end a cue's reported content


def _cues_between(cues: Sequence[Cue], lo: int, hi: int) -> Sequence[Cue]:
    """The cues at token indices ``[lo, hi)`` (cues are in token order)."""
    return cues[bisect.bisect_left(cues, lo, key=lambda c: c.index) : bisect.bisect_left(cues, hi, key=lambda c: c.index)]


def _quoted_chars(spans: Sequence[QuoteSpan], start: int, end: int) -> int:
    """How many characters of ``[start, end)`` lie inside quotation marks (spans in order)."""
    k = bisect.bisect_right(spans, start, key=lambda q: q.end)
    total = 0
    while k < len(spans) and spans[k].start < end:
        total += max(0, min(end, spans[k].end) - max(start, spans[k].start))
        k += 1
    return total


def _token_index(tokens: Sequence[Token], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect.bisect_left(tokens, pos, key=lambda t: t.start)


def _nearest(records: Sequence[Attribution], pos: int) -> Attribution | None:
    """The last record starting before ``pos``, else the first after it (records in order of start)."""
    k = bisect.bisect_left(records, pos, key=lambda r: r.start)
    if k > 0:
        return records[k - 1]
    after = bisect.bisect_right(records, pos, key=lambda r: r.start)
    return records[after] if after < len(records) else None


def _line_end(article: Article, start: int) -> int:
    end = article.text.find("\n", start)
    return len(article.text) if end < 0 else end
