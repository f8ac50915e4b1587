"""Reported speech without quotation marks: ``X said (that) ...``, ``..., X said.``, ``according
to X, ...``, ``X told reporters ...``, ``X pledged to ...``, each with the reported content's span."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from analysis.article import Article, Sentence
from analysis.quotes.base import _LATER_CUES, Attribution, Cue, Mention, QuoteSpan, _cues_between, _quoted_chars, _token_index
from analysis.quotes.mentions import _cue_subject, _subject_after, _subject_before
from analysis.quotes.spans import _MARKS
from analysis.tokens import Token

_TELL_VERBS = frozenset(
    "tell tells told telling assure assured inform informed remind reminded warn warned urge urged ask asked".split()
)


_NOT_CLAUSE_STARTS = frozenset(
    "is are was were has have had will would can could may might must be being been do "
    "does did with to on in for about at by from of into over against".split()
)


def _indirect(
    article: Article, tokens: list[Token], inside: list[bool], cues: list[Cue], sentences: list[Sentence], spans: list[QuoteSpan]
) -> list[Attribution]:
    out = []
    for sentence in sentences:
        lo, hi = _token_index(tokens, sentence.start), _token_index(tokens, sentence.end)
        sentence_cues = [c for c in _cues_between(cues, lo, hi) if c.use in ("content", "intent") or _calls_for(tokens, c.index)]
        for n, cue in enumerate(sentence_cues):
            later = sentence_cues[n + 1 : n + 1 + _LATER_CUES]  # where content may stop: the next few cues
            found = _reported_content(article, tokens, inside, cue, lo, hi, later, cues)
            if found is None:
                continue
            start, end, mention = found
            quoted = _quoted_chars(spans, start, end)
            if end - start <= 0 or quoted >= 0.8 * (end - start):
                continue  # essentially a direct quotation, already a record of its own
            out.append(Attribution(start, end, "indirect", cue, mention, paragraph=sentence.paragraph, sentence=sentence.index))
    return out


_REFUSAL = re.compile(r"(?:to )?(?:comment|elaborate|discuss|respond|speculate|answer)\b", re.IGNORECASE)


def _not_a_statement(article: Article, record: Attribution) -> bool:
    """Reported "content" that states nothing: a refusal ("declined to comment") or a question
    ("What did Smith say after the play?")."""
    if _REFUSAL.match(article.text, record.start):
        return True
    sentence = article.sentence_at(record.start)
    return sentence is not None and article.text[sentence.start : sentence.end].rstrip(" \"'”’)").endswith("?")


def _reported_content(
    article: Article,
    tokens: list[Token],
    inside: list[bool],
    cue: Cue,
    lo: int,
    hi: int,
    later: Sequence[Cue],
    cues: Sequence[Cue],
) -> tuple[int, int, Mention | None] | None:
    k = cue.index
    key = cue.text.casefold()
    if key == "according to":
        mention = _subject_after(article, tokens, k + 1, hi)
        if k == lo or (k > lo and tokens[k - 1].text in (",", "—", "(")) and k - 1 > lo:
            if k == lo:  # According to X, content.
                comma = next((i for i in range(k + 2, hi) if tokens[i].text == ","), None)
                if comma is None:
                    return None
                return _span(tokens, comma + 1, hi, mention)
            return _span(tokens, lo, k - 1, mention)
        return None
    forward = _content_after(article, tokens, inside, cue, lo, hi, later, cues)
    if forward is not None:
        return forward
    # sentence-final attribution: "Content, officials said." / "Content, said the minister."
    tail = list(islice((t for t in tokens[k + 1 : min(hi, k + 40)] if t.kind != "punct"), 6))  # bounded look-ahead
    if len(tail) > 5 and tokens[k + 1].text != ",":
        return None
    if k > lo and tokens[k - 1].text == ",":
        mention = _subject_after(article, tokens, k, hi)
        return _span(tokens, lo, k - 1, mention) if mention else None
    comma = _comma_before_subject(tokens, k, lo)
    if comma is not None:
        mention = _subject_before(article, tokens, k, comma + 1)
        return _span(tokens, lo, comma, mention) if mention else None
    return None


def _content_after(
    article: Article,
    tokens: list[Token],
    inside: list[bool],
    cue: Cue,
    lo: int,
    hi: int,
    later: Sequence[Cue],
    cues: Sequence[Cue],
) -> tuple[int, int, Mention | None] | None:
    """``X said (that) CONTENT``: the subject before the cue and the clause after it."""
    k = cue.index
    mention = _cue_subject(article, tokens, cue, lo, k, inside, cues)
    if mention is None or mention.start > cue.start:
        return None
    start = k + 1
    if start < hi and tokens[start].text in (",", ".", ";", ")") and not (start + 1 < hi and inside[start + 1]):
        # "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the content surrounds the attribution
        if tokens[start].text == "," and k > lo and _comma_before_subject(tokens, k, lo) is not None:
            return _span(tokens, lo, hi, mention)
        return None
    if tokens[k].text.casefold() in _TELL_VERBS:
        that = next((i for i in range(start, min(hi, start + 7)) if tokens[i].text.casefold() == "that"), None)
        if that is None:
            return None
        start = that
    start = _skip_time_phrase(tokens, start, hi)
    that_clause = any(t.text.casefold() == "that" for t in tokens[start : min(hi, start + 3)])
    if tokens[k].text.casefold() in ("point", "points", "pointed", "pointing") and start < hi and tokens[start].text == "out":
        start += 1
    if (cue.use == "intent" and not that_clause) or _calls_for(tokens, k):
        # "pledged to push for ...", "urged Congress to act", "called for talks": the complement is the content
        to = next((i for i in range(start, min(hi, start + 6)) if tokens[i].text.casefold() in ("to", "for", "on")), None)
        if to is None or (cue.use == "intent" and tokens[to].text.casefold() != "to"):
            return None
        return _span(tokens, to, _content_end(article, tokens, to, hi, later), mention)
    if start < hi and tokens[start].text.casefold() in _NOT_CLAUSE_STARTS:
        # "said in a statement that ...", "wrote on Twitter that ...": the clause follows "that"
        that = next((i for i in range(start, min(hi, start + 9)) if tokens[i].text.casefold() == "that"), None)
        if that is not None:
            start = that
    while start < hi and tokens[start].text.casefold() in ("that", ":", ","):
        start += 1
    end = _content_end(article, tokens, start, hi, later)
    if start >= end or tokens[start].text.casefold() in _NOT_CLAUSE_STARTS or inside[start]:
        return None  # "which she said is aimed at", "agreed with X to work": no reported clause
    return _span(tokens, start, end, mention)


def _calls_for(tokens: Sequence[Token], k: int) -> bool:
    """``called for``, ``calls on``: a call that reports what someone wants."""
    return (
        tokens[k].text.casefold() in ("call", "calls", "called", "calling")
        and k + 1 < len(tokens)
        and tokens[k + 1].text.casefold() in ("for", "on")
    )


def _content_end(article: Article, tokens: Sequence[Token], start: int, hi: int, later: Sequence[Cue]) -> int:
    """Where reported content ends: the sentence end, or where the next attribution begins."""
    end = hi
    for other in later:
        if other.index <= start:
            continue
        # the content stops where the next attribution begins: "..., adding ...", "— and he noted ..."
        subject = _subject_before(article, tokens, other.index, start)
        stop = _token_index(tokens, subject.start) if subject is not None else other.index
        back = stop - 1
        while back > start and tokens[back].text in _MARKS:
            back -= 1
        stop = back + 1
        before = tokens[back].text.casefold() if back >= start else ""
        joined = before in (",", "—", "–", ";") or (
            before in ("and", "but") and stop - 2 >= start and tokens[stop - 2].text in (",", "—", "–", ";")
        )
        if joined:
            end = stop
            while end > start and tokens[end - 1].text.casefold() in (",", "—", "–", "and", "but", ";"):
                end -= 1
            break
    return end


_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today yesterday tonight week weekend month year morning afternoon evening "
    "night earlier later recently".split()
)


def _skip_time_phrase(tokens: Sequence[Token], i: int, hi: int) -> int:
    """Skip ``Friday``, ``on Friday``, ``in late December``, ``last week`` after a cue."""
    j = i
    if j < hi and tokens[j].text.casefold() in ("on", "in", "at", "during", "late", "early", "last", "this", "earlier"):
        k = j + 1
        while k < hi and k - j <= 3 and tokens[k].text.casefold() in ("late", "early", "mid", "the", "last", "this"):
            k += 1
        if k < hi and tokens[k].text.casefold().rstrip(".") in _TIME_WORDS:
            return k + 1
        return i
    while j < hi and tokens[j].text.casefold() in _TIME_WORDS:
        j += 1
    return j


def _comma_before_subject(tokens: Sequence[Token], k: int, lo: int) -> int | None:
    """For ``content, officials said`` the comma before a short subject (None if absent)."""
    for i in range(k - 1, max(lo, k - 9) - 1, -1):
        if tokens[i].text == ",":
            relative = i + 1 < k and tokens[i + 1].text.casefold() in ("which", "who", "that", "where", "whom")
            return i if i > lo and not relative else None
        if tokens[i].kind != "word" and tokens[i].text not in ("'s", "’s"):
            return None
    return None


def _span(tokens: Sequence[Token], i: int, j: int, mention: Mention | None):
    """Offsets of ``tokens[i:j]`` (trailing punctuation dropped) if it holds at least 3 words."""
    while j > i and tokens[j - 1].kind == "punct":
        j -= 1
    while i < j and tokens[i].kind == "punct":
        i += 1
    if sum(t.kind == "word" for t in tokens[i:j]) < 3:
        return None
    return tokens[i].start, tokens[j - 1].end, mention
